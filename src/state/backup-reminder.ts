import type { AssessmentSummary } from '../core/scoring/summary';

const LAST_BACKUP = 'itas.lastBackup';
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export function rememberBackup(at: string) {
  try {
    localStorage.setItem(LAST_BACKUP, at);
  } catch {
    // Without localStorage the reminder simply shows again.
  }
}

function lastBackup(): number {
  try {
    return Date.parse(localStorage.getItem(LAST_BACKUP) ?? '') || 0;
  } catch {
    return 0;
  }
}

/** Work changed since the last backup file that is older than a week. */
export function needsBackup(summaries: AssessmentSummary[], now: number): boolean {
  const since = lastBackup();
  return summaries.some((s) => {
    const changed = Date.parse(s.updatedAt);
    return changed > since && now - changed > WEEK_MS;
  });
}

let asked = false;
/** Asks once per visit that the browser keep this origin's data (it may say no, or ask the person). */
export function requestPersistence() {
  if (asked) return;
  asked = true;
  void navigator.storage?.persist?.().catch(() => undefined);
}
