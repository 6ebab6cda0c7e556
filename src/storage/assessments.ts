// Reading and writing whole assessments. Everything read passes `restoreAssessment`.
import { mergeAssessments, restoreAssessment, type Assessment } from '../core/assessment';
import { definitionHash, packAssessment, unpackAssessment } from '../core/packing';
import { problem } from '../core/problems';
import { summarize } from '../core/summary';
import type { Validated } from '../core/validate';
import type { Backend } from './backend';
import { STORAGE_KEYS } from './keys';
import { RECORD_VERSION, type AssessmentRecord } from './records';

const { stores } = STORAGE_KEYS;

async function definitionsFor(backend: Backend, packed: Record<string, unknown>) {
  const definitions: Record<string, unknown> = {};
  for (const key of ['questionnaire', 'profileDefinition']) {
    const ref = (packed[key] as { ref?: { hash?: unknown } } | undefined)?.ref;
    if (typeof ref?.hash === 'string')
      definitions[ref.hash] = await backend.get(stores.definitions, ref.hash);
  }
  return definitions;
}

export async function loadAssessment(backend: Backend, id: string): Promise<Validated<Assessment>> {
  const record = (await backend.get(stores.assessments, id)) as AssessmentRecord | undefined;
  if (!record || typeof record !== 'object' || !record.packed) {
    return { ok: false, problems: [problem('record_missing', [], { id })] };
  }
  const unpacked = unpackAssessment(record.packed, await definitionsFor(backend, record.packed));
  if (!unpacked.ok)
    return { ok: false, problems: [problem('definition_missing', [], { hash: unpacked.missing })] };
  return restoreAssessment(unpacked.value);
}

async function ensureDefinitions(backend: Backend, a: Assessment) {
  // A key lookup per save (no cache: "delete all" may have emptied the store meanwhile).
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
  await ensureDefinitions(backend, a);
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
    const record: AssessmentRecord = {
      recordVersion: RECORD_VERSION,
      id: a.id,
      packed: packAssessment(result, {}) as unknown as Record<string, unknown>,
      summary: summarize(result),
    };
    return record;
  });
  return result;
}
