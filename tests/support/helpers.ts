import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ProfileDefinitionSchema,
  QuestionnaireSchema,
} from '../../src/core/definition/questionnaire';

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
