// A synchronous write-ahead copy of the open assessment's answers, notes and targets in
// localStorage. IndexedDB writes are asynchronous: a reload or a closed tab in the moment after a
// click could lose the last answer. The journal is written in the same tick as the change and
// merged back (newer entry wins) when the assessment is opened again.
import { mergeAssessments, restoreAssessment, type Assessment } from '../core/records/assessment';
import type { Firm } from '../core/records/firm';
import { STORAGE_KEYS } from '../storage/keys';
import { localJournal } from './local-journal';
import { useAppStore, storage } from './app-store';
import { rememberBackup } from './backup-reminder';
import { now } from './clock';
import { downloadFile } from '../transfer/download';

const journal = localJournal(STORAGE_KEYS.assessmentJournal);

type Journaled = Pick<Assessment, 'answers' | 'notes' | 'targets' | 'profile' | 'updatedAt'>;

export function writeJournal(a: Assessment) {
  const entry: Journaled = {
    answers: a.answers,
    notes: a.notes,
    targets: a.targets,
    profile: a.profile,
    updatedAt: a.updatedAt,
  };
  journal.write(a.id, entry);
}

/** Forgets the journal once IndexedDB holds everything it had (nothing newer was typed since). */
export const clearJournal = (id: string, savedUpdatedAt: string) =>
  journal.settle(id, savedUpdatedAt);

/**
 * The stored copy with what its journal holds beyond it (newer entry wins): the answers given
 * after the last save that went through, a failed one included.
 */
export function withJournal(stored: Assessment): Assessment {
  const entry = journal.read(stored.id);
  if (!entry || typeof entry !== 'object') return stored;
  const candidate = restoreAssessment({ ...stored, ...entry });
  if (!candidate.ok || candidate.value.updatedAt <= stored.updatedAt) return stored;
  return mergeAssessments(stored, candidate.value);
}

/**
 * The backup of everything on this device, with what could not be saved (a full or failing
 * storage): the open assessment as it is on screen, every journal's entries beyond the stored
 * copy, and firms kept only in memory; with the cases, workshops and drafts. Every "export all"
 * button uses it.
 */
export async function exportWithUnsaved(open: Assessment | null) {
  const app = useAppStore.getState();
  const backend = storage();
  if (!backend) return;
  const [{ collectAll, backupFileText }, { restoreCase }] = await Promise.all([
    import('../transfer/files'),
    import('../core/records/case'),
  ]);
  const { firms, assessments, raw, extras } = await collectAll(backend);
  // Case edits not yet in IndexedDB (a full or failing storage) are in their journal.
  const stored = extras.cases ?? [];
  const newer = localJournal(STORAGE_KEYS.caseJournal).newer(stored, restoreCase);
  const ids = new Set(newer.map((c) => c.id));
  extras.cases = [...stored.filter((c) => !ids.has(c.id)), ...newer];
  const all = assessments.map(withJournal);
  if (open) {
    const i = all.findIndex((a) => a.id === open.id);
    if (i < 0) all.push(open);
    else all[i] = mergeAssessments(all[i]!, open);
  }
  const byId = new Map<string, Firm>(firms.map((f) => [f.id, f]));
  for (const firm of Object.values(app.firms)) {
    const stored = byId.get(firm.id);
    if (!stored || stored.updatedAt < firm.updatedAt) byId.set(firm.id, firm);
  }
  const at = now();
  downloadFile(
    `itas-sicherung-${at.slice(0, 10)}.json`,
    backupFileText([...byId.values()], all, at, raw, extras),
  );
  rememberBackup(at);
}
