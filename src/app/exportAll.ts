import { now } from '../state/clock';
import { useAppStore } from '../state/app-store';
import { downloadFile } from '../ui/download';
import { rememberBackup } from '../state/backup-reminder';

/**
 * One file with every firm, assessment, case, workshop and draft on this device (and unreadable
 * records, verbatim).
 */
export async function exportAllData() {
  const backend = useAppStore.getState().backend;
  if (!backend) return;
  const { collectAll, backupFileText } = await import('../transfer/files');
  const { firms, assessments, raw, extras } = await collectAll(backend);
  const at = now();
  downloadFile(
    `itas-sicherung-${at.slice(0, 10)}.json`,
    backupFileText(firms, assessments, at, raw, extras),
  );
  rememberBackup(at);
}
