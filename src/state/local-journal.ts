// Synchronous write-ahead copies in localStorage, one per record: IndexedDB writes are
// asynchronous, so a tab closed in the moment after a change could lose it. An entry is written
// in the same tick as the change and forgotten once IndexedDB holds the record.
import type { Validated } from '../core/definition/validate';
import { STORAGE_KEYS } from '../storage/keys';

interface Entry {
  updatedAt?: string;
}

export function localJournal(prefix: string) {
  const read = (id: string): unknown => {
    try {
      const text = localStorage.getItem(prefix + id);
      return text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      return undefined;
    }
  };
  const entries = (): unknown[] => {
    const out: unknown[] = [];
    try {
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        if (key?.startsWith(prefix)) out.push(read(key.slice(prefix.length)));
      }
    } catch {
      // No localStorage: no entries.
    }
    return out.filter((x) => x !== undefined);
  };
  return {
    write(id: string, entry: Entry) {
      try {
        localStorage.setItem(prefix + id, JSON.stringify(entry));
      } catch {
        // No localStorage (or full): IndexedDB remains the store; only the last instant is at risk.
      }
    },
    read,
    /** Forgets the entry once IndexedDB holds what it had (nothing newer was typed since). */
    settle(id: string, savedUpdatedAt: string) {
      try {
        const entry = read(id) as Entry | undefined;
        if (!entry || (entry.updatedAt && entry.updatedAt <= savedUpdatedAt))
          localStorage.removeItem(prefix + id);
      } catch {
        // As above.
      }
    },
    /** Forgets the entry (the record is deleted). */
    forget(id: string) {
      try {
        localStorage.removeItem(prefix + id);
      } catch {
        // As above.
      }
    },
    /**
     * Whole records kept in the journal that are newer than (or missing from) `stored`; entries
     * `restore` refuses are left out (the stored copy stands).
     */
    newer<T extends { id: string; updatedAt: string }>(
      stored: readonly T[],
      restore: (value: unknown) => Validated<T>,
    ): T[] {
      const byId = new Map(stored.map((x) => [x.id, x]));
      const out: T[] = [];
      for (const entry of entries()) {
        const r = restore(entry);
        if (!r.ok) continue;
        const old = byId.get(r.value.id);
        if (!old || old.updatedAt < r.value.updatedAt) out.push(r.value);
      }
      return out;
    },
  };
}

/** Forgets every journal ("delete all"), or a reload would bring their entries back. */
export function clearJournals() {
  const prefixes = [STORAGE_KEYS.assessmentJournal, STORAGE_KEYS.caseJournal];
  try {
    for (const key of Object.keys(localStorage))
      if (prefixes.some((p) => key.startsWith(p))) localStorage.removeItem(key);
  } catch {
    // No localStorage: there is no journal either.
  }
}
