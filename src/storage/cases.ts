// Coaching cases, one record each. Every record read passes core's `restoreCase`.
import { restoreCase, type Case } from '../core/records/case';
import type { Backend } from './backend';
import { STORAGE_KEYS } from './keys';
import { listStore, readWith } from './listing';

const store = STORAGE_KEYS.stores.cases;

export async function listCases(
  backend: Backend,
): Promise<{ cases: Case[]; unreadable: string[] }> {
  const { items: cases, unreadable } = await listStore(backend, store, readWith(restoreCase));
  return { cases, unreadable };
}

export function saveCase(backend: Backend, c: Case): Promise<void> {
  return backend.put(store, c.id, c);
}

export function deleteCase(backend: Backend, id: string): Promise<void> {
  return backend.delete(store, id);
}
