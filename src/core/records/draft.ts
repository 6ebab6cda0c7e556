// Questionnaires that authors open in the preview. A draft is the file's text as it was opened,
// kept under the hash of that text: it is checked afresh every time it is shown (the checks are
// those of `npm run validate`), and it never enters the catalogue of shipped questionnaires.
import { TimestampSchema, type Answers } from './answers.ts';
import { newAssessment, type Assessment } from './assessment.ts';
import { sha256Hex } from '../common/hash.ts';
import { preview, problem } from '../common/problems.ts';
import type { ProfileDefinition, Questionnaire } from '../definition/questionnaire.ts';
import { MAX_SINGLE_FILE_BYTES, isPlainObject, parseUntrusted } from '../common/safety.ts';
import type { Bilingual } from '../common/text.ts';
import { definitionKind, validateQuestionnaire, type Validated } from '../definition/validate.ts';
import { z } from '../common/zod.ts';
import { checkedObject, parseWith } from './restore.ts';

/** The format version of a stored draft record; older ones will be migrated, newer refused. */
export const DRAFT_RECORD_VERSION = 1;

export const DraftRecordSchema = z.looseObject({
  recordVersion: z.literal(DRAFT_RECORD_VERSION),
  key: z.string().regex(/^[0-9a-f]{32}$/),
  fileName: z.string().max(500),
  text: z.string().max(MAX_SINGLE_FILE_BYTES),
  openedAt: TimestampSchema,
});
export type DraftRecord = z.infer<typeof DraftRecordSchema>;

/** What lists show of a draft, even of one that does not validate. */
export interface DraftFacts {
  id: string | null;
  version: string | null;
  title: Bilingual | null;
}

export interface CheckedDraft {
  result: Validated<Questionnaire>;
  facts: DraftFacts;
}

/** The same content gives the same key: opening a file again finds its draft. */
export function draftKey(text: string): string {
  return sha256Hex(text).slice(0, 32);
}

const shortText = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? preview(value) : null;

function factsOf(data: unknown): DraftFacts {
  if (!isPlainObject(data)) return { id: null, version: null, title: null };
  const title = isPlainObject(data.title) ? data.title : null;
  const de = shortText(title?.de);
  const en = shortText(title?.en);
  return {
    id: shortText(data.id),
    version: shortText(data.version),
    title: de || en ? { de: de ?? en!, en: en ?? de! } : null,
  };
}

/**
 * A questionnaire file's text, checked as `npm run validate` checks it (against the shipped
 * profile), after the limits every import has: the size before parsing, forbidden keys and depth.
 */
export function checkQuestionnaireText(text: string, profile: ProfileDefinition): CheckedDraft {
  const parsed = parseUntrusted(text, 'single');
  if (!parsed.ok) return { result: parsed, facts: factsOf(null) };
  const data = parsed.value;
  const facts = factsOf(data);
  const kind = definitionKind(data);
  if (kind === null)
    return { result: { ok: false, problems: [problem('not_a_definition', [])] }, facts };
  if (kind === 'profile') {
    // `npm run validate` would check it as the profile; the preview opens questionnaires only.
    const problems = [problem('wrong_format', [], { expected: 'questionnaire', found: 'profile' })];
    return { result: { ok: false, problems }, facts };
  }
  const checked = validateQuestionnaire(data, profile);
  if (!checked.ok) return { result: checked, facts };
  // The editor hint is not part of the questionnaire (the shipped ones lose it at build time).
  const { $schema: _schema, ...questionnaire } = checked.value;
  return { result: { ok: true, value: questionnaire as Questionnaire }, facts };
}

/** A new draft record for a file's text; time comes in as a parameter. */
export function newDraftRecord(text: string, fileName: string, openedAt: string): DraftRecord {
  return {
    recordVersion: DRAFT_RECORD_VERSION,
    key: draftKey(text),
    fileName: fileName.slice(0, 500),
    text,
    openedAt,
  };
}

/** Every draft read back from storage passes here; what cannot be trusted is refused. */
export function restoreDraftRecord(input: unknown): Validated<DraftRecord> {
  const checked = checkedObject(input);
  if (!checked.ok) return checked;
  if (
    typeof checked.value.recordVersion === 'number' &&
    checked.value.recordVersion > DRAFT_RECORD_VERSION
  ) {
    return {
      ok: false,
      problems: [
        problem('format_newer', ['recordVersion'], {
          version: checked.value.recordVersion,
          supported: DRAFT_RECORD_VERSION,
        }),
      ],
    };
  }
  const parsed = parseWith(DraftRecordSchema, checked.value);
  if (!parsed.ok) return parsed;
  if (parsed.value.key !== draftKey(parsed.value.text))
    return {
      ok: false,
      problems: [problem('invalid_value', ['key'], { value: parsed.value.key, allowed: '–' })],
    };
  return parsed;
}

/**
 * A trial assessment of a valid draft: no firm, marked with the draft's key, so it is kept off
 * the firms' lists and can be answered and scored with the screens every assessment uses.
 */
export function trialAssessment(input: {
  id: string;
  at: string;
  draftKey: string;
  questionnaire: Questionnaire;
  profileDefinition: ProfileDefinition;
  profile?: Answers;
}): Assessment {
  return newAssessment({
    id: input.id,
    at: input.at,
    owner: { draft: { id: input.draftKey } },
    role: 'other',
    ...(input.profile ? { profile: input.profile } : {}),
    questionnaire: input.questionnaire,
    profileDefinition: input.profileDefinition,
  });
}
