// A backup of 1,000 assessments on the start page: progress is shown while it is checked and
// stored, cancelling stores nothing of it, and the whole backup comes in when left to run. (How
// long it takes and the longest block of the page: `npm run bench`.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generatedBackup } from '../../src/bench/study-files';
import { openSession, type Session } from './support/browser';

const COUNT = 400;
let dir: string;
let file: string;
let session: Session;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'itas-large-'));
  file = join(dir, 'itas-sicherung.json');
  writeFileSync(file, JSON.stringify(generatedBackup(COUNT, 2)));
  session = await openSession({ width: 1280, height: 900 });
}, 60_000);
afterAll(async () => {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
});

describe(`a backup of ${COUNT} assessments`, () => {
  it('shows progress and can be cancelled: nothing of it is stored', async () => {
    const { page } = session;
    await page.goto(inject('baseURL'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('input[type=file]').setInputFiles(file);
    const progress = page.locator('.import-progress');
    await progress.getByText(new RegExp(`von ${COUNT} Bewertungen geprüft`)).waitFor();
    await progress.getByRole('button', { name: 'Abbrechen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Abgebrochen: Nichts aus dieser Datei wurde übernommen.').waitFor();
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await page.goto(`${inject('baseURL')}#/settings`);
    await page
      .getByTestId('storage-usage')
      .getByText('Gespeichert: 0 Bewertungen, 0 Unternehmen.')
      .waitFor();
  }, 120_000);

  it('comes in whole when left to run', async () => {
    const { page } = session;
    await page.locator('input[type=file]').setInputFiles(file);
    const dialog = page.getByRole('dialog');
    await dialog
      .getByText(`Sicherung gelesen: ${COUNT} Bewertungen hinzugefügt, 0 Einträge abgelehnt.`)
      .waitFor({ timeout: 120_000 });
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    expect(await page.getByTestId('storage-usage').innerText()).toContain(
      `Gespeichert: ${COUNT} Bewertungen, ${COUNT / 2} Unternehmen.`,
    );
    expect(session.errors).toEqual([]);
  }, 180_000);
});
