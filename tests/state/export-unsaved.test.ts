// "Export all" carries what storage does not have yet: case edits still in their journal.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBackupText } from '../../src/core/records/backup';
import { newCase } from '../../src/core/records/case';
import { exportWithUnsaved } from '../../src/state/journal';
import { localJournal } from '../../src/state/local-journal';
import { saveCase } from '../../src/storage/cases';
import { STORAGE_KEYS } from '../../src/storage/keys';
import { resetStores } from '../support/render';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('exportWithUnsaved', () => {
  it('puts a case edit that only its journal holds into the backup', async () => {
    const backend = resetStores();
    const stored = newCase('c1', { id: 'f1', name: 'Muster GmbH' }, '2026-11-24T10:00:00.000Z');
    await saveCase(backend, stored);
    const edited = {
      ...stored,
      notes: { 'q/A': { text: 'Nur im Journal', at: '2026-11-24T10:05:00.000Z' } },
      updatedAt: '2026-11-24T10:05:00.000Z',
    };
    localJournal(STORAGE_KEYS.caseJournal).write(edited.id, edited);
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      files.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    await exportWithUnsaved(null);
    expect(files).toHaveLength(1);
    const backup = readBackupText(await files[0]!.text());
    if (!backup.ok) throw new Error(JSON.stringify(backup.problems));
    const cases = backup.value.cases;
    expect(cases).toHaveLength(1);
    expect(cases[0]!.notes['q/A']?.text).toBe('Nur im Journal');
  });
});
