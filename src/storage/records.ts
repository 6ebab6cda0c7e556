// The shapes kept in the stores, and the reads the start page needs. No schema library here: the
// start page must stay small. Full assessments are read through `assessments.ts`.
import type { Firm } from '../core/records/firm';
import type { AssessmentSummary } from '../core/scoring/summary';
import type { Backend } from './backend';
import { STORAGE_KEYS } from './keys';
import { listStore } from './listing';

const { stores } = STORAGE_KEYS;

/** Version of the record wrapper (the assessment inside carries its own format version). */
export const RECORD_VERSION = 1;

export interface AssessmentRecord {
  recordVersion: number;
  id: string;
  /** The assessment file with its definitions referenced by hash (see core/packing). */
  packed: Record<string, unknown>;
  summary: AssessmentSummary;
}

/** Whether `value` is an object with fields of these types ('object': not null). */
function hasFields(value: unknown, fields: Record<string, 'string' | 'number' | 'object'>) {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return Object.entries(fields).every(([key, type]) => typeof v[key] === type && v[key] !== null);
}

const looksLikeSummary = (value: unknown): value is AssessmentSummary =>
  hasFields(value, {
    id: 'string',
    updatedAt: 'string',
    completeness: 'number',
    questionnaire: 'object',
  });

export interface Listing {
  summaries: AssessmentSummary[];
  /** Records that cannot be listed (damaged or from a newer version): kept, never dropped. */
  unreadable: string[];
}

export async function listAssessments(backend: Backend): Promise<Listing> {
  const { items: summaries, unreadable } = await listStore(
    backend,
    stores.assessments,
    (record) => {
      const r = record as Partial<AssessmentRecord> | null;
      return r && r.recordVersion === RECORD_VERSION && looksLikeSummary(r.summary)
        ? r.summary
        : null;
    },
  );
  return { summaries, unreadable };
}

const looksLikeFirm = (value: unknown): value is Firm =>
  hasFields(value, { id: 'string', name: 'string', profile: 'object' });

export async function listFirms(
  backend: Backend,
): Promise<{ firms: Firm[]; unreadable: string[] }> {
  const { items: firms, unreadable } = await listStore(backend, stores.firms, (r) =>
    looksLikeFirm(r) ? r : null,
  );
  return { firms, unreadable };
}

export function saveFirm(backend: Backend, firm: Firm): Promise<void> {
  return backend.put(stores.firms, firm.id, firm);
}

export function deleteFirm(backend: Backend, id: string): Promise<void> {
  return backend.delete(stores.firms, id);
}

export function deleteAssessment(backend: Backend, id: string): Promise<void> {
  return backend.delete(stores.assessments, id);
}
