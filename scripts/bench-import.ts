// Bench figures: the largest files a device takes in, in Chromium. A backup of 5,000 assessments
// imported on the start page, and a workshop file of 10,000 participants imported on the
// workshops page: from the file input's change event until the import's report is drawn, and the
// longest main-thread block meanwhile (Long Tasks API). Figures only, never pass/fail.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { generatedBackup } from '../src/bench/study-files.ts';
import { workshopFile } from '../src/core/records/workshop.ts';
import { timeUntil } from './bench-study.ts';
import { workshopParticipants } from './bench-workshop.ts';

export const BACKUP_SIZE = 5000;
export const WORKSHOP_SIZE = 10_000;

let dir: string | null = null;
const made = new Map<string, string>();

/** The file `name` with `content()` in a folder of this run (made once). */
function file(name: string, content: () => unknown): string {
  dir ??= mkdtempSync(join(tmpdir(), 'itas-bench-import-'));
  let path = made.get(name);
  if (!path) {
    path = join(dir, name);
    writeFileSync(path, JSON.stringify(content()));
    made.set(name, path);
  }
  return path;
}

export function removeImportFiles() {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
  made.clear();
}

/** A backup of BACKUP_SIZE assessments chosen on the start page, until its report is shown. */
export function importBackupInBrowser(browser: Browser, url: string, cpu: number) {
  const path = file('itas-sicherung.json', () => generatedBackup(BACKUP_SIZE, 2));
  return timeUntil(browser, url, '#/', cpu, 'dialog[open]', (page) =>
    page.locator('input[type=file]').first().setInputFiles(path),
  );
}

/** A workshop file of WORKSHOP_SIZE participants chosen on the workshops page, until its report. */
export function importWorkshopInBrowser(browser: Browser, url: string, cpu: number) {
  const path = file('itas-workshop.json', () => {
    const { workshop, participants } = workshopParticipants(WORKSHOP_SIZE);
    return workshopFile(workshop, participants, workshop.createdAt);
  });
  return timeUntil(browser, url, '#/workshop', cpu, '.workshop-report', (page) =>
    page.getByTestId('workshop-import').setInputFiles(path),
  );
}
