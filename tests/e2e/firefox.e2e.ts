// The manager's journey in Firefox (Debian's firefox-esr, driven by puppeteer-core over WebDriver
// BiDi): a new firm and its profile, answers, a reload that keeps them, the results with the
// chart, and the PDF report downloaded and read back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  clickText,
  downloadedReport,
  launchFirefox,
  startInFirefox,
  watchErrors,
} from './support/firefox';
import { generatedBackup } from '../../src/bench/study-files';
import { WORKER_FROM } from '../../src/transfer/large-json';

const baseURL = inject('baseURL');
const downloads = mkdtempSync(join(tmpdir(), 'itas-firefox-dl-'));
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchFirefox(downloads);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(downloads, { recursive: true, force: true });
});

describe('Firefox', () => {
  it('a manager’s journey: profile, answers, reload, results with chart, PDF', async () => {
    const page = await browser!.newPage();
    const errors = watchErrors(page);
    await page.goto(baseURL);
    const id = await startInFirefox(page, 'Fuchs GmbH');
    expect(id).not.toBe('');

    const levels = [2, 4, 3];
    for (const [n, level] of levels.entries())
      await page.evaluate(
        (n, level) => {
          const card = document.querySelectorAll('.question:has(.level-number)')[n];
          card?.querySelector<HTMLInputElement>(`input[type=radio][id$="-${level}"]`)?.click();
        },
        n,
        level,
      );
    const checked = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.question:has(.level-number)')]
          .slice(0, 3)
          .map((q) => q.querySelector<HTMLInputElement>('input[type=radio]:checked')?.id.slice(-1)),
      );
    expect(await checked()).toEqual(['2', '4', '3']);
    // Saved: the journal is cleared once IndexedDB holds the answers.
    await page.waitForFunction(
      () => Object.keys(localStorage).filter((k) => k.startsWith('itas.journal.')).length === 0,
      { timeout: 20_000 },
    );
    await page.reload();
    await page.waitForSelector('#dimension-title');
    await page.waitForFunction(
      () => document.querySelectorAll('.question input[type=radio]:checked').length >= 3,
      { timeout: 20_000 },
    );
    expect(await checked(), 'the answers are back after a reload').toEqual(['2', '4', '3']);

    await page.evaluate((id) => (location.hash = `#/a/${encodeURIComponent(id)}/results`), id);
    await page.waitForSelector('[data-testid=overall-index]');
    await page.waitForSelector('[data-testid=field-chart] .field-bar');

    await clickText(page, 'button', 'Bericht herunterladen');
    const pdf = await downloadedReport(downloads);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Fuchs GmbH');
    expect(text).toContain('Resilienz');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('completes the resilience check with the keyboard only', async () => {
    // A context of its own: a new device, no firm from the test before.
    const context = await browser!.createBrowserContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    /** Presses Tab until the focused element matches; fails after `limit` presses. */
    const tabTo = async (matches: string, limit = 150) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, matches))
          return;
      }
      throw new Error(`Tab never reached ${matches}`);
    };
    const idle = (selector: string) => page.waitForSelector(selector, { timeout: 20_000 });
    await page.goto(baseURL);
    await idle('h1');
    await tabTo('a[href="#/new/resilience"]');
    await page.keyboard.press('Enter');
    await idle('#firm-name');
    await tabTo('#firm-name');
    await page.keyboard.type('Tastatur Fuchs GmbH');
    await tabTo('input[name=role]');
    await page.keyboard.press(' ');
    await tabTo('button.primary');
    await page.keyboard.press('Enter');
    await page
      .waitForFunction(() => document.querySelector('h1')?.textContent?.includes('profil'), {
        timeout: 20_000,
      })
      .catch(async (e: unknown) => {
        throw new Error(
          `${String(e)}: ${await page.evaluate(() => document.querySelector('main')?.textContent?.slice(0, 400))}`,
        );
      });
    await tabTo('button.primary');
    await page.keyboard.press('Enter');
    await idle('#dimension-title');

    let n = 0;
    for (let dimension = 0; dimension < 8; dimension++) {
      for (;;) {
        const next = await page.evaluate(
          () => document.querySelector('.question[data-answered="no"]')?.id ?? null,
        );
        if (!next) break;
        await tabTo(`#${next} input, #${next} textarea`);
        const kind = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement;
          return el.closest('.choices-cards') ? 'level' : el.type;
        });
        if (kind === 'level') await page.keyboard.press(String((n % 5) + 1) as '1');
        else if (kind === 'radio' || kind === 'checkbox') await page.keyboard.press(' ');
        else await page.keyboard.type(String(3 + (n % 4)));
        n++;
        await page.waitForFunction(
          (id) => document.getElementById(id)?.getAttribute('data-answered') === 'yes',
          { timeout: 10_000 },
          next,
        );
      }
      await tabTo('.dimension-pager .button.primary');
      await page.keyboard.press('Enter');
      if (dimension < 7)
        await page.waitForFunction(
          (d) =>
            location.hash.endsWith(`/d/${d}`) && document.activeElement?.id === 'dimension-title',
          { timeout: 20_000 },
          dimension + 1,
        );
      else await page.waitForFunction(() => location.hash.endsWith('/review'));
    }
    await page.waitForFunction(() =>
      document.body.textContent?.includes('Sie haben alle Fragen beantwortet.'),
    );
    await tabTo('a[href$="/results"]');
    await page.keyboard.press('Enter');
    await idle('[data-testid=overall-index]');
    expect(n, 'every scored question answered by keyboard').toBeGreaterThanOrEqual(40);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('a backup of over 2 MB comes in, read in a worker', async () => {
    const file = join(downloads, 'itas-sicherung.json');
    const text = JSON.stringify(generatedBackup(440, 2));
    expect(text.length).toBeGreaterThan(WORKER_FROM);
    writeFileSync(file, text);
    const page = await browser!.newPage();
    const errors = watchErrors(page);
    await page.goto(baseURL);
    const input = await page.waitForSelector('input[type=file]');
    await input!.uploadFile(file);
    await page.waitForFunction(
      () =>
        document
          .querySelector('dialog[open]')
          ?.textContent?.includes('Sicherung gelesen: 440 Bewertungen hinzugefügt'),
      { timeout: 60_000 },
    );
    const workerRead = await page.evaluate(() =>
      performance.getEntriesByType('resource').some((e) => /parse-worker/.test(e.name)),
    );
    expect(workerRead, 'the worker was loaded').toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
