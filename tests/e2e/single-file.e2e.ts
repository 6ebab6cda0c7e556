import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answerAll, startAssessment } from './support/app';
import { openSession, type Session } from './support/browser';
import { downloadReport } from './support/pdf';
import {
  clickText,
  downloadedReport,
  launchFirefox,
  startInFirefox,
  watchErrors,
} from './support/firefox';
import { offeredReport, startInWebKit, startWebKit } from './support/webkit';
import { By, until } from 'selenium-webdriver';

const ROOT = join(import.meta.dirname, '..', '..');
const FILE = join(ROOT, 'dist-single', 'index.html');
let session: Session | null = null;

beforeAll(() => {
  if (process.env.E2E_SKIP_BUILD && existsSync(FILE)) return;
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--mode',
      'single',
      '--logLevel',
      'warn',
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
});
afterEach(async () => {
  await session?.close();
  session = null;
});

/** The single file fits on any stick and opens fast: 2.0 MB at most (it was 2.38 MB with jsPDF's unused extras). */
const SINGLE_FILE_MAX_BYTES = 2_000_000;

describe('single-file edition', () => {
  it(`is at most ${SINGLE_FILE_MAX_BYTES / 1e6} MB and carries none of jsPDF's unused HTML and SVG rendering`, () => {
    const text = readFileSync(FILE, 'utf8');
    expect(statSync(FILE).size).toBeLessThanOrEqual(SINGLE_FILE_MAX_BYTES);
    expect(text, 'DOMPurify is not built').not.toContain('uponSanitizeElement');
    expect(text, 'canvg is not built').not.toContain('RGBColor');
  });

  it('runs from file:// with no network: a whole assessment to its results', async () => {
    session = await openSession();
    const { page, context } = session;
    // No network at all: anything that is not the file itself is refused.
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue();
      requests.push(url);
      return route.abort();
    });
    const url = pathToFileURL(FILE).href;
    await startAssessment(page, url, { questionnaire: 'resilience', firm: 'USB-Stick GmbH' });
    await answerAll(page);
    await page.getByRole('link', { name: 'Ergebnisse anzeigen' }).click();
    await page.getByTestId('overall-index').waitFor();
    await expect
      .poll(() => page.locator('[data-testid=field-chart] .field-bar').count())
      .toBeGreaterThanOrEqual(2);
    const report = await downloadReport(page);
    expect(report.text).toContain('USB-Stick GmbH');
    // Its assessments export like any other.
    await page.goto(url);
    const downloading = page.waitForEvent('download');
    await page.locator('.row-menu > summary').first().click();
    await page
      .getByRole('button', { name: /^Exportieren/ })
      .first()
      .click();
    expect((await downloading).suggestedFilename()).toMatch(/^itas-resilience-usb-stick-gmbh-/);
    expect(requests, 'no request left the file').toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('runs from file:// in Firefox too: an assessment, its results with the chart, the PDF', async () => {
    const downloads = mkdtempSync(join(tmpdir(), 'itas-single-ff-'));
    const firefox = await launchFirefox(downloads);
    try {
      const page = await firefox.newPage();
      const errors = watchErrors(page);
      await page.goto(pathToFileURL(FILE).href);
      const id = await startInFirefox(page, 'Stick Fuchs GmbH');
      await page.evaluate(() =>
        document
          .querySelector('.question:has(.level-number) input[type=radio][id$="-3"]')
          ?.dispatchEvent(new MouseEvent('click', { bubbles: true })),
      );
      await page.waitForSelector('.question[data-answered="yes"]');
      await page.evaluate((id) => (location.hash = `#/a/${encodeURIComponent(id)}/results`), id);
      await page.waitForSelector('[data-testid=field-chart] .field-bar');
      await clickText(page, 'button', 'Bericht herunterladen');
      const pdf = await downloadedReport(downloads);
      expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(
        'Stick Fuchs GmbH',
      );
      expect(errors).toEqual([]);
    } finally {
      await firefox.close();
      rmSync(downloads, { recursive: true, force: true });
    }
  });

  it('runs from file:// in WebKit too: an assessment, its results with the chart, the PDF', async () => {
    const webkit = await startWebKit();
    try {
      const d = webkit.driver;
      await d.get(pathToFileURL(FILE).href);
      const id = await startInWebKit(d, 'Stick Safari GmbH');
      await d.executeScript(() =>
        document
          .querySelector<HTMLInputElement>(
            '.question:has(.level-number) input[type=radio][id$="-3"]',
          )
          ?.click(),
      );
      await d.wait(until.elementLocated(By.css('.question[data-answered="yes"]')), 20_000);
      await d.executeScript(
        (id: string) => (location.hash = `#/a/${encodeURIComponent(id)}/results`),
        id,
      );
      await d.wait(until.elementLocated(By.css('[data-testid=field-chart] .field-bar')), 20_000);
      const pdf = join(webkit.home, 'report.pdf');
      writeFileSync(pdf, await offeredReport(d));
      expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(
        'Stick Safari GmbH',
      );
    } finally {
      await webkit.stop();
    }
  });
});
