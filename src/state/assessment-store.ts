// The open assessment. Every change is journalled the moment it is made and saved to IndexedDB
// right after the frame that shows it; saves of one assessment run one after another, and what
// another tab saved meanwhile is merged in (newer answer wins).
import { create } from 'zustand';
import type { AnswerEntry } from '../core/records/answers';
import { mergeAssessments, type Assessment } from '../core/records/assessment';
import type { Problem } from '../core/common/problems';
import { loadAssessment, prepareSave, saveAssessment, summaryOf } from '../storage/assessments';
import { announce, onAnnouncement, openStorage, useAppStore, storage } from './app-store';
import { now } from './clock';
import { clearJournal, withJournal, writeJournal } from './journal';
import { requestPersistence } from './backup-reminder';
import { saveQueue } from './save-queue';
import { afterFrame, whenIdle } from './schedule';

interface AssessmentState {
  current: Assessment | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  problems: Problem[];
  open(id: string): Promise<void>;
  answer(questionId: string, entry: Omit<AnswerEntry, 'at'> | null): void;
  note(questionId: string, text: string): void;
  setTarget(dimensionId: string, level: number | null): void;
  setFinished(finished: boolean): void;
  replace(assessment: Assessment): void;
  /** Resolves when every change so far has been saved (or its save has failed and says so). */
  saved(): Promise<void>;
  /** Saves what is pending, then takes the assessment off the screen and out of memory. */
  close(): Promise<void>;
}

/** The assessment being opened. */
let opening: { id: string; done: Promise<void> } | null = null;

/** Saves the open assessment as it is when the save runs; a failure is reported, not thrown. */
async function persistCurrent(
  get: () => AssessmentState,
  set: (s: Partial<AssessmentState>) => void,
) {
  const app = useAppStore.getState();
  const current = get().current;
  const backend = storage();
  if (!current || !backend) return;
  try {
    requestPersistence();
    const saved = await saveAssessment(backend, current);
    clearJournal(saved.id, saved.updatedAt);
    app.setSummary(summaryOf(saved));
    announce({ type: 'assessment', id: saved.id });
    // Answers another tab gave meanwhile come back in `saved`; keep what was typed since.
    // Only a merge that brings something new replaces the open copy: otherwise every save
    // would re-render and re-score the open screen a second time.
    const latest = get().current;
    if (latest && latest.id === saved.id && saved !== current) {
      const merged = mergeAssessments(saved, latest);
      if (!sameEntries(merged, latest)) set({ current: merged });
    }
  } catch {
    // Kept pending in memory (and in the journal) and reported by the storage: storage/pending.ts.
    // The start page lists it all the same.
    app.setSummary(summaryOf(current));
  }
}

const sameKeys = (x: object, y: object) => {
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && a[k] === b[k]);
};

/** The same fields and the same entries (by identity: a merge keeps the objects it chose). */
function sameEntries(a: Assessment, b: Assessment): boolean {
  const { answers, notes, targets, profile, ...rest } = a;
  const { answers: answers2, notes: notes2, targets: targets2, profile: profile2, ...rest2 } = b;
  return (
    sameKeys(rest, rest2) &&
    sameKeys(answers, answers2) &&
    sameKeys(notes, notes2) &&
    sameKeys(targets, targets2) &&
    sameKeys(profile, profile2)
  );
}

export const useAssessmentStore = create<AssessmentState>()((set, get) => {
  // A change is saved once the frame that shows it has been drawn, so that a tap is answered at
  // once on a slow device. Until then (and until IndexedDB has it) the journal holds it.
  const queue = saveQueue(() => persistCurrent(get, set), afterFrame);
  const change = (update: (a: Assessment, at: string) => Assessment) => {
    const current = get().current;
    if (!current) return;
    const at = now();
    const next = { ...update(current, at), updatedAt: at };
    writeJournal(next);
    set({ current: next });
    queue.saveAfterFrame();
  };

  onAnnouncement(async (message) => {
    const current = get().current;
    const backend = storage();
    if (message.type !== 'assessment' || !current || current.id !== message.id || !backend) return;
    const loaded = await loadAssessment(backend, message.id);
    const latest = get().current;
    if (loaded.ok && latest && latest.id === message.id)
      set({ current: mergeAssessments(loaded.value, latest) });
  });

  async function openNow(id: string) {
    // What the previous assessment had not saved yet is saved before it leaves the screen.
    await queue.idle();
    set({ status: 'loading', current: null, problems: [] });
    const backend = await openStorage();
    const result = await loadAssessment(backend, id);
    // Another assessment was opened (or put in place) meanwhile: that one stays.
    if (opening?.id !== id) return;
    if (!result.ok) return set({ status: 'error', problems: result.problems });
    const recovered = withJournal(result.value);
    set({ current: recovered, status: 'ready' });
    // Not before the screen that opened it has been drawn.
    afterFrame(() => whenIdle(() => prepareSave(recovered), 2000));
    if (recovered !== result.value) void queue.save();
  }

  return {
    current: null,
    status: 'idle',
    problems: [],

    open(id) {
      if (get().current?.id === id && get().status === 'ready') return Promise.resolve();
      // Opened already at start (with the screen's code), then again by the screen.
      if (opening?.id === id) return opening.done;
      const done = openNow(id).finally(() => {
        if (opening?.done === done) opening = null;
      });
      opening = { id, done };
      return done;
    },

    answer(questionId, entry) {
      change((a, at) => ({
        ...a,
        answers: {
          ...a.answers,
          [questionId]: entry ? ({ ...entry, at } as AnswerEntry) : { kind: 'cleared', at },
        },
      }));
    },

    note(questionId, text) {
      change((a, at) => ({ ...a, notes: { ...a.notes, [questionId]: { text, at } } }));
    },

    setTarget(dimensionId, level) {
      change((a, at) => {
        const targets = { ...a.targets };
        if (level === null) delete targets[dimensionId];
        else targets[dimensionId] = { level, at };
        return { ...a, targets };
      });
    },

    setFinished(finished) {
      change((a, at) => ({ ...a, finished, ...(finished ? { finishedAt: at } : {}) }));
    },

    async saved() {
      await queue.idle();
    },

    async close() {
      opening = null;
      await get().saved();
      set({ current: null, status: 'idle', problems: [] });
    },

    replace(assessment) {
      opening = null;
      queue.flush();
      writeJournal(assessment);
      set({ current: assessment, status: 'ready', problems: [] });
      void queue.save();
    },
  };
});
