// Files and stores that hold many assessments keep each questionnaire and profile version once,
// by id, version and content hash; the assessments refer to it. Pure and schema-free: the packed
// form is restored through `restoreAssessment` after unpacking.
import { restoreAssessment, restoreWithDefinitions, type Assessment } from './assessment.ts';
import { contentHash } from '../common/hash.ts';
import { knownHashes } from '../definition/known-hashes.ts';
import { problem, type PathSegment } from '../common/problems.ts';
import { isPlainObject } from '../common/safety.ts';
import type { Validated } from '../definition/validate.ts';
import { openDocument, type DocumentFormat } from './restore.ts';

export interface DefinitionRef {
  id: string;
  version: string;
  hash: string;
}

interface Definition {
  id: string;
  version: string;
}

/** The content hash of a definition, remembered per object (definitions are never mutated). */
export function definitionHash(definition: object): string {
  let hash = knownHashes.get(definition);
  if (!hash) {
    hash = contentHash(definition);
    knownHashes.set(definition, hash);
  }
  return hash;
}

export function refOf(definition: Definition): DefinitionRef {
  return { id: definition.id, version: definition.version, hash: definitionHash(definition) };
}

export interface Unpacked {
  questionnaire: Definition;
  profileDefinition: Definition;
}

export type Packed<A> = Omit<A, 'questionnaire' | 'profileDefinition'> & {
  questionnaire: { ref: DefinitionRef };
  profileDefinition: { ref: DefinitionRef };
};

/** The assessment with its definitions replaced by references; the definitions added to `into`. */
export function packAssessment<A extends Unpacked>(
  assessment: A,
  into: Record<string, unknown>,
): Packed<A> {
  const q = refOf(assessment.questionnaire);
  const p = refOf(assessment.profileDefinition);
  into[q.hash] ??= assessment.questionnaire;
  into[p.hash] ??= assessment.profileDefinition;
  return { ...assessment, questionnaire: { ref: q }, profileDefinition: { ref: p } };
}

function refIn(value: unknown): DefinitionRef | null {
  if (!value || typeof value !== 'object' || !('ref' in value)) return null;
  const ref = (value as { ref: unknown }).ref;
  if (!ref || typeof ref !== 'object') return null;
  const { hash } = ref as Record<string, unknown>;
  return typeof hash === 'string' ? (ref as DefinitionRef) : null;
}

/**
 * The assessment with its definitions put back in. Returns the missing hash when a reference
 * cannot be resolved; the result is untrusted data for `restoreAssessment`.
 */
export function unpackAssessment(
  packed: unknown,
  definitions: Record<string, unknown>,
): { ok: true; value: Record<string, unknown> } | { ok: false; missing: string } {
  if (!packed || typeof packed !== 'object' || Array.isArray(packed)) {
    return { ok: true, value: packed as Record<string, unknown> };
  }
  const out: Record<string, unknown> = { ...(packed as Record<string, unknown>) };
  for (const key of ['questionnaire', 'profileDefinition'] as const) {
    const ref = refIn(out[key]);
    if (!ref) continue; // embedded (or malformed: restore will say so)
    if (!Object.hasOwn(definitions, ref.hash)) return { ok: false, missing: ref.hash };
    out[key] = definitions[ref.hash];
  }
  return { ok: true, value: out };
}

/**
 * One packed assessment of a file (backup, case, workshop) put back together with the file's
 * definitions and restored with every check; a missing definition is a refusal like any other.
 */
export function restorePackedAssessment(
  packed: unknown,
  definitions: Record<string, unknown>,
): Validated<Assessment> {
  const unpacked = unpackAssessment(packed, definitions);
  if (!unpacked.ok)
    return {
      ok: false,
      problems: [problem('definition_missing', [], { hash: unpacked.missing })],
    };
  return restoreAssessment(unpacked.value);
}

/** The definitions a file keeps once for all its packed assessments (none: an empty table). */
export function definitionsIn(doc: Record<string, unknown>): Record<string, unknown> {
  return isPlainObject(doc.definitions) ? doc.definitions : {};
}

/**
 * A file of one record and its packed assessments (a case, a workshop): the envelope opened, the
 * record restored with its problems under its key, the list of packed assessments required.
 */
export function openPackedFile<T>(
  input: unknown,
  file: {
    format: DocumentFormat;
    record: string;
    restore: (input: unknown, path: PathSegment[]) => Validated<T>;
    list: string;
  },
): Validated<{ record: T; packed: unknown[]; definitions: Record<string, unknown> }> {
  const opened = openDocument(input, file.format);
  if (!opened.ok) return opened;
  const doc = opened.value;
  const record = file.restore(doc[file.record], [file.record]);
  if (!record.ok) return record;
  const packed = doc[file.list];
  if (!Array.isArray(packed)) return { ok: false, problems: [problem('missing', [file.list])] };
  return { ok: true, value: { record: record.value, packed, definitions: definitionsIn(doc) } };
}

/**
 * Restores the packed assessments of one file (backup, case, workshop) one by one, with every
 * check, but checks each pair of definitions the file references only once: a backup of 5,000
 * assessments of two questionnaires validates two questionnaires, not 5,000.
 */
export function packedRestorer(
  definitions: Record<string, unknown>,
): (packed: unknown) => Validated<Assessment> {
  const checked = new Map<string, Pick<Assessment, 'questionnaire' | 'profileDefinition'>>();
  return (packed) => {
    if (!isPlainObject(packed)) return restorePackedAssessment(packed, definitions);
    const q = refIn(packed.questionnaire);
    const p = refIn(packed.profileDefinition);
    const key = q && p ? `${q.hash} ${p.hash}` : null;
    const known = key === null ? undefined : checked.get(key);
    if (known) {
      const { questionnaire: _q, profileDefinition: _p, ...fields } = packed;
      return restoreWithDefinitions(fields, known);
    }
    const r = restorePackedAssessment(packed, definitions);
    if (r.ok && key !== null)
      checked.set(key, {
        questionnaire: r.value.questionnaire,
        profileDefinition: r.value.profileDefinition,
      });
    return r;
  };
}
