// What a firm hands over for the initiative's regional study ("Resilienz-Studie"): an assessment
// without anything that names the firm or a person. No firm name, no notes, no free text; profile
// figures as bands; the month instead of the day; the questionnaire by id, version and content
// hash; and a pseudonymous key for the firm, so that a firm counts once and a later hand-over
// replaces the earlier one, which cannot be turned back into the firm's id.
import { contentHash, sha256Hex } from '../common/hash.ts';
import { ROLES, scoreInputOf, type Assessment } from './assessment.ts';
import { z } from '../common/zod.ts';
import { restoreDocument, type DocumentFormat } from './restore.ts';
import type { Validated } from '../definition/validate.ts';
import type { AnswerEntry } from './answers.ts';
import type { ProfileQuestion } from '../definition/questionnaire.ts';
import { doneAt } from '../scoring/portfolio.ts';
import { scoreAssessment } from '../scoring/scoring.ts';

export const STUDY_FORMAT = 'itas-study';
export const STUDY_FORMAT_VERSION = 1;

/** Bands of staff (the EU's size classes of firms) and of sites. */
export const STAFF_BANDS = [1, 10, 50, 250, 500] as const;
export const SITE_BANDS = [1, 2, 4] as const;
/** Bands of a share in per cent: 0–24, 25–49, 50–74, 75–100. */
export const SHARE_BANDS = [0, 25, 50, 75] as const;

/** The name of the band from `bounds[i]`: "50–249", the last open ("500+") or up to `top`. */
function bandName(bounds: readonly number[], i: number, top?: number): string {
  const from = bounds[i]!;
  const next = bounds[i + 1];
  if (next !== undefined) return next - 1 === from ? String(from) : `${from}–${next - 1}`;
  return top === undefined ? `${from}+` : `${from}–${top}`;
}

/** Every band's name, in order. */
export const bandNames = (bounds: readonly number[], top?: number): string[] =>
  bounds.map((_, i) => bandName(bounds, i, top));

/** The band a value falls in. */
function bandOf(value: number, bounds: readonly number[], top?: number): string {
  let i = bounds.length - 1;
  while (i > 0 && value < bounds[i]!) i--;
  return bandName(bounds, i, top);
}

/** A profile fact as the study keeps it: figures as bands, free text never. */
function studyFact(q: ProfileQuestion, entry: AnswerEntry | undefined): unknown {
  if (!entry) return undefined;
  if (entry.kind !== 'value') return entry.kind; // dontKnow, notRelevant
  const v = entry.value;
  if (q.type === 'text') return undefined;
  if (q.type !== 'number' || typeof v !== 'number') return v;
  if (q.unit.de === '%') return bandOf(v, SHARE_BANDS, 100);
  if (q.id === 'sites') return bandOf(v, SITE_BANDS);
  return bandOf(v, STAFF_BANDS);
}

export interface StudyRecord {
  format: typeof STUDY_FORMAT;
  formatVersion: typeof STUDY_FORMAT_VERSION;
  /** The firm's pseudonym: the same for every hand-over of one firm, not reversible. */
  firmKey: string;
  questionnaire: { id: string; version: string; hash: string };
  profileDefinition: { id: string; version: string };
  role: string;
  finished: boolean;
  /** YYYY-MM: the month the assessment was finished (or last changed). */
  month: string;
  profile: Record<string, unknown>;
  /** Each answer's value or kind ("dontKnow", "notRelevant"); no text answers. */
  answers: Record<string, unknown>;
  /**
   * The scores as the firm's own device computed them, where the profile's exact figures decide
   * which questions are asked and which flags fire (the bands above cannot).
   */
  result: StudyResult;
}

export interface StudyResult {
  /** 0..100, or null when nothing was assessed. */
  overall: number | null;
  /** Each field's score 0..100, or null when not assessed. */
  dimensions: Record<string, number | null>;
  /** The flags that fired. */
  flags: string[];
  /** The fields below their target, most urgent first. */
  priorities: string[];
  /** The questions answered "don't know". */
  dontKnow: string[];
}

/**
 * The pseudonym of a firm: a hash of its id under the study's own prefix. Firm ids are random,
 * so the hash cannot be turned back; the same firm always gets the same key.
 */
export function firmKeyOf(firmId: string): string {
  return sha256Hex(`itas-study:firm:${firmId}`).slice(0, 32);
}

/** The profile as the study keeps it: figures as bands, no free text. */
export function studyProfile(a: Pick<Assessment, 'profile' | 'profileDefinition'>) {
  const profile: Record<string, unknown> = {};
  for (const q of a.profileDefinition.questions) {
    const fact = studyFact(q, a.profile[q.id]);
    if (fact !== undefined) profile[q.id] = fact;
  }
  return profile;
}

/** The assessment as the regional study receives it. */
export function studyRecord(a: Assessment): StudyRecord {
  const texts = new Set(
    a.questionnaire.dimensions.flatMap((d) =>
      d.questions.filter((q) => q.type === 'text').map((q) => q.id),
    ),
  );
  const answers: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(a.answers)) {
    if (texts.has(id)) continue;
    answers[id] = entry.kind === 'value' ? entry.value : entry.kind;
  }
  return {
    format: STUDY_FORMAT,
    formatVersion: STUDY_FORMAT_VERSION,
    firmKey: firmKeyOf(a.firm?.id ?? a.id),
    questionnaire: {
      id: a.questionnaire.id,
      version: a.questionnaire.version,
      hash: contentHash(a.questionnaire),
    },
    profileDefinition: { id: a.profileDefinition.id, version: a.profileDefinition.version },
    role: a.role,
    finished: a.finished,
    month: doneAt(a).slice(0, 7),
    profile: studyProfile(a),
    answers,
    result: studyResultOf(a),
  };
}

function studyResultOf(a: Assessment): StudyResult {
  const r = scoreAssessment(scoreInputOf(a));
  return {
    overall: r.overall.score,
    dimensions: Object.fromEntries(r.dimensions.map((d) => [d.id, d.score])),
    flags: r.flags.map((f) => f.id),
    priorities: r.priorities.map((p) => p.dimension),
    dontKnow: r.dontKnow.map((d) => d.question),
  };
}

const Id = z.string().min(1).max(200);
const Ids = z.array(Id).max(1000);
const Score = z.number().min(0).max(100).nullable();
/** A value of the study: a band or option id, a number, yes/no, a list of option ids, a kind. */
const StudyValue = z.union([z.string().max(200), z.number(), z.boolean(), Ids]);

export const StudyRecordSchema = z.looseObject({
  format: z.literal(STUDY_FORMAT),
  formatVersion: z.literal(STUDY_FORMAT_VERSION),
  firmKey: z.string().regex(/^[0-9a-f]{32}$/),
  questionnaire: z.looseObject({ id: Id, version: Id, hash: Id }),
  profileDefinition: z.looseObject({ id: Id, version: Id }),
  role: z.enum(ROLES),
  finished: z.boolean(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  profile: z.record(Id, StudyValue),
  answers: z.record(Id, StudyValue),
  result: z.looseObject({
    overall: Score,
    dimensions: z.record(Id, Score),
    flags: Ids,
    priorities: Ids,
    dontKnow: Ids,
  }),
});

const FORMAT: DocumentFormat = { format: STUDY_FORMAT, version: STUDY_FORMAT_VERSION };

/** A study file restored at the boundary like every other file: tree check, format, schema. */
export function restoreStudyRecord(input: unknown): Validated<StudyRecord> {
  return restoreDocument(StudyRecordSchema, input, { format: FORMAT }) as Validated<StudyRecord>;
}
