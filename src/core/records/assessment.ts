import { AnswerEntrySchema, NoteSchema, TimestampSchema, type Answers } from './answers.ts';
import { newerEntry } from '../definition/model.ts';
import { canonicalJson } from '../common/hash.ts';
import { problem, type Problem } from '../common/problems.ts';
import { ProfileDefinitionSchema, QuestionnaireSchema } from '../definition/questionnaire.ts';
import { isPlainObject, parseUntrusted } from '../common/safety.ts';
import type { ScoreInput } from '../scoring/scoring.ts';
import { checkProfile, checkQuestionnaire, type Validated } from '../definition/validate.ts';
import { z } from '../common/zod.ts';
import { restoreDocument, type DocumentFormat, type Migration } from './restore.ts';
import { answerProblems, fittingProfile } from './answer-fit.ts';

export const ASSESSMENT_FORMAT = 'itas-assessment';
/** The format version this code writes. Older ones are migrated on restore; newer are refused. */
export const ASSESSMENT_FORMAT_VERSION = 1;

export const ROLES = ['management', 'works_council', 'production', 'hr', 'other'] as const;
export type Role = (typeof ROLES)[number];

const IdSchema = z.string().min(1).max(200);

const FirmRefSchema = z.looseObject({ id: IdSchema, name: z.string().max(500) });

export const TargetSchema = z.looseObject({
  level: z.number().int().min(1).max(5),
  at: TimestampSchema,
});

const assessmentFields = {
  format: z.literal(ASSESSMENT_FORMAT),
  formatVersion: z.literal(ASSESSMENT_FORMAT_VERSION),
  id: IdSchema,
  /** Absent for anonymous workshop participants. */
  firm: FirmRefSchema.optional(),
  /** Set for a participant of a workshop on a shared device (see features/workshop). */
  workshop: z.looseObject({ id: IdSchema }).optional(),
  /** Set for a trial answer in the authors' questionnaire preview (see features/preview). */
  draft: z.looseObject({ id: IdSchema }).optional(),
  role: z.enum(ROLES),
  /** The profile answers as they were when the assessment was made (or last updated from the firm). */
  profile: z.record(z.string(), AnswerEntrySchema).default({}),
  answers: z.record(z.string(), AnswerEntrySchema).default({}),
  notes: z.record(z.string(), NoteSchema).default({}),
  targets: z.record(z.string(), TargetSchema).default({}),
  finished: z.boolean().default(false),
  finishedAt: TimestampSchema.optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
};

/**
 * One assessment with the questionnaire and profile definitions it was answered with, embedded,
 * so it stays readable and scoreable after either is revised.
 */
export const AssessmentSchema = z.looseObject({
  ...assessmentFields,
  questionnaire: QuestionnaireSchema,
  profileDefinition: ProfileDefinitionSchema,
});
export type Assessment = z.infer<typeof AssessmentSchema>;

/**
 * A new, unanswered assessment: for a firm, a workshop participant (anonymous) or a trial of a
 * draft questionnaire, as `owner` says.
 */
export function newAssessment(input: {
  id: string;
  at: string;
  owner: Pick<Assessment, 'firm'> | Pick<Assessment, 'workshop'> | Pick<Assessment, 'draft'>;
  role: Assessment['role'];
  profile?: Assessment['profile'];
  questionnaire: Assessment['questionnaire'];
  profileDefinition: Assessment['profileDefinition'];
}): Assessment {
  return {
    format: ASSESSMENT_FORMAT,
    formatVersion: ASSESSMENT_FORMAT_VERSION,
    id: input.id,
    ...input.owner,
    role: input.role,
    profile: fittingProfile(input.profile ?? {}, input.profileDefinition),
    answers: {},
    notes: {},
    targets: {},
    finished: false,
    createdAt: input.at,
    updatedAt: input.at,
    questionnaire: input.questionnaire,
    profileDefinition: input.profileDefinition,
  };
}

/**
 * Append-only: `MIGRATIONS[n]` turns format version n into n + 1. A step, once released, is never
 * edited; each has a fixture test. Version 1 is the first, so there is none yet.
 */
const MIGRATIONS: Record<number, Migration> = {};
const FORMAT: DocumentFormat = {
  format: ASSESSMENT_FORMAT,
  version: ASSESSMENT_FORMAT_VERSION,
  migrations: MIGRATIONS,
};

/** The rules beyond the schema, for definitions that travel inside assessments. */
function checkEmbedded(a: Assessment): Problem[] {
  const profileProblems = checkProfile(a.profileDefinition).map((p) => ({
    ...p,
    path: ['profileDefinition', ...p.path],
  }));
  const questionnaireProblems = checkQuestionnaire(a.questionnaire, a.profileDefinition).map(
    (p) => ({
      ...p,
      path: ['questionnaire', ...p.path],
    }),
  );
  return [...profileProblems, ...questionnaireProblems];
}

/**
 * Every stored or imported assessment passes here: the tree check, migration of older format
 * versions, defaults, and the schema. Unknown fields of a known version are kept.
 */
export function restoreAssessment(input: unknown): Validated<Assessment> {
  const restored = restoreDocument(AssessmentSchema, input, { format: FORMAT });
  if (!restored.ok) return restored;
  const problems = checkEmbedded(restored.value);
  if (problems.length) return { ok: false, problems };
  return fitting(restored.value);
}

/** The assessment, unless an answer or profile fact does not fit its question (answer-fit.ts). */
function fitting(a: Assessment): Validated<Assessment> {
  const problems = answerProblems(a);
  return problems.length ? { ok: false, problems } : { ok: true, value: a };
}

const AssessmentFieldsSchema = z.looseObject(assessmentFields);

/**
 * Restores a stored assessment whose questionnaire and profile definitions were validated
 * before (storage keeps definitions by content hash, and validates each once per session):
 * everything else passes the same checks as in `restoreAssessment`. A document of an older
 * format version takes the full way, migrations included.
 */
export function restoreWithDefinitions(
  input: unknown,
  definitions: Pick<Assessment, 'questionnaire' | 'profileDefinition'>,
): Validated<Assessment> {
  if (!isPlainObject(input)) return { ok: false, problems: [problem('not_an_object', [])] };
  if (input.format !== ASSESSMENT_FORMAT || input.formatVersion !== ASSESSMENT_FORMAT_VERSION)
    return restoreAssessment({ ...input, ...definitions });
  const parsed = restoreDocument(AssessmentFieldsSchema, input);
  return parsed.ok ? fitting({ ...parsed.value, ...definitions } as Assessment) : parsed;
}

/** An assessment file's text, refused before parsing when it is over the size limit. */
export function readAssessmentText(text: string): Validated<Assessment> {
  const parsed = parseUntrusted(text, 'single');
  return parsed.ok ? restoreAssessment(parsed.value) : parsed;
}

/** The targets as levels, for scoring. */
export function targetLevels(a: Pick<Assessment, 'targets'>): Record<string, number> {
  return Object.fromEntries(Object.entries(a.targets).map(([id, t]) => [id, t.level]));
}

export function scoreInputOf(a: Assessment): ScoreInput {
  return {
    questionnaire: a.questionnaire,
    profileDefinition: a.profileDefinition,
    answers: a.answers,
    profileAnswers: a.profile,
    targets: targetLevels(a),
  };
}

function mergeTimed<T extends { at: string }>(a: Record<string, T>, b: Record<string, T>) {
  const out: Record<string, T> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const winner = newerEntry(a[key], b[key]);
    if (winner) out[key] = winner;
  }
  return out;
}

/**
 * Two copies of one assessment merged entry by entry: for each answer, note, profile answer and
 * target the newer one wins. Everything else comes from the copy updated last.
 */
export function mergeAssessments(a: Assessment, b: Assessment): Assessment {
  const [older, newer] = Date.parse(b.updatedAt) > Date.parse(a.updatedAt) ? [a, b] : [b, a];
  return {
    ...newer,
    profile: mergeTimed(older.profile, newer.profile) as Answers,
    answers: mergeTimed(older.answers, newer.answers) as Answers,
    notes: mergeTimed(older.notes, newer.notes),
    targets: mergeTimed(older.targets, newer.targets),
  };
}

/** Same answers, notes and targets (key order and export time aside): the same work. */
export function sameContent(a: Assessment, b: Assessment): boolean {
  const content = (x: Assessment) =>
    canonicalJson({ answers: x.answers, notes: x.notes, targets: x.targets, profile: x.profile });
  return content(a) === content(b);
}
