import { create } from 'zustand';
import type { Firm } from '../core/records/firm';
import type { AssessmentSummary } from '../core/scoring/summary';
import { openBackend, type Backend } from '../storage/backend';
import { STORAGE_KEYS } from '../storage/keys';
import {
  deleteAssessment,
  deleteFirm,
  listAssessments,
  listFirms,
  saveFirm,
} from '../storage/records';

export type SaveProblem = 'quota' | 'failed' | null;

interface AppState {
  status: 'loading' | 'ready';
  backend: Backend | null;
  firms: Record<string, Firm>;
  summaries: Record<string, AssessmentSummary>;
  /** Keys of stored records that could not be read; kept, and reported. */
  unreadable: { assessments: string[]; firms: string[] };
  saveProblem: SaveProblem;
  init(): Promise<void>;
  refresh(): Promise<void>;
  putFirm(firm: Firm): Promise<void>;
  removeFirm(id: string): Promise<void>;
  removeAssessment(id: string): Promise<void>;
  setSummary(summary: AssessmentSummary): void;
  reportSave(problem: SaveProblem): void;
}

let channel: BroadcastChannel | null = null;
let initializing: Promise<void> | null = null;
const listeners = new Set<(message: { type: string; id: string }) => void>();

/** Tells other tabs that a record changed, so they merge it in. */
export function announce(message: { type: 'assessment' | 'firm' | 'case' | 'all'; id: string }) {
  channel?.postMessage(message);
}
export function onAnnouncement(listener: (message: { type: string; id: string }) => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function saveProblemOf(error: unknown): SaveProblem {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' ? 'quota' : 'failed';
}

let opening: Promise<Backend> | null = null;

/**
 * Opens the device's storage (once) without listing what it holds: a screen that needs one
 * record (the answering screen opened directly) need not wait for the lists of the start page.
 */
export function openStorage(): Promise<Backend> {
  const open = useAppStore.getState().backend;
  if (open) return Promise.resolve(open);
  opening ??= openBackend().then((backend) => {
    useAppStore.setState({ backend });
    if (typeof BroadcastChannel !== 'undefined' && !channel) {
      channel = new BroadcastChannel(STORAGE_KEYS.channel);
      channel.onmessage = (event: MessageEvent<{ type: string; id: string }>) => {
        void useAppStore.getState().refresh();
        for (const listener of listeners) listener(event.data);
      };
    }
    return backend;
  });
  return opening;
}

export const useAppStore = create<AppState>()((set, get) => ({
  status: 'loading',
  backend: null,
  firms: {},
  summaries: {},
  unreadable: { assessments: [], firms: [] },
  saveProblem: null,

  init() {
    // Set up already (tests hand in their own storage, ready).
    if (!initializing && get().backend && get().status === 'ready') return Promise.resolve();
    // One opening for everybody who asks (the app shell, an import, a page opened directly).
    initializing ??= (async () => {
      await openStorage();
      await get().refresh();
      set({ status: 'ready' });
    })();
    return initializing;
  },

  async refresh() {
    const backend = get().backend;
    if (!backend) return;
    const [assessments, firms] = await Promise.all([listAssessments(backend), listFirms(backend)]);
    set({
      summaries: Object.fromEntries(assessments.summaries.map((s) => [s.id, s])),
      firms: Object.fromEntries(firms.firms.map((f) => [f.id, f])),
      unreadable: { assessments: assessments.unreadable, firms: firms.unreadable },
    });
  },

  async putFirm(firm) {
    const backend = get().backend;
    if (!backend) return;
    set((s) => ({ firms: { ...s.firms, [firm.id]: firm } }));
    try {
      await saveFirm(backend, firm);
      announce({ type: 'firm', id: firm.id });
    } catch (error) {
      set({ saveProblem: saveProblemOf(error) });
    }
  },

  async removeFirm(id) {
    const backend = get().backend;
    if (!backend) return;
    await deleteFirm(backend, id);
    set((s) => {
      const { [id]: _removed, ...firms } = s.firms;
      return { firms };
    });
    announce({ type: 'firm', id });
  },

  async removeAssessment(id) {
    const backend = get().backend;
    if (!backend) return;
    await deleteAssessment(backend, id);
    set((s) => {
      const { [id]: _removed, ...summaries } = s.summaries;
      return { summaries };
    });
    announce({ type: 'assessment', id });
  },

  setSummary(summary) {
    set((s) => ({ summaries: { ...s.summaries, [summary.id]: summary } }));
  },

  reportSave(problem) {
    if (get().saveProblem !== problem) set({ saveProblem: problem });
  },
}));
