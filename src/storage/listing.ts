import type { Validated } from '../core/definition/validate';
import type { Backend } from './backend';
import type { StoreName } from './keys';

/** Reads one stored record: the record, or null when it cannot be read. */
export type ReadRecord<T> = (record: unknown, key: string) => T | null;

/**
 * A record read through core's `restore`; with `keyOf`, only under its own key (a record found
 * under another key is not trusted).
 */
export function readWith<T>(
  restore: (record: unknown) => Validated<T>,
  keyOf?: (value: T) => string,
): ReadRecord<T> {
  return (record, key) => {
    const r = restore(record);
    return r.ok && (!keyOf || keyOf(r.value) === key) ? r.value : null;
  };
}

/**
 * Every record of a store, each read by `read`. A record that cannot be read is kept in storage
 * and its key listed, never dropped.
 */
export async function listStore<T>(
  backend: Backend,
  store: StoreName,
  read: ReadRecord<T>,
): Promise<{ items: T[]; unreadable: string[] }> {
  const items: T[] = [];
  const unreadable: string[] = [];
  for (const [key, record] of await backend.entries(store)) {
    const item = read(record, key);
    if (item === null) unreadable.push(key);
    else items.push(item);
  }
  return { items, unreadable };
}
