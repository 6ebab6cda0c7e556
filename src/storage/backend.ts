import { openDB, unwrap, type IDBPDatabase } from 'idb';
import { STORAGE_KEYS, type StoreName } from './keys';

/** How many writes of one transaction are asked for before the page gets a turn. */
const WRITES_AT_ONCE = 200;
/** How many records one read of a whole store takes at a time. */
const READS_AT_ONCE = 500;

/**
 * Where records live: IndexedDB, or memory when IndexedDB is unavailable (private mode, blocked).
 * Each record is its own entry, so a save writes one assessment, never everything.
 */
export interface Backend {
  kind: 'indexeddb' | 'memory';
  get(store: StoreName, key: string): Promise<unknown>;
  /** Every record of a store with its key, read in one transaction, in key order. */
  entries(store: StoreName): Promise<[string, unknown][]>;
  /** Several records in one transaction (undefined where a key is missing), in key order. */
  getMany(store: StoreName, keys: string[]): Promise<unknown[]>;
  getAllKeys(store: StoreName): Promise<string[]>;
  /** Whether a key exists, without reading the record. */
  has(store: StoreName, key: string): Promise<boolean>;
  put(store: StoreName, key: string, value: unknown): Promise<void>;
  /** Read, change and write one record in a single transaction (no lost update across tabs). */
  update<T>(store: StoreName, key: string, change: (old: unknown) => T): Promise<T>;
  delete(store: StoreName, key: string): Promise<void>;
  clear(store: StoreName): Promise<void>;
  /** Several writes in one transaction over every store they touch: all are stored, or none. */
  write(writes: readonly Write[]): Promise<void>;
}

/** One write of a batch: a record put under its key, or the key removed. */
export type Write =
  | { store: StoreName; key: string; value: unknown }
  | { store: StoreName; key: string; remove: true };

function idbBackend(db: IDBPDatabase): Backend {
  return {
    kind: 'indexeddb',
    get: (store, key) => db.get(store, key),
    entries: async (store) => {
      const tx = db.transaction(store, 'readonly');
      const keys = await tx.store.getAllKeys();
      // In pieces, each a task of its own: one read of 10,000 records held the page for 0.4 s
      // (`npm run bench`, the workshop file of 10,000, when the lists are read again after it).
      const values: unknown[] = [];
      for (let from = 0; from < keys.length; from += READS_AT_ONCE) {
        const to = Math.min(from + READS_AT_ONCE, keys.length) - 1;
        values.push(...(await tx.store.getAll(IDBKeyRange.bound(keys[from], keys[to]))));
      }
      await tx.done;
      return keys.map((key, i): [string, unknown] => [String(key), values[i]]);
    },
    getMany: async (store, keys) => {
      const tx = db.transaction(store, 'readonly');
      const values = await Promise.all(keys.map((key) => tx.store.get(key)));
      await tx.done;
      return values;
    },
    getAllKeys: async (store) => (await db.getAllKeys(store)).map(String),
    has: async (store, key) => (await db.getKey(store, key)) !== undefined,
    put: async (store, key, value) => {
      await db.put(store, value, key);
    },
    update: async (store, key, change) => {
      const tx = db.transaction(store, 'readwrite');
      const next = change(await tx.store.get(key));
      await tx.store.put(next, key);
      await tx.done;
      return next;
    },
    delete: (store, key) => db.delete(store, key),
    clear: (store) => db.clear(store),
    write: async (writes) => {
      if (writes.length === 0) return;
      const tx = db.transaction([...new Set(writes.map((w) => w.store))], 'readwrite');
      // Plain requests: a promise for each of thousands cost more than the writes themselves.
      const raw = unwrap(tx);
      try {
        for (const [i, w] of writes.entries()) {
          const store = raw.objectStore(w.store);
          const request = 'remove' in w ? store.delete(w.key) : store.put(w.value, w.key);
          // Each put copies its record at once: thousands in one go froze the page for a second
          // (`npm run bench`, the backup of 5,000). The transaction stays open while the page
          // gets a turn and the next requests are asked for when these are done.
          if ((i + 1) % WRITES_AT_ONCE === 0)
            await new Promise((resolve, reject) => {
              request.addEventListener('success', resolve);
              request.addEventListener('error', () => reject(request.error));
            });
        }
        await tx.done;
      } catch (error) {
        // A value that cannot be stored is refused at once, and a failed request (a full disk)
        // ends the transaction: either way nothing of it is stored, and its own error says why.
        try {
          tx.abort();
        } catch {
          // Already ended by the failed request.
        }
        await tx.done.catch(() => undefined);
        throw tx.error ?? error;
      }
    },
  };
}

export function memoryBackend(): Backend {
  const stores = new Map<string, Map<string, unknown>>();
  const of = (store: string) => {
    let m = stores.get(store);
    if (!m) stores.set(store, (m = new Map()));
    return m;
  };
  return {
    kind: 'memory',
    get: async (store, key) => structuredClone(of(store).get(key)),
    entries: async (store) =>
      [...of(store).entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, value]): [string, unknown] => [key, structuredClone(value)]),
    getMany: async (store, keys) => keys.map((key) => structuredClone(of(store).get(key))),
    getAllKeys: async (store) => [...of(store).keys()],
    has: async (store, key) => of(store).has(key),
    put: async (store, key, value) => {
      of(store).set(key, structuredClone(value));
    },
    update: async (store, key, change) => {
      const next = change(structuredClone(of(store).get(key)));
      of(store).set(key, structuredClone(next));
      return next;
    },
    delete: async (store, key) => {
      of(store).delete(key);
    },
    clear: async (store) => {
      of(store).clear();
    },
    write: async (writes) => {
      const copies = writes.map((w) =>
        'remove' in w ? w : { ...w, value: structuredClone(w.value) },
      );
      for (const w of copies) {
        if ('remove' in w) of(w.store).delete(w.key);
        else of(w.store).set(w.key, w.value);
      }
    },
  };
}

/** What the app is told while another tab holds the database in another version. */
export interface OpenEvents {
  /** This tab waits: another tab has the database open in an older version. */
  onBlocked?(): void;
  /** A newer version of the app opened in another tab: this tab let the database go. */
  onBlocking?(): void;
}

/** Opens IndexedDB; falls back to memory if it is missing or refuses (the app says so). */
export async function openBackend(events: OpenEvents = {}): Promise<Backend> {
  try {
    if (typeof indexedDB === 'undefined') return memoryBackend();
    const db = await openDB(STORAGE_KEYS.database, STORAGE_KEYS.databaseVersion, {
      upgrade(database) {
        for (const name of Object.values(STORAGE_KEYS.stores)) {
          if (!database.objectStoreNames.contains(name)) database.createObjectStore(name);
        }
      },
      blocked: () => events.onBlocked?.(),
      blocking: () => {
        // Let the newer version open at once (it would wait for this tab otherwise); this tab
        // stops writing and asks for a reload.
        db.close();
        events.onBlocking?.();
      },
    });
    return idbBackend(db);
  } catch {
    return memoryBackend();
  }
}
