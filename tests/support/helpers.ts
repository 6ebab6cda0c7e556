import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ProfileDefinitionSchema,
  QuestionnaireSchema,
} from '../../src/core/definition/questionnaire';
import { readAssessmentText, type Assessment } from '../../src/core/records/assessment';

export const ROOT = join(import.meta.dirname, '..', '..');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}

export const profileDefinition = ProfileDefinitionSchema.parse(
  readJson('questionnaires/profile.json'),
);
export const exampleQuestionnaire = QuestionnaireSchema.parse(
  readJson('questionnaires/example.json'),
);

/** An assessment of tests/fixtures/assessments, read as the app reads a file. */
export function fixtureAssessment(name: string): Assessment {
  const r = readAssessmentText(
    readFileSync(join(ROOT, 'tests/fixtures/assessments', `${name}.json`), 'utf8'),
  );
  if (!r.ok) throw new Error(`fixture ${name}: ${JSON.stringify(r.problems)}`);
  return r.value;
}
