// The manager's journey in Firefox (Debian's firefox-esr, driven by puppeteer-core over WebDriver
// BiDi): a new firm and its profile, answers, a reload that keeps them, the results with the
// chart, and the PDF report downloaded and read back.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const baseURL = inject('baseURL');
const downloads = mkdtempSync(join(tmpdir(), 'itas-firefox-dl-'));
let browser: Browser | null = null;

beforeAll(async () => {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/pdf,application/json',
      'pdfjs.disabled': true,
      'intl.accept_languages': 'de-DE,de',
    },
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** Clicks the first element matching `selector` whose text contains every one of `texts`. */
async function clickText(page: Page, selector: string, ...texts: string[]) {
  await page.waitForFunction(
    (sel, parts) =>
      [...document.querySelectorAll<HTMLElement>(sel)].some((e) =>
        parts.every((p) => (e.textContent ?? '').includes(p)),
      ),
    { timeout: 20_000 },
    selector,
    texts,
  );
  await page.evaluate(
    (sel, parts) => {
      const el = [...document.querySelectorAll<HTMLElement>(sel)].find((e) =>
        parts.every((p) => (e.textContent ?? '').includes(p)),
      );
      el?.click();
    },
    selector,
    texts,
  );
}

describe('Firefox', () => {
  it('a manager’s journey: profile, answers, reload, results with chart, PDF', async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(baseURL);
    await clickText(page, 'a', 'Bewertung beginnen', 'Resilienz');
    await clickText(page, 'label', 'Neues Unternehmen anlegen');
    await page.waitForSelector('#firm-name');
    await page.type('#firm-name', 'Fuchs GmbH');
    await clickText(page, 'label', 'Geschäftsführung');
    await clickText(page, 'button', 'Weiter zum Unternehmensprofil');
    await clickText(page, 'button', 'Bewertung starten');
    await page.waitForSelector('#dimension-title');
    const id = decodeURIComponent(/#\/a\/([^/]+)/.exec(page.url())?.[1] ?? '');
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
    await page.waitForSelector('[data-testid=radar-chart] .recharts-radar-polygon');

    await clickText(page, 'button', 'Bericht herunterladen');
    const pdf = await new Promise<string>((resolve, reject) => {
      const started = Date.now();
      let size = -1;
      const look = () => {
        // Done once the report's own name is there with a size that no longer changes.
        const file = readdirSync(downloads).find((f) => /^itas-bericht-.*\.pdf$/.test(f));
        const now = file ? statSync(join(downloads, file)).size : -1;
        if (file && now > 0 && now === size && !existsSync(join(downloads, `${file}.part`)))
          return resolve(join(downloads, file));
        size = now;
        if (Date.now() - started > 60_000) return reject(new Error('no PDF downloaded'));
        setTimeout(look, 200);
      };
      look();
    });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Fuchs GmbH');
    expect(text).toContain('Resilienz');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
