// A backup of 440 assessments on the start page, and a workshop file of 440 participants on the
// workshops page (each over 2 MB, so read in a worker): progress is shown while they are checked
// and taken in, cancelling stores nothing, and the whole file comes in when left to run; the start
// page then draws the first 50 and shows more when asked. (How long the largest files take and the
// longest block of the page: `npm run bench`.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generatedBackup } from '../../src/bench/study-files';
import { workshopFile } from '../../src/core/records/workshop';
import { workshopParticipants } from '../../scripts/bench-workshop';
import { WORKER_FROM } from '../../src/transfer/large-json';
import { openSession, type Session } from './support/browser';

const COUNT = 440;
let dir: string;
let file: string;
let workshop: string;
let session: Session;
/** The workers the page started: a large file is read in one. */
const workers: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'itas-large-'));
  file = join(dir, 'itas-sicherung.json');
  const backupText = JSON.stringify(generatedBackup(COUNT, 2));
  writeFileSync(file, backupText);
  expect(backupText.length, 'read in a worker').toBeGreaterThan(WORKER_FROM);
  workshop = join(dir, 'itas-workshop.json');
  const { workshop: w, participants } = workshopParticipants(COUNT);
  const workshopText = JSON.stringify(workshopFile(w, participants, w.createdAt));
  writeFileSync(workshop, workshopText);
  expect(workshopText.length, 'read in a worker').toBeGreaterThan(WORKER_FROM);
  session = await openSession({ width: 1280, height: 900 });
  session.page.on('worker', (w) => workers.push(w.url()));
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
    expect(
      workers.some((url) => /parse-worker/.test(url)),
      'read in a worker',
    ).toBe(true);
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    expect(await page.getByTestId('storage-usage').innerText()).toContain(
      `Gespeichert: ${COUNT} Bewertungen, ${COUNT / 2} Unternehmen.`,
    );
    expect(session.errors).toEqual([]);
  }, 180_000);

  it('the start page draws 50 of them and more when asked', async () => {
    const { page } = session;
    await page.goto(inject('baseURL'));
    const more = page.locator('.more-rows');
    await more.getByText(`50 von ${COUNT} Bewertungen gezeigt.`).waitFor();
    expect(await page.locator('.assessment-row').count()).toBe(50);
    await more.getByRole('button', { name: 'Weitere zeigen' }).click();
    await more.getByText(`100 von ${COUNT} Bewertungen gezeigt.`).waitFor();
    expect(await page.locator('.assessment-row').count()).toBe(100);
    expect(session.errors).toEqual([]);
  }, 60_000);
});

describe(`a workshop file of ${COUNT} participants`, () => {
  it('shows progress and can be cancelled: nothing of it is stored', async () => {
    const { page } = session;
    await page.goto(`${inject('baseURL')}#/workshop`);
    await page.getByTestId('workshop-import').setInputFiles(workshop);
    const progress = page.locator('.import-progress');
    await progress
      .getByText(new RegExp(`von ${COUNT} Teilnehmenden (geprüft|übernommen)`))
      .waitFor();
    await progress.getByRole('button', { name: 'Abbrechen' }).click();
    await page
      .locator('.workshop-report')
      .getByText('Abgebrochen: Nichts aus dieser Datei wurde übernommen.')
      .waitFor();
    expect(await page.locator('.workshop-list li').count()).toBe(0);
  }, 120_000);

  it('comes in whole when left to run', async () => {
    const { page } = session;
    await page.getByTestId('workshop-import').setInputFiles(workshop);
    await page
      .locator('.workshop-report')
      .getByText(`„Benchmark-Workshop“ wurde mit ${COUNT} Teilnehmenden übernommen.`)
      .waitFor({ timeout: 120_000 });
    await page.locator('.workshop-list li').first().waitFor();
    expect(await page.locator('.workshop-list li').count()).toBe(1);
    expect(session.errors).toEqual([]);
  }, 180_000);
});
