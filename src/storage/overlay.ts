// Records held in memory in front of the device's storage: the writes that failed (pending.ts)
// and the writes of an import before it is committed (staging.ts). Reads see them first.
import type { Backend } from './backend';
import type { StoreName } from './keys';

/** A record in front of storage, or the key removed (a staged delete). */
export type Held = { value: unknown } | { removed: true };

const ID = '\u0000';
export const slot = (store: StoreName, key: string) => `${store}${ID}${key}`;
export const storeOf = (slotKey: string) => slotKey.slice(0, slotKey.indexOf(ID)) as StoreName;
export const keyOf = (slotKey: string) => slotKey.slice(slotKey.indexOf(ID) + 1);

const copy = (held: Held | undefined) =>
  held && 'value' in held ? structuredClone(held.value) : undefined;

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The reads of `base` with the records of `held` in front: what `held` has is read from it (a
 * copy), what it removed is gone, the rest comes from `base`.
 */
export function readsThrough(
  base: Backend,
  held: (store: StoreName, key: string) => Held | undefined,
  heldIn: (store: StoreName) => [string, Held][],
): Pick<Backend, 'get' | 'getMany' | 'getAllKeys' | 'has' | 'entries'> {
  return {
    async get(store, key) {
      const h = held(store, key);
      return h ? copy(h) : base.get(store, key);
    },
    async getMany(store, keys) {
      const values = await base.getMany(store, keys);
      return keys.map((key, i) => {
        const h = held(store, key);
        return h ? copy(h) : values[i];
      });
    },
    async getAllKeys(store) {
      const keys = new Set(await base.getAllKeys(store));
      for (const [key, h] of heldIn(store)) {
        if ('removed' in h) keys.delete(key);
        else keys.add(key);
      }
      return [...keys].sort();
    },
    async has(store, key) {
      const h = held(store, key);
      return h ? 'value' in h : base.has(store, key);
    },
    async entries(store) {
      const all = new Map(await base.entries(store));
      for (const [key, h] of heldIn(store)) {
        if ('removed' in h) all.delete(key);
        else all.set(key, copy(h));
      }
      return [...all].sort(byKey);
    },
  };
}

/** Roughly how many bytes records take when stored (their JSON text; at least 1). */
export function sizeOf(values: readonly unknown[]): number {
  let bytes = 0;
  for (const value of values) {
    try {
      bytes += JSON.stringify(value)?.length ?? 0;
    } catch {
      // Not JSON (a typed array): counted as nothing.
    }
  }
  return Math.max(bytes, 1);
}
