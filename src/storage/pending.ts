// The one place that decides what happens when a save fails (a full disk, above all): the record
// stays pending in memory, under its key, until it is stored. Reads see pending records first, so
// a screen that opens one shows it and "export all" carries it. "Save again" and every later
// successful save retry all of them, oldest first. Imports do not go through here: they are
// written all or nothing (staging.ts) and a failed import leaves nothing pending.
import type { Backend } from './backend';
import type { StoreName } from './keys';
import { keyOf, readsThrough, slot, storeOf, type Held } from './overlay';

export type SaveProblem = 'quota' | 'failed';

/** Why a write failed, in the words the app has for it. */
export function saveProblemOf(error: unknown): SaveProblem {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' ? 'quota' : 'failed';
}

export interface PendingRecord {
  store: StoreName;
  key: string;
  value: unknown;
}

export interface PendingState {
  /** The records not stored yet, the oldest first. */
  records: PendingRecord[];
  /** Why the last attempt failed; null when nothing is pending. */
  problem: SaveProblem | null;
}

export interface KeepingBackend extends Backend {
  pending(): PendingState;
  /** Told after every change of `pending()`. */
  subscribe(listener: () => void): () => void;
  /** Tries to store every pending record; true when none is left. */
  retry(): Promise<boolean>;
}

interface Entry {
  value: unknown;
  /** Order of the write: a later write of the same key supersedes an earlier one. */
  seq: number;
}

/** `inner` with every failed write kept until it is stored. */
export function keepPending(inner: Backend): KeepingBackend {
  const held = new Map<string, Entry>();
  const listeners = new Set<() => void>();
  let problem: SaveProblem | null = null;
  let seq = 0;
  let state: PendingState = { records: [], problem: null };
  let retrying: Promise<boolean> | null = null;

  function changed() {
    if (held.size === 0) problem = null;
    state = {
      records: [...held].map(([s, e]) => ({ store: storeOf(s), key: keyOf(s), value: e.value })),
      problem,
    };
    for (const listener of listeners) listener();
  }

  /** The write numbered `n` of this value failed: kept, unless a later write of the key exists. */
  function failed(store: StoreName, key: string, value: unknown, n: number, error: unknown) {
    const k = slot(store, key);
    const entry = held.get(k);
    if (!entry || entry.seq < n) held.set(k, { value, seq: n });
    problem = saveProblemOf(error);
    changed();
  }

  /** The write numbered `n` went through: what was pending under its key before it is done. */
  function stored(store: StoreName, key: string, n: number) {
    const k = slot(store, key);
    const entry = held.get(k);
    if (entry && entry.seq <= n) {
      held.delete(k);
      changed();
    }
    if (held.size > 0) void retry();
  }

  async function put(store: StoreName, key: string, value: unknown) {
    const n = ++seq;
    try {
      await inner.put(store, key, value);
    } catch (error) {
      failed(store, key, value, n, error);
      throw error;
    }
    stored(store, key, n);
  }

  function retry(): Promise<boolean> {
    retrying ??= (async () => {
      // Oldest first: the definitions an assessment refers to before the assessment.
      const queue = [...held].sort(([, a], [, b]) => a.seq - b.seq);
      for (const [k, entry] of queue) {
        if (held.get(k) !== entry) continue; // written or superseded meanwhile
        try {
          await inner.put(storeOf(k), keyOf(k), entry.value);
        } catch (error) {
          problem = saveProblemOf(error);
          changed();
          return false;
        }
        if (held.get(k) === entry) held.delete(k);
        changed();
      }
      return held.size === 0;
    })().finally(() => {
      retrying = null;
    });
    return retrying;
  }

  const heldAt = (store: StoreName, key: string): Held | undefined => {
    const entry = held.get(slot(store, key));
    return entry && { value: entry.value };
  };
  const heldIn = (store: StoreName): [string, Held][] =>
    [...held].filter(([k]) => storeOf(k) === store).map(([k, e]) => [keyOf(k), { value: e.value }]);

  return {
    kind: inner.kind,
    ...readsThrough(inner, heldAt, heldIn),
    put,
    async update(store, key, change) {
      const k = slot(store, key);
      const entry = held.get(k);
      if (entry) {
        // Not stored yet: the change applies to the pending record.
        const next = change(structuredClone(entry.value));
        await put(store, key, next);
        return next;
      }
      const n = ++seq;
      let next: { value: unknown } | null = null;
      try {
        const result = await inner.update(store, key, (old) => {
          const value = change(old);
          next = { value };
          return value;
        });
        stored(store, key, n);
        return result;
      } catch (error) {
        // Failed before the change ran (the transaction never started): it runs on a read now.
        const value = next
          ? (next as { value: unknown }).value
          : change(await inner.get(store, key).catch(() => undefined));
        failed(store, key, value, n, error);
        throw error;
      }
    },
    async delete(store, key) {
      if (held.delete(slot(store, key))) changed();
      await inner.delete(store, key);
    },
    async clear(store) {
      const before = held.size;
      for (const k of [...held.keys()]) if (storeOf(k) === store) held.delete(k);
      if (held.size !== before) changed();
      await inner.clear(store);
    },
    async write(writes) {
      const n = ++seq;
      await inner.write(writes);
      // Written as a whole: whatever was pending under these keys is superseded.
      let dropped = false;
      for (const w of writes) {
        const k = slot(w.store, w.key);
        const entry = held.get(k);
        if (entry && entry.seq < n) dropped = held.delete(k) || dropped;
      }
      if (dropped) changed();
      if (held.size > 0) void retry();
    },
    pending: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    retry,
  };
}
