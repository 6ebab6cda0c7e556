// An import, all or nothing: its writes are gathered in memory (its own reads see them) and
// stored in one transaction by `commit`. A full disk stores none of them.
import type { Backend, Write } from './backend';
import type { StoreName } from './keys';
import { keyOf, readsThrough, sizeOf, slot, storeOf, type Held } from './overlay';

export interface StagingBackend extends Backend {
  /** Stores every write made so far in one transaction; nothing of them if it fails. */
  commit(): Promise<void>;
  /** Roughly how many bytes the writes so far need. */
  bytes(): number;
  /** How many writes are staged. */
  size(): number;
}

export function staging(base: Backend): StagingBackend {
  const held = new Map<string, Held>();
  // The size of each staged value, measured when it is staged (a staging loop gives the page
  // turns; measuring 10,000 records at the end held it: `npm run bench`, the workshop file).
  const sizes = new Map<string, number>();
  const remove = (store: StoreName, key: string) => {
    held.set(slot(store, key), { removed: true });
    sizes.delete(slot(store, key));
  };
  const heldAt = (store: StoreName, key: string) => held.get(slot(store, key));
  const heldIn = (store: StoreName): [string, Held][] =>
    [...held].filter(([k]) => storeOf(k) === store).map(([k, h]) => [keyOf(k), h]);
  const reads = readsThrough(base, heldAt, heldIn);
  const put = async (store: StoreName, key: string, value: unknown) => {
    // Deleted and put again: the put goes after the delete in the transaction.
    held.delete(slot(store, key));
    held.set(slot(store, key), { value: structuredClone(value) });
    sizes.set(slot(store, key), sizeOf([value]));
  };
  const writes = (): Write[] =>
    [...held].map(([k, h]) =>
      'value' in h
        ? { store: storeOf(k), key: keyOf(k), value: h.value }
        : { store: storeOf(k), key: keyOf(k), remove: true },
    );

  return {
    kind: base.kind,
    ...reads,
    put,
    async update(store, key, change) {
      const next = change(await reads.get(store, key));
      await put(store, key, next);
      return next;
    },
    async delete(store, key) {
      remove(store, key);
    },
    async clear(store) {
      for (const key of await reads.getAllKeys(store)) remove(store, key);
    },
    async write(list) {
      for (const w of list) {
        if ('remove' in w) remove(w.store, w.key);
        else await put(w.store, w.key, w.value);
      }
    },
    async commit() {
      await base.write(writes());
      held.clear();
      sizes.clear();
    },
    bytes: () =>
      Math.max(
        1,
        [...sizes.values()].reduce((sum, n) => sum + n, 0),
      ),
    size: () => held.size,
  };
}
