// Reading and writing whole assessments. Everything read passes `restoreAssessment`.
import {
  mergeAssessments,
  restoreAssessment,
  restoreWithDefinitions,
  type Assessment,
} from '../core/records/assessment';
import { shippedDefinitions } from 'virtual:questionnaires';
import { definitionHash, packAssessment, unpackAssessment } from '../core/records/packing';
import { problem } from '../core/common/problems';
import type { AssessmentSummary } from '../core/scoring/summary';
import { summarize } from '../core/scoring/scoring';
import type { Validated } from '../core/definition/validate';
import type { Backend } from './backend';
import { STORAGE_KEYS } from './keys';
import { RECORD_VERSION, type AssessmentRecord } from './records';
import { hasHash, rememberValidated, validatedBefore } from './validated';

const { stores } = STORAGE_KEYS;

async function definitionsFor(backend: Backend, packed: Record<string, unknown>) {
  const hashes = ['questionnaire', 'profileDefinition']
    .map((key) => (packed[key] as { ref?: { hash?: unknown } } | undefined)?.ref?.hash)
    .filter((hash): hash is string => typeof hash === 'string');
  const values = await backend.getMany(stores.definitions, hashes);
  return Object.fromEntries(hashes.map((hash, i) => [hash, values[i]]));
}

/**
 * Definitions validated in this session, by content hash. A definition never changes under its
 * hash, so a case of fifty assessments of one questionnaire validates it once, not fifty times
 * (`npm run bench`, "Coach: open and compare a case of 50").
 */
const validated = new Map<string, unknown>();

function refHash(packed: Record<string, unknown>, key: string): string | null {
  const ref = (packed[key] as { ref?: { hash?: unknown } } | undefined)?.ref;
  return typeof ref?.hash === 'string' ? ref.hash : null;
}

export async function loadAssessment(backend: Backend, id: string): Promise<Validated<Assessment>> {
  return restoreRecord(backend, id, await backend.get(stores.assessments, id));
}

/** Several assessments, their records read in one transaction (a case of fifty opens at once). */
export async function loadAssessments(
  backend: Backend,
  ids: string[],
): Promise<[string, Validated<Assessment>][]> {
  const records = await backend.getMany(stores.assessments, ids);
  const out: [string, Validated<Assessment>][] = [];
  for (const [i, id] of ids.entries()) out.push([id, await restoreRecord(backend, id, records[i])]);
  return out;
}

async function restoreRecord(
  backend: Backend,
  id: string,
  stored: unknown,
): Promise<Validated<Assessment>> {
  const record = stored as AssessmentRecord | undefined;
  if (!record || typeof record !== 'object' || !record.packed) {
    return { ok: false, problems: [problem('record_missing', [], { id })] };
  }
  const q = refHash(record.packed, 'questionnaire');
  const p = refHash(record.packed, 'profileDefinition');
  const withValidated = (q: string, p: string) => {
    const { questionnaire: _q, profileDefinition: _p, ...fields } = record.packed;
    return restoreWithDefinitions(fields, {
      questionnaire: validated.get(q) as Assessment['questionnaire'],
      profileDefinition: validated.get(p) as Assessment['profileDefinition'],
    });
  };
  if (q && p && validated.has(q) && validated.has(p)) return withValidated(q, p);
  // Definitions this version ships (validated when it was built) are taken as shipped, not
  // from their stored copies.
  const shippedQ = q && Object.hasOwn(shippedDefinitions, q) ? shippedDefinitions[q] : undefined;
  const shippedP = p && Object.hasOwn(shippedDefinitions, p) ? shippedDefinitions[p] : undefined;
  if (q && p && shippedQ && shippedP) {
    const [questionnaire, profileDefinition] = await Promise.all([shippedQ(), shippedP()]);
    validated.set(q, questionnaire);
    validated.set(p, profileDefinition);
    return withValidated(q, p);
  }
  const definitions = await definitionsFor(backend, record.packed);
  // A stored copy that this version's checks accepted before, its content unchanged (it still
  // has the hash it is stored under), is taken as it is (see validated.ts).
  const unchanged = async (hash: string) => {
    const definition = definitions[hash];
    return typeof definition === 'object' && definition !== null && hasHash(definition, hash);
  };
  if (
    q &&
    p &&
    validatedBefore(q, p) &&
    (await Promise.all([unchanged(q), unchanged(p)])).every(Boolean)
  ) {
    validated.set(q, definitions[q]);
    validated.set(p, definitions[p]);
    return withValidated(q, p);
  }
  const unpacked = unpackAssessment(record.packed, definitions);
  if (!unpacked.ok)
    return { ok: false, problems: [problem('definition_missing', [], { hash: unpacked.missing })] };
  const restored = restoreAssessment(unpacked.value);
  if (restored.ok && q && p) {
    validated.set(q, restored.value.questionnaire);
    validated.set(p, restored.value.profileDefinition);
  }
  return restored;
}

/**
 * Computes the definitions' hashes if they are not known yet (a definition that was validated on
 * reading), so that the first save after opening is not a long task, and records them as checked
 * (validated.ts): every definition in memory has passed the checks. The store runs it in idle time.
 */
export function prepareSave(a: Assessment): void {
  rememberValidated(definitionHash(a.questionnaire), definitionHash(a.profileDefinition));
}

async function ensureDefinitions(backend: Backend, a: Assessment) {
  // A key lookup per save (no cache: "delete all" may have emptied the store meanwhile).
  prepareSave(a);
  for (const definition of [a.questionnaire, a.profileDefinition]) {
    const hash = definitionHash(definition);
    if (!(await backend.has(stores.definitions, hash)))
      await backend.put(stores.definitions, hash, definition);
  }
}

/**
 * Saves one assessment. If another tab saved the same assessment meanwhile, the two are merged
 * answer by answer (newer wins) inside the write transaction; the merged assessment is returned.
 */
export async function saveAssessment(backend: Backend, a: Assessment): Promise<Assessment> {
  // A definition that cannot be written now stays pending; the record is still tried, so that it
  // is pending too when the disk is full (and stored when there is room for it alone).
  let failed: unknown = null;
  try {
    await ensureDefinitions(backend, a);
  } catch (error) {
    failed = error;
  }
  let result = a;
  await backend.update(stores.assessments, a.id, (old) => {
    const previous = old as AssessmentRecord | undefined;
    const packedOld = previous?.packed as Record<string, { ref?: { hash?: string } }> | undefined;
    if (
      previous?.recordVersion === RECORD_VERSION &&
      packedOld?.questionnaire?.ref?.hash === definitionHash(a.questionnaire)
    ) {
      // Our own record of the same questionnaire version: merge it answer by answer.
      const stored = {
        ...packedOld,
        questionnaire: a.questionnaire,
        profileDefinition: a.profileDefinition,
      } as unknown as Assessment;
      try {
        result = mergeAssessments(stored, a);
      } catch {
        result = a;
      }
    }
    const summary = summarize(result);
    summaries.set(result, summary);
    const record: AssessmentRecord = {
      recordVersion: RECORD_VERSION,
      id: a.id,
      packed: packAssessment(result, {}) as unknown as Record<string, unknown>,
      summary,
    };
    return record;
  });
  if (failed) throw failed;
  return result;
}

/**
 * Summaries of assessments this session saved: the save has scored them already (`npm run bench`,
 * "Per answer, click → next frame": a save no longer scores the assessment a second time).
 */
const summaries = new WeakMap<Assessment, AssessmentSummary>();

/** The summary of an assessment (the start page's line), from its save if it was just saved. */
export function summaryOf(a: Assessment): AssessmentSummary {
  return summaries.get(a) ?? summarize(a);
}
