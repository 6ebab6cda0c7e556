// The authors' drafts, one record each under its content key, in a store of their own: nothing
// here touches the shipped questionnaires or the assessments' definitions.
import { restoreDraftRecord, type DraftRecord } from '../core/records/draft';
import type { Backend } from './backend';
import { STORAGE_KEYS } from './keys';
import { listStore, readWith } from './listing';

const store = STORAGE_KEYS.stores.drafts;
const readDraft = readWith(restoreDraftRecord, (draft) => draft.key);

export interface DraftListing {
  drafts: DraftRecord[];
  /** Keys of records that cannot be read (damaged or from a newer version): kept, not dropped. */
  unreadable: string[];
}

/** Every draft on this device, the most recently opened first. */
export async function listDrafts(backend: Backend): Promise<DraftListing> {
  const { items: drafts, unreadable } = await listStore(backend, store, readDraft);
  drafts.sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  return { drafts, unreadable };
}

export async function loadDraft(backend: Backend, key: string): Promise<DraftRecord | null> {
  return readDraft(await backend.get(store, key), key);
}

/** Keeps a draft; the same file opened again only renews its time and name. */
export async function saveDraft(backend: Backend, draft: DraftRecord): Promise<void> {
  await backend.put(store, draft.key, draft);
}

export async function deleteDraft(backend: Backend, key: string): Promise<void> {
  await backend.delete(store, key);
}
