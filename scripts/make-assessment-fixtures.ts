// npx tsx scripts/make-assessment-fixtures.ts
// Turns the answer sets in tests/fixtures/answer-sets/ into full assessment files in
// tests/fixtures/assessments/<questionnaire>-<weak|strong>.json: stable ids, fixed times, the
// questionnaire and profile definitions embedded. Every file passes restoreAssessment before it is
// written; anything that does not fit (an unknown question, a hidden question answered, a visible
// one left open) stops the script with a message. Run it again after editing an answer set.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerEntry, Answers, Note } from '../src/core/records/answers.ts';
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_FORMAT_VERSION,
  ROLES,
  restoreAssessment,
  scoreInputOf,
  type Assessment,
  type Role,
} from '../src/core/records/assessment.ts';
import { formatPath } from '../src/core/common/problems.ts';
import {
  ProfileDefinitionSchema,
  QuestionnaireSchema,
  type ProfileDefinition,
  type Questionnaire,
} from '../src/core/definition/questionnaire.ts';
import { questionResolver } from '../src/core/scoring/scoring.ts';

const ROOT = join(import.meta.dirname, '..');

type RawValue = number | string | boolean | string[];
interface AnswerSet {
  firmName: string;
  role: string;
  profile: Record<string, RawValue>;
  answers: Record<string, RawValue>;
  notes: Record<string, string>;
}

/** The two firms, each with both questionnaires (for the portfolio view). */
const FIRMS = {
  weak: { id: 'firm-erzgebirgische-praezisionsteile', name: 'Erzgebirgische Präzisionsteile GmbH' },
  strong: {
    id: 'firm-westsaechsische-fahrwerk',
    name: 'Westsächsische Fahrwerk- und Systemtechnik GmbH',
  },
} as const;

/** When each questionnaire was answered (UTC): one minute per profile field and per answer. */
const STARTS = {
  resilience: '2026-10-05T08:00:00.000Z',
  'technology-readiness': '2026-10-12T08:00:00.000Z',
} as const;

type QuestionnaireId = keyof typeof STARTS;
type Variant = keyof typeof FIRMS;

function fail(message: string): never {
  throw new Error(`make-assessment-fixtures: ${message}`);
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}

function withoutSchema<T extends { $schema?: string | undefined }>(
  definition: T,
): Omit<T, '$schema'> {
  const { $schema: _schema, ...rest } = definition;
  return rest;
}

function minutesAfter(start: string, minutes: number): string {
  return new Date(Date.parse(start) + minutes * 60_000).toISOString();
}

function entryOf(
  raw: RawValue,
  at: string,
  offers: { dontKnow: boolean; notRelevant: boolean },
  where: string,
): AnswerEntry {
  if (raw === 'dontKnow') {
    if (!offers.dontKnow) fail(`${where}: "don't know" is not offered`);
    return { kind: 'dontKnow', at };
  }
  if (raw === 'notRelevant') {
    if (!offers.notRelevant) fail(`${where}: "not relevant" is not offered`);
    return { kind: 'notRelevant', at };
  }
  return { kind: 'value', value: raw, at };
}

function makeAssessment(
  questionnaireId: QuestionnaireId,
  variant: Variant,
  questionnaire: Omit<Questionnaire, '$schema'>,
  profileDefinition: Omit<ProfileDefinition, '$schema'>,
): Assessment {
  const name = `${questionnaireId}-${variant}`;
  const set = readJson(`tests/fixtures/answer-sets/${name}.json`) as AnswerSet;
  const firm = FIRMS[variant];
  if (set.firmName !== firm.name) fail(`${name}: firm "${set.firmName}", expected "${firm.name}"`);
  if (!(ROLES as readonly string[]).includes(set.role)) fail(`${name}: unknown role "${set.role}"`);

  const start = STARTS[questionnaireId];
  let minute = 0;
  const next = () => minutesAfter(start, ++minute);

  // Profile fields and answers in the order of their definitions, so the times read naturally.
  const profile: Answers = {};
  const profileIds = new Set(profileDefinition.questions.map((q) => q.id));
  for (const id of Object.keys(set.profile))
    if (!profileIds.has(id)) fail(`${name}: unknown profile field "${id}"`);
  for (const q of profileDefinition.questions) {
    const raw = set.profile[q.id];
    if (raw === undefined) continue;
    profile[q.id] = entryOf(
      raw,
      next(),
      { dontKnow: q.dontKnow, notRelevant: false },
      `profile.${q.id}`,
    );
  }

  const answers: Answers = {};
  const questions = questionnaire.dimensions.flatMap((d) => d.questions);
  const questionIds = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(set.answers))
    if (!questionIds.has(id)) fail(`${name}: unknown question "${id}"`);
  for (const q of questions) {
    const raw = set.answers[q.id];
    if (raw === undefined) continue;
    const offers =
      q.type === 'text'
        ? { dontKnow: false, notRelevant: false }
        : { dontKnow: q.dontKnow, notRelevant: q.notRelevant };
    answers[q.id] = entryOf(raw, next(), offers, `answers.${q.id}`);
  }

  const notes: Record<string, Note> = {};
  for (const [id, text] of Object.entries(set.notes)) {
    const answer = answers[id];
    if (!answer) fail(`${name}: note on "${id}", which has no answer`);
    notes[id] = { text, at: answer.at };
  }

  const finishedAt = next();
  const assessment = {
    format: ASSESSMENT_FORMAT,
    formatVersion: ASSESSMENT_FORMAT_VERSION,
    id: `fixture-${name}`,
    firm: { id: firm.id, name: firm.name },
    role: set.role as Role,
    profile,
    answers,
    notes,
    targets: {},
    finished: true,
    finishedAt,
    createdAt: start,
    updatedAt: finishedAt,
    questionnaire,
    profileDefinition,
  };

  const restored = restoreAssessment(JSON.parse(JSON.stringify(assessment)));
  if (!restored.ok) {
    fail(
      `${name} does not pass restoreAssessment:\n` +
        restored.problems.map((p) => `  ${formatPath(p.path)} ${p.code}`).join('\n'),
    );
  }

  // An answer set answers exactly the scored questions its firm is shown.
  const resolver = questionResolver(scoreInputOf(restored.value));
  for (const q of questions) {
    const visible = resolver.isVisible(q.id);
    if (visible && q.type !== 'text' && !answers[q.id])
      fail(`${name}: the visible question "${q.id}" has no answer`);
    if (!visible && answers[q.id]) fail(`${name}: the hidden question "${q.id}" has an answer`);
  }
  return assessment as Assessment;
}

function main() {
  const profileDefinition = withoutSchema(
    ProfileDefinitionSchema.parse(readJson('questionnaires/profile.json')),
  );
  const written: string[] = [];
  for (const questionnaireId of Object.keys(STARTS) as QuestionnaireId[]) {
    const questionnaire = withoutSchema(
      QuestionnaireSchema.parse(readJson(`questionnaires/${questionnaireId}.json`)),
    );
    for (const variant of Object.keys(FIRMS) as Variant[]) {
      const assessment = makeAssessment(questionnaireId, variant, questionnaire, profileDefinition);
      const file = join(ROOT, 'tests/fixtures/assessments', `${questionnaireId}-${variant}.json`);
      writeFileSync(file, JSON.stringify(assessment, null, 2) + '\n');
      written.push(file);
    }
  }
  execFileSync('npx', ['prettier', '--write', ...written], { cwd: ROOT, stdio: 'inherit' });
}

main();
