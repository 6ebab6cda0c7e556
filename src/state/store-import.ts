// Every import is stored all or nothing: its reads and writes run against a staging copy of the
// device's storage, then all its writes go to IndexedDB in one transaction. When the device has
// too little room, nothing of the file is stored and the person is told how much it needs, how
// much is free, and what to do.
import { problem, type Problem } from '../core/common/problems';
import type { Backend } from '../storage/backend';
import { saveProblemOf } from '../storage/pending';
import { staging } from '../storage/staging';
import { openStorage, useAppStore } from './app-store';

export type Stored<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** Free bytes of this site's storage as the browser estimates them; null when it cannot say. */
async function freeBytes(): Promise<number | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (!estimate || estimate.quota === undefined) return null;
    return Math.max(0, estimate.quota - (estimate.usage ?? 0));
  } catch {
    return null;
  }
}

/** A size for people: kilobytes below a megabyte, megabytes (one decimal) above. */
function amount(bytes: number): { value: number; unit: 'KB' | 'MB' } {
  return bytes < 1024 * 1024
    ? { value: Math.max(1, Math.ceil(bytes / 1024)), unit: 'KB' }
    : { value: Math.round((bytes / (1024 * 1024)) * 10) / 10, unit: 'MB' };
}

/** The problem of an import that did not fit (or could not be written for another reason). */
export async function storageProblem(error: unknown, neededBytes: number): Promise<Problem> {
  if (error !== null && saveProblemOf(error) !== 'quota')
    return problem('storage_failed', [], {
      detail: (error as { message?: string } | null)?.message || String(error),
    });
  const needed = amount(neededBytes);
  const free = await freeBytes();
  if (free === null)
    return problem('storage_full_unknown', [], { needed: needed.value, neededUnit: needed.unit });
  const room = amount(free);
  return problem('storage_full', [], {
    needed: needed.value,
    neededUnit: needed.unit,
    free: free === 0 ? 0 : room.value,
    freeUnit: room.unit,
  });
}

/**
 * Runs `work` against a staging copy of storage (its own reads see its writes) and stores what it
 * wrote in one transaction. A file larger than the room the browser reports is refused before
 * anything is written; a write that fails anyway stores nothing either.
 */
export async function storeAll<T>(work: (staged: Backend) => Promise<T>): Promise<Stored<T>> {
  await useAppStore.getState().init();
  const staged = staging(await openStorage());
  const value = await work(staged);
  if (staged.size() === 0) return { ok: true, value };
  const needed = staged.bytes();
  const free = await freeBytes();
  if (free !== null && needed > free)
    return { ok: false, problem: await storageProblem(null, needed) };
  try {
    await staged.commit();
  } catch (error) {
    return { ok: false, problem: await storageProblem(error, needed) };
  }
  return { ok: true, value };
}
