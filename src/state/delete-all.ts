import { STORAGE_KEYS } from '../storage/keys';
import { announce, openStorage, useAppStore } from './app-store';
import { clearJournals } from './local-journal';

/** Deletes every record on this device (a shared workshop laptop), and tells the other tabs. */
export async function deleteAllData(): Promise<void> {
  const backend = await openStorage();
  for (const store of Object.values(STORAGE_KEYS.stores)) await backend.clear(store);
  // The journals of unsaved changes go too, or a reload would bring their entries back.
  clearJournals();
  announce({ type: 'all', id: '' });
  await useAppStore.getState().refresh();
}
