import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startAssessment } from './support/app';
import { openSession, type Session } from './support/browser';

const baseURL = inject('baseURL');
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** Writes a record straight into the app's IndexedDB, as a damaged or future version would be. */
async function putRaw(page: Page, store: string, key: string, value: unknown) {
  await page.evaluate(
    ({ store, key, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('itas-transformations-check');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          tx.objectStore(store).put(value, key);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, key, value },
  );
}

describe('storage faults', () => {
  it('a damaged record and one from a newer version: the app starts, says so, keeps both and exports them raw', async () => {
    session = await openSession();
    const { page } = session;
    await startAssessment(page, baseURL, { questionnaire: 'technology', firm: 'Alt GmbH' });
    await page.locator('.question input[type=radio]').first().click();
    await page.goto(baseURL);
    await page.locator('.assessment-row').first().waitFor();
    await putRaw(page, 'assessments', 'damaged', {
      recordVersion: 1,
      id: 'damaged',
      packed: 'not an object',
    });
    await putRaw(page, 'assessments', 'future', {
      recordVersion: 7,
      id: 'future',
      whatever: { from: 'the future' },
    });
    await page.reload();
    await page
      .getByText('2 gespeicherte Einträge konnten nicht gelesen werden', { exact: false })
      .waitFor();
    expect(
      await page.locator('.assessment-row').count(),
      'the readable assessment is still listed',
    ).toBe(1);
    await page.getByRole('link', { name: 'Einstellungen', exact: true }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Sicherung aller Daten exportieren' }).click();
    const backup = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
    expect(backup.assessments).toHaveLength(1);
    expect(backup.unreadable, 'nothing is silently dropped').toEqual(
      expect.arrayContaining([
        { recordVersion: 1, id: 'damaged', packed: 'not an object' },
        { recordVersion: 7, id: 'future', whatever: { from: 'the future' } },
      ]),
    );
    await page.reload();
    await page
      .getByText('2 gespeicherte Einträge konnten nicht gelesen werden', { exact: false })
      .waitFor();
  });
  it('a damaged case record: the coaching page says so and the export carries it raw', async () => {
    session = await openSession();
    const { page, errors } = session;
    await page.goto(`${baseURL}#/coach`);
    await page.getByRole('heading', { name: 'Coaching-Arbeitsplatz' }).waitFor();
    await putRaw(page, 'cases', 'broken-case', { id: 'broken-case', name: 42 });
    await page.reload();
    const notice = page.getByTestId('cases-unreadable');
    await notice.getByText('1 gespeicherter Eintrag konnte nicht gelesen werden').waitFor();
    const downloading = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Alle Daten exportieren' }).click();
    const backup = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
    expect(backup.unreadable).toEqual([{ id: 'broken-case', name: 42 }]);
    expect(errors).toEqual([]);
  });
});
