import { openDB, type IDBPDatabase } from 'idb';
import { STORAGE_KEYS, type StoreName } from './keys';

/**
 * Where records live: IndexedDB, or memory when IndexedDB is unavailable (private mode, blocked).
 * Each record is its own entry, so a save writes one assessment, never everything.
 */
export interface Backend {
  kind: 'indexeddb' | 'memory';
  get(store: StoreName, key: string): Promise<unknown>;
  getAll(store: StoreName): Promise<unknown[]>;
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
}

function idbBackend(db: IDBPDatabase): Backend {
  return {
    kind: 'indexeddb',
    get: (store, key) => db.get(store, key),
    getAll: (store) => db.getAll(store),
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
    getAll: async (store) => [...of(store).values()].map((v) => structuredClone(v)),
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
  };
}

/** Opens IndexedDB; falls back to memory if it is missing or refuses (the app says so). */
export async function openBackend(): Promise<Backend> {
  try {
    if (typeof indexedDB === 'undefined') return memoryBackend();
    const db = await openDB(STORAGE_KEYS.database, STORAGE_KEYS.databaseVersion, {
      upgrade(database) {
        for (const name of Object.values(STORAGE_KEYS.stores)) {
          if (!database.objectStoreNames.contains(name)) database.createObjectStore(name);
        }
      },
    });
    return idbBackend(db);
  } catch {
    return memoryBackend();
  }
}
