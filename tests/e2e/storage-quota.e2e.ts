import { readFileSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startAssessment } from './support/app';
import { CHROME_ARGS, CHROME_PATH } from './support/browser';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;
const QUOTA = 8 * 1024 * 1024;

let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

/**
 * A fresh, non-persistent context. Chromium applies a lowered quota only to an origin that has not
 * stored anything yet in the context, so the quota is set before the first page loads, and the
 * storage is then filled up to it.
 */
async function openContext(): Promise<{
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  errors: string[];
}> {
  browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: CHROME_ARGS,
    headless: true,
  });
  const context = await browser.newContext({
    locale: 'de-DE',
    acceptDownloads: true,
    // No precache growing in the background while the storage is being filled.
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, errors };
}

/** Sets the origin's quota (DevTools protocol), or lifts the override (null). */
async function setQuota(cdp: CDPSession, quotaSize: number | null) {
  await cdp.send(
    'Storage.overrideQuotaForOrigin',
    quotaSize === null ? { origin } : { origin, quotaSize },
  );
}

/**
 * Fills the origin's storage up to its quota with a database of its own: chunks of falling size
 * until not even a kilobyte fits. Returns the bytes written.
 */
function fillStorage(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('quota-filler');
      open.onupgradeneeded = () => open.result.createObjectStore('blobs');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => resolve(open.result);
    });
    const put = (bytes: number, key: number) =>
      new Promise<boolean>((resolve) => {
        const data = new Uint8Array(bytes);
        for (let i = 0; i < bytes; i += 65536) crypto.getRandomValues(data.subarray(i, i + 65536));
        const tx = db.transaction('blobs', 'readwrite');
        tx.objectStore('blobs').put(data, key);
        tx.oncomplete = () => resolve(true);
        tx.onabort = () => resolve(false);
      });
    let written = 0;
    let key = 0;
    for (let chunk = 1024 * 1024; chunk >= 1024; chunk /= 4) {
      while (await put(chunk, key++)) written += chunk;
    }
    db.close();
    return written;
  });
}

/**
 * Tries to write 64 KiB into the app's own database (its unused "meta" store): the error name, or
 * 'ok'. The app's database, because a database created after the fill escapes the check.
 */
function probeWrite(page: Page) {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('itas-transformations-check');
        open.onerror = () => resolve(open.error?.name ?? 'open failed');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('meta', 'readwrite');
          const data = new Uint8Array(64 * 1024);
          crypto.getRandomValues(data);
          tx.objectStore('meta').put(data, 'quota-probe');
          tx.oncomplete = () => {
            // It went through: take it out again, the app's data stays as it was.
            const clean = db.transaction('meta', 'readwrite');
            clean.objectStore('meta').delete('quota-probe');
            clean.oncomplete = () => {
              db.close();
              resolve('ok');
            };
          };
          tx.onabort = () => {
            db.close();
            resolve(tx.error?.name ?? 'aborted');
          };
        };
      }),
  );
}

/** The record the app stored for an assessment, read straight from IndexedDB. */
function storedAnswers(page: Page, id: string) {
  return page.evaluate(
    (id) =>
      new Promise<Record<string, { value?: unknown }> | null>((resolve, reject) => {
        const open = indexedDB.open('itas-transformations-check');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('assessments').objectStore('assessments').get(id);
          get.onsuccess = () => {
            db.close();
            const record = get.result as { packed?: { answers?: never } } | undefined;
            resolve(record?.packed?.answers ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

const journalKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('itas.journal.')));

describe('storage quota exceeded', () => {
  it('saving fails: the app says so, keeps the answers, exports them, and stores them once there is room', async () => {
    const { page, cdp, errors } = await openContext();
    // Lowered before the origin stores anything: Chromium applies it then (not to storage in use).
    await setQuota(cdp, QUOTA);
    await startAssessment(page, baseURL, { questionnaire: 'technology', firm: 'Voll GmbH' });
    const answerUrl = page.url();
    const id = decodeURIComponent(/#\/a\/([^/]+)/.exec(new URL(answerUrl).hash)?.[1] ?? '');
    expect(id, 'the assessment id is in the address').not.toBe('');
    const maturity = page.locator('.question:has(.level-number)');
    const questionId = async (n: number) =>
      ((await maturity.nth(n).getAttribute('id')) ?? '').replace(/^q-/, '');
    const [first, second] = [await questionId(0), await questionId(1)];
    await maturity.nth(0).locator('input[type=radio][id$="-2"]').click();
    // Saved: the journal is cleared once IndexedDB holds the answer.
    await expect.poll(() => journalKeys(page)).toEqual([]);
    expect(await storedAnswers(page, id)).toHaveProperty([first, 'value'], 2);

    await fillStorage(page);
    expect(await probeWrite(page), 'writes fail now').toBe('QuotaExceededError');

    // An answer given now cannot be saved: the app says so, in plain words.
    await maturity.nth(1).locator('input[type=radio][id$="-4"]').click();
    const banner = page
      .getByRole('alert')
      .filter({ hasText: 'Der Speicher dieses Geräts ist voll' });
    await banner.waitFor();
    expect(await storedAnswers(page, id), 'IndexedDB did not take it').not.toHaveProperty(second);
    expect(await journalKeys(page), 'the journal keeps it').toEqual([`itas.journal.${id}`]);
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: "This device's storage is full" })
      .getByRole('button', { name: 'Export now' })
      .waitFor();
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await banner.waitFor();

    // The export offered carries the answer that could not be saved.
    const downloading = page.waitForEvent('download');
    await banner.getByRole('button', { name: 'Jetzt exportieren' }).click();
    const backup = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
    expect(backup.format).toBe('itas-backup');
    const exported = (backup.assessments as { id: string; answers: object }[]).find(
      (a) => a.id === id,
    );
    expect(exported?.answers).toHaveProperty([first, 'value'], 2);
    expect(exported?.answers, 'nothing silently dropped').toHaveProperty([second, 'value'], 4);
    expect(backup.firms.map((f: { name: string }) => f.name)).toEqual(['Voll GmbH']);

    // A reload while the storage is still full: the answers are back on screen (from the journal),
    // and the app says again that they are not saved.
    await page.reload();
    await page.locator('#dimension-title').waitFor();
    await banner.waitFor();
    expect(await maturity.nth(0).locator('input[type=radio][id$="-2"]').isChecked()).toBe(true);
    expect(await maturity.nth(1).locator('input[type=radio][id$="-4"]').isChecked()).toBe(true);

    // Room again: "save again" stores everything, the message goes, and a reload shows it all.
    await setQuota(cdp, null);
    expect(await probeWrite(page), 'writes work again').toBe('ok');
    await banner.getByRole('button', { name: 'Erneut speichern' }).click();
    await banner.waitFor({ state: 'detached' });
    expect(await storedAnswers(page, id)).toHaveProperty([second, 'value'], 4);
    await expect.poll(() => journalKeys(page), { message: 'the journal is done with' }).toEqual([]);
    await page.reload();
    await page.locator('#dimension-title').waitFor();
    expect(await maturity.nth(0).locator('input[type=radio][id$="-2"]').isChecked()).toBe(true);
    expect(await maturity.nth(1).locator('input[type=radio][id$="-4"]').isChecked()).toBe(true);
    expect(await page.getByRole('alert').count(), 'no warning left').toBe(0);
    expect(errors).toEqual([]);
  });

  it('full from the start: a new firm and assessment exist only on screen, and the export carries both', async () => {
    const { page, cdp, errors } = await openContext();
    await setQuota(cdp, QUOTA);
    await page.goto(baseURL);
    await page.locator('h1').first().waitFor();
    await fillStorage(page);
    expect(await probeWrite(page), 'writes fail now').toBe('QuotaExceededError');

    await startAssessment(page, baseURL, { questionnaire: 'resilience', firm: 'Ohne Platz GmbH' });
    const banner = page
      .getByRole('alert')
      .filter({ hasText: 'Der Speicher dieses Geräts ist voll' });
    await banner.waitFor();
    const card = page.locator('.question:has(.level-number)').first();
    const question = ((await card.getAttribute('id')) ?? '').replace(/^q-/, '');
    await card.locator('input[type=radio][id$="-3"]').click();
    await expect.poll(() => page.locator('.question[data-answered="yes"]').count()).toBe(1);

    const downloading = page.waitForEvent('download');
    await banner.getByRole('button', { name: 'Jetzt exportieren' }).click();
    const backup = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
    expect(backup.firms.map((f: { name: string }) => f.name)).toEqual(['Ohne Platz GmbH']);
    expect(backup.assessments).toHaveLength(1);
    expect(backup.assessments[0].firm.name).toBe('Ohne Platz GmbH');
    expect(backup.assessments[0].answers).toHaveProperty([question, 'value'], 3);
    expect(Object.keys(backup.definitions), 'the questionnaire travels along').toHaveLength(2);
    expect(errors).toEqual([]);
  });
});
