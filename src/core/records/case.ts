// A coaching case: one firm's file for the coach — its assessments (joined by the firm's id, or
// moved in by hand), the coach's notes and agreed actions per dimension, and targets agreed in
// the session, kept apart from each respondent's own targets.
import { TimestampSchema, NoteSchema } from './answers.ts';
import type { Assessment } from './assessment.ts';
import { SERVICE_IDS } from '../definition/model.ts';
import { openPackedFile, packAssessment, packedRestorer } from './packing.ts';
import type { PathSegment, Problem } from '../common/problems.ts';
import { parseUntrusted } from '../common/safety.ts';
import { isFirmWork, type AssessmentSummary } from '../scoring/summary.ts';
import type { Validated } from '../definition/validate.ts';
import { z } from '../common/zod.ts';
import { restoreDocument, restoreEach, type DocumentFormat } from './restore.ts';

export const CASE_FORMAT = 'itas-case';
export const CASE_FORMAT_VERSION = 1;
const FORMAT: DocumentFormat = { format: CASE_FORMAT, version: CASE_FORMAT_VERSION };

const Id = z.string().min(1).max(200);
const ShortText = z.string().max(2000);

export const ActionSchema = z.looseObject({
  id: Id,
  /** `questionnaireId/dimensionId` */
  dimension: z.string().max(401),
  what: ShortText,
  who: z.string().max(200),
  /** A day, YYYY-MM-DD, or empty. */
  due: z.union([z.literal(''), z.iso.date()]),
  service: z.union([z.literal(''), z.enum(SERVICE_IDS)]),
  at: TimestampSchema,
});
export type Action = z.infer<typeof ActionSchema>;

/** The longest case name, in UTF-16 code units as the schema counts them. */
const CASE_NAME_MAX = 200;

/** The beginning of `text` that fits `max` code units, never half a surrogate pair. */
const cut = (text: string, max: number) =>
  text.length <= max ? text : text.slice(0, /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max);

export const CaseSchema = z.looseObject({
  id: Id,
  name: z.string().trim().min(1).max(CASE_NAME_MAX),
  firm: z.looseObject({ id: Id, name: z.string().max(500) }),
  /** Assessments of another firm id moved into this case by hand. */
  included: z.array(Id).max(10_000).default([]),
  /** Assessments of this firm id moved out by hand, or offers declined. */
  excluded: z.array(Id).max(10_000).default([]),
  /** Per `questionnaireId/dimensionId`. */
  notes: z.record(z.string(), NoteSchema).default({}),
  actions: z.array(ActionSchema).max(10_000).default([]),
  /** Targets agreed in the session, per `questionnaireId/dimensionId`. */
  targets: z
    .record(
      z.string(),
      z.looseObject({ level: z.number().int().min(1).max(5), at: TimestampSchema }),
    )
    .default({}),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Case = z.infer<typeof CaseSchema>;

export const dimensionKey = (questionnaireId: string, dimensionId: string) =>
  `${questionnaireId}/${dimensionId}`;

export function newCase(
  id: string,
  firm: { id: string; name: string },
  now: string,
  name = firm.name,
): Case {
  return {
    id,
    // A firm's name may be longer than a case's (500, 200): the case takes its beginning.
    name: cut(name.trim() || firm.id, CASE_NAME_MAX),
    firm: { id: firm.id, name: firm.name },
    included: [],
    excluded: [],
    notes: {},
    actions: [],
    targets: {},
    createdAt: now,
    updatedAt: now,
  };
}

type Listed = Pick<AssessmentSummary, 'id' | 'firm'> &
  Partial<Pick<AssessmentSummary, 'workshopId' | 'draftId'>>;

/** The assessments of a case: its firm's (unless moved out) and those moved in by hand. */
export function caseMembers<S extends Listed>(c: Case, summaries: readonly S[]): S[] {
  return summaries.filter(
    (s) =>
      c.included.includes(s.id) ||
      (s.firm?.id === c.firm.id && !c.excluded.includes(s.id) && isFirmWork(s)),
  );
}

export const normalName = (name: string) =>
  name.toLocaleLowerCase('de').normalize('NFKC').replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();

/**
 * Assessments of another firm id whose firm has the same name: perhaps colleagues who created the
 * firm themselves instead of importing its file. They are offered for joining, never joined.
 */
export function joinOffers<S extends Listed>(
  c: Case,
  summaries: readonly S[],
  allCases: readonly Case[],
): S[] {
  const name = normalName(c.firm.name);
  const taken = new Set(allCases.flatMap((x) => x.included));
  return summaries.filter(
    (s) =>
      s.firm &&
      s.firm.id !== c.firm.id &&
      normalName(s.firm.name) === name &&
      !taken.has(s.id) &&
      !c.excluded.includes(s.id) &&
      isFirmWork(s),
  );
}

/** Moves an assessment into `target` (from whichever case held it); returns the changed cases. */
export function moveAssessment(
  id: string,
  firmId: string | null,
  target: Case,
  allCases: readonly Case[],
  now: string,
): Case[] {
  const changed: Case[] = [];
  for (const c of allCases) {
    if (c.id === target.id) continue;
    const holds = c.included.includes(id) || (c.firm.id === firmId && !c.excluded.includes(id));
    if (holds) changed.push(removeFromCase(c, id, firmId, now));
  }
  const ownFirm = target.firm.id === firmId;
  changed.push({
    ...target,
    included: ownFirm ? target.included : [...new Set([...target.included, id])],
    excluded: target.excluded.filter((x) => x !== id),
    updatedAt: now,
  });
  return changed;
}

/** Takes an assessment out of a case (it stays on the device). */
export function removeFromCase(c: Case, id: string, firmId: string | null, now: string): Case {
  return {
    ...c,
    included: c.included.filter((x) => x !== id),
    excluded: c.firm.id === firmId ? [...new Set([...c.excluded, id])] : c.excluded,
    updatedAt: now,
  };
}

// ---- The case file: the case with its assessments, each questionnaire version once ----

export function caseFile(c: Case, assessments: Assessment[], exportedAt: string) {
  const definitions: Record<string, unknown> = {};
  return {
    format: CASE_FORMAT,
    formatVersion: CASE_FORMAT_VERSION,
    exportedAt,
    case: c,
    definitions,
    assessments: assessments.map((a) => packAssessment(a, definitions)),
  };
}

export interface RestoredCase {
  case: Case;
  assessments: Assessment[];
  rejected: { path: PathSegment[]; problems: Problem[] }[];
}

/** A stored case record or the one inside a case file (its problems under `path`). */
export function restoreCase(input: unknown, path: PathSegment[] = []): Validated<Case> {
  return restoreDocument(CaseSchema, input, { path });
}

export function restoreCaseFile(input: unknown): Validated<RestoredCase> {
  const file = openPackedFile(input, {
    format: FORMAT,
    record: 'case',
    restore: restoreCase,
    list: 'assessments',
  });
  if (!file.ok) return file;
  const { record, packed, definitions } = file.value;
  const result: RestoredCase = { case: record, assessments: [], rejected: [] };
  restoreEach(
    packed,
    'assessments',
    packedRestorer(definitions),
    result.assessments,
    result.rejected,
  );
  return { ok: true, value: result };
}

export function readCaseText(text: string): Validated<RestoredCase> {
  const parsed = parseUntrusted(text, 'collection');
  return parsed.ok ? restoreCaseFile(parsed.value) : parsed;
}
