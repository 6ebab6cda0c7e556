import { create } from 'zustand';
import type { Case } from '../../core/case';
import { announce, onAnnouncement, saveProblemOf, useAppStore } from '../../state/app-store';
import { deleteCase, listCases, saveCase } from '../../storage/cases';

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

export const useCaseStore = create<CaseState>()((set, get) => ({
  status: 'loading',
  cases: {},
  unreadable: [],

  load() {
    loading ??= (async () => {
      await useAppStore.getState().init();
      const backend = useAppStore.getState().backend;
      if (!backend) return;
      const { cases, unreadable } = await listCases(backend);
      set({ cases: Object.fromEntries(cases.map((c) => [c.id, c])), unreadable, status: 'ready' });
    })().finally(() => {
      loading = null;
    });
    return loading;
  },

  async put(...cases) {
    set((s) => ({ cases: { ...s.cases, ...Object.fromEntries(cases.map((c) => [c.id, c])) } }));
    const app = useAppStore.getState();
    if (!app.backend) return;
    try {
      for (const c of cases) {
        await saveCase(app.backend, c);
        announce({ type: 'case', id: c.id });
      }
      app.reportSave(null);
    } catch (error) {
      app.reportSave(saveProblemOf(error));
    }
  },

  change(id, fn) {
    const current = get().cases[id];
    if (!current) return Promise.resolve();
    return get().put({ ...fn(current), updatedAt: new Date().toISOString() });
  },

  async remove(id) {
    const backend = useAppStore.getState().backend;
    if (!backend) return;
    await deleteCase(backend, id);
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
