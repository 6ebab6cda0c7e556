// A synchronous write-ahead copy of the open assessment's answers, notes and targets in
// localStorage. IndexedDB writes are asynchronous: a reload or a closed tab in the moment after a
// click could lose the last answer. The journal is written in the same tick as the change and
// merged back (newer entry wins) when the assessment is opened again.
import type { Assessment } from '../core/assessment';

const PREFIX = 'itas.journal.';

type Journaled = Pick<Assessment, 'answers' | 'notes' | 'targets' | 'profile' | 'updatedAt'>;

export function writeJournal(a: Assessment) {
  try {
    const entry: Journaled = {
      answers: a.answers,
      notes: a.notes,
      targets: a.targets,
      profile: a.profile,
      updatedAt: a.updatedAt,
    };
    localStorage.setItem(PREFIX + a.id, JSON.stringify(entry));
  } catch {
    // No localStorage (or full): IndexedDB remains the store; only the last instant is at risk.
  }
}

export function readJournal(id: string): unknown {
  try {
    const text = localStorage.getItem(PREFIX + id);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets the journal once IndexedDB holds everything it had (nothing newer was typed since). */
export function clearJournal(id: string, savedUpdatedAt: string) {
  try {
    const journal = readJournal(id) as { updatedAt?: string } | undefined;
    if (!journal || (journal.updatedAt && journal.updatedAt <= savedUpdatedAt))
      localStorage.removeItem(PREFIX + id);
  } catch {
    // See writeJournal.
  }
}
