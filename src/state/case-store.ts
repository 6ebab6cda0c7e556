import { create } from 'zustand';
import { restoreCase, type Case } from '../core/records/case';
import { announce, onAnnouncement, useAppStore, storage } from './app-store';
import { deleteCase, listCases, saveCase } from '../storage/cases';
import { STORAGE_KEYS } from '../storage/keys';
import { now } from './clock';
import { localJournal } from './local-journal';

interface CaseState {
  status: 'loading' | 'ready';
  cases: Record<string, Case>;
  unreadable: string[];
  load(): Promise<void>;
  /** Keeps the change on screen at once and writes it; a failed write is reported. */
  put(...cases: Case[]): Promise<void>;
  remove(id: string): Promise<void>;
  /** Applies a change to the newest state of one case and saves it (typing saves as it goes). */
  change(id: string, fn: (c: Case) => Case): Promise<void>;
}

let loading: Promise<void> | null = null;

// A closed tab right after a keystroke loses nothing: each change is journalled until IndexedDB
// has it.
const journal = localJournal(STORAGE_KEYS.caseJournal);

export const useCaseStore = create<CaseState>()((set, get) => ({
  status: 'loading',
  cases: {},
  unreadable: [],

  load() {
    loading ??= (async () => {
      await useAppStore.getState().init();
      const backend = storage();
      if (!backend) return;
      const { cases, unreadable } = await listCases(backend);
      const newer = journal.newer(cases, restoreCase);
      const all = new Map(cases.map((c) => [c.id, c]));
      for (const c of newer) all.set(c.id, c);
      set({ cases: Object.fromEntries(all), unreadable, status: 'ready' });
      if (newer.length) await get().put(...newer);
    })().finally(() => {
      loading = null;
    });
    return loading;
  },

  async put(...cases) {
    for (const c of cases) journal.write(c.id, c);
    set((s) => ({ cases: { ...s.cases, ...Object.fromEntries(cases.map((c) => [c.id, c])) } }));
    const backend = storage();
    if (!backend) return;
    for (const c of cases) {
      try {
        await saveCase(backend, c);
        journal.settle(c.id, c.updatedAt);
        announce({ type: 'case', id: c.id });
      } catch {
        // Kept pending in memory (and in the journal) and reported by the storage.
      }
    }
  },

  change(id, fn) {
    const current = get().cases[id];
    if (!current) return Promise.resolve();
    return get().put({ ...fn(current), updatedAt: now() });
  },

  async remove(id) {
    const backend = storage();
    if (!backend) return;
    await deleteCase(backend, id);
    journal.forget(id);
    set((s) => {
      const { [id]: _removed, ...cases } = s.cases;
      return { cases };
    });
    announce({ type: 'case', id });
  },
}));

// Another tab changed a case (or everything): read the cases again.
onAnnouncement((message) => {
  if (message.type === 'case' || message.type === 'all') void useCaseStore.getState().load();
});
