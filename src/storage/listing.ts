import type { Backend } from './backend';
import type { StoreName } from './keys';

/**
 * Every record of a store, each read by `read` (null: it cannot be read). A record that cannot be
 * read is kept in storage and its key listed, never dropped.
 */
export async function listStore<T>(
  backend: Backend,
  store: StoreName,
  read: (record: unknown, key: string) => T | null,
): Promise<{ items: T[]; unreadable: string[] }> {
  const keys = await backend.getAllKeys(store);
  const records = await backend.getAll(store);
  const items: T[] = [];
  const unreadable: string[] = [];
  records.forEach((record, i) => {
    const key = keys[i] ?? `#${i}`;
    const item = read(record, key);
    if (item === null) unreadable.push(key);
    else items.push(item);
  });
  return { items, unreadable };
}
