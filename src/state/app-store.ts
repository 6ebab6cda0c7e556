import { create } from 'zustand';
import type { Firm } from '../core/records/firm';
import type { AssessmentSummary } from '../core/scoring/summary';
import { openBackend, type Backend } from '../storage/backend';
import {
  keepPending,
  type KeepingBackend,
  type PendingRecord,
  type SaveProblem,
} from '../storage/pending';
import { STORAGE_KEYS } from '../storage/keys';
import {
  deleteAssessment,
  deleteFirm,
  listAssessments,
  listFirms,
  saveFirm,
} from '../storage/records';

interface AppState {
  status: 'loading' | 'ready';
  /** Where records are kept, once storage is open: screens say so when it is only memory. */
  storageKind: Backend['kind'] | null;
  firms: Record<string, Firm>;
  summaries: Record<string, AssessmentSummary>;
  /** Keys of stored records that could not be read; kept, and reported. */
  unreadable: { assessments: string[]; firms: string[] };
  /**
   * Whether this tab may use the storage: 'blocked' while another tab holds it in an older
   * version (opening waits), 'outdated' once a newer version opened it elsewhere (reload).
   */
  storageAccess: 'ok' | 'blocked' | 'outdated';
  /** Records whose save failed, kept in memory until they are stored (storage/pending.ts). */
  pending: PendingRecord[];
  /** Why the last save of a pending record failed; null when nothing is pending. */
  saveProblem: SaveProblem | null;
  init(): Promise<void>;
  refresh(): Promise<void>;
  putFirm(firm: Firm): Promise<void>;
  removeFirm(id: string): Promise<void>;
  removeAssessment(id: string): Promise<void>;
  setSummary(summary: AssessmentSummary): void;
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

let opening: Promise<KeepingBackend> | null = null;
/** The device's storage once open. Not store state: no screen draws it, actions use it. */
let backend: KeepingBackend | null = null;
let unsubscribe: (() => void) | null = null;

/** The storage if it is open already (actions that need it wait with `openStorage`). */
export const storage = (): KeepingBackend | null => backend;

/** Puts the device's storage in place; its pending records show in the store. */
function putStorage(opened: Backend): KeepingBackend {
  unsubscribe?.();
  const kept = keepPending(opened);
  backend = kept;
  const show = () => {
    const { records, problem } = kept.pending();
    useAppStore.setState({ pending: records, saveProblem: problem });
  };
  unsubscribe = kept.subscribe(show);
  useAppStore.setState({ storageKind: opened.kind, pending: [], saveProblem: null });
  return kept;
}

/** Puts `next` in place as the device's storage, open and listed (tests, a fresh start). */
export function setStorage(next: Backend) {
  opening = Promise.resolve(putStorage(next));
  initializing = null;
}

/**
 * Opens the device's storage (once) without listing what it holds: a screen that needs one
 * record (the answering screen opened directly) need not wait for the lists of the start page.
 */
export function openStorage(): Promise<KeepingBackend> {
  if (backend) return Promise.resolve(backend);
  opening ??= openBackend({
    onBlocked: () => useAppStore.setState({ storageAccess: 'blocked' }),
    onBlocking: () => useAppStore.setState({ storageAccess: 'outdated' }),
  }).then((raw) => {
    if (useAppStore.getState().storageAccess === 'blocked')
      useAppStore.setState({ storageAccess: 'ok' });
    const opened = putStorage(raw);
    if (typeof BroadcastChannel !== 'undefined' && !channel) {
      channel = new BroadcastChannel(STORAGE_KEYS.channel);
      channel.onmessage = (event: MessageEvent<{ type: string; id: string }>) => {
        void useAppStore.getState().refresh();
        for (const listener of listeners) listener(event.data);
      };
    }
    return opened;
  });
  return opening;
}

export const useAppStore = create<AppState>()((set, get) => ({
  status: 'loading',
  storageKind: null,
  firms: {},
  summaries: {},
  unreadable: { assessments: [], firms: [] },
  storageAccess: 'ok',
  pending: [],
  saveProblem: null,

  init() {
    // Set up already (tests hand in their own storage, ready).
    if (!initializing && backend && get().status === 'ready') return Promise.resolve();
    // One opening for everybody who asks (the app shell, an import, a page opened directly).
    initializing ??= (async () => {
      await openStorage();
      await get().refresh();
      set({ status: 'ready' });
    })();
    return initializing;
  },

  async refresh() {
    if (!backend) return;
    const [assessments, firms] = await Promise.all([listAssessments(backend), listFirms(backend)]);
    set({
      summaries: Object.fromEntries(assessments.summaries.map((s) => [s.id, s])),
      firms: Object.fromEntries(firms.firms.map((f) => [f.id, f])),
      unreadable: { assessments: assessments.unreadable, firms: firms.unreadable },
    });
  },

  async putFirm(firm) {
    if (!backend) return;
    set((s) => ({ firms: { ...s.firms, [firm.id]: firm } }));
    try {
      await saveFirm(backend, firm);
      announce({ type: 'firm', id: firm.id });
    } catch {
      // Kept pending in memory and reported by the storage (storage/pending.ts).
    }
  },

  async removeFirm(id) {
    if (!backend) return;
    await deleteFirm(backend, id);
    set((s) => {
      const { [id]: _removed, ...firms } = s.firms;
      return { firms };
    });
    announce({ type: 'firm', id });
  },

  async removeAssessment(id) {
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
}));
