import { create } from 'zustand';
import { restoreCase, type Case } from '../../core/case';
import { announce, onAnnouncement, saveProblemOf, useAppStore } from '../../state/app-store';
import { deleteCase, listCases, saveCase } from '../../storage/cases';
import { STORAGE_KEYS } from '../../storage/keys';

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

// A closed tab right after a keystroke must not lose it: IndexedDB writes are asynchronous, so
// each change is also kept synchronously in localStorage until IndexedDB has it.
const JOURNAL = STORAGE_KEYS.caseJournal;

function journal(c: Case) {
  try {
    localStorage.setItem(JOURNAL + c.id, JSON.stringify(c));
  } catch {
    // No localStorage (or full): IndexedDB remains the store; only the last instant is at risk.
  }
}

function settle(c: Case) {
  try {
    const kept = localStorage.getItem(JOURNAL + c.id);
    // Forgotten only if nothing newer was typed meanwhile.
    if (kept && (JSON.parse(kept) as { updatedAt?: string }).updatedAt === c.updatedAt)
      localStorage.removeItem(JOURNAL + c.id);
  } catch {
    // As above.
  }
}

/** Cases from the journal that are newer than (or missing from) what IndexedDB returned. */
function journalled(stored: Case[]): Case[] {
  const byId = new Map(stored.map((c) => [c.id, c]));
  const newer: Case[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(JOURNAL)) continue;
      const r = restoreCase(JSON.parse(localStorage.getItem(key) ?? 'null'));
      if (!r.ok) continue;
      const old = byId.get(r.value.id);
      if (!old || old.updatedAt < r.value.updatedAt) newer.push(r.value);
    }
  } catch {
    // An unreadable journal is left as it is; IndexedDB's copy stands.
  }
  return newer;
}

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
      const newer = journalled(cases);
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
    cases.forEach(journal);
    set((s) => ({ cases: { ...s.cases, ...Object.fromEntries(cases.map((c) => [c.id, c])) } }));
    const app = useAppStore.getState();
    if (!app.backend) return;
    try {
      for (const c of cases) {
        await saveCase(app.backend, c);
        settle(c);
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
    try {
      localStorage.removeItem(JOURNAL + id);
    } catch {
      // As above.
    }
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
