// The manager's journey in Firefox (Debian's firefox-esr, driven by puppeteer-core over WebDriver
// BiDi): a new firm and its profile, answers, a reload that keeps them, the results with the
// chart, and the PDF report downloaded and read back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
    await page.waitForSelector('[data-testid=radar-chart] .recharts-radar-polygon');

    await clickText(page, 'button', 'Bericht herunterladen');
    const pdf = await downloadedReport(downloads);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Fuchs GmbH');
    expect(text).toContain('Resilienz');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
