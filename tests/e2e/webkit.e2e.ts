// The manager's journey in WebKit, Safari's engine, as workshops' iPads run it: Debian's
// WebKitGTK MiniBrowser driven by WebKitWebDriver (classic WebDriver, selenium-webdriver) on a
// virtual display (Xvfb). A new firm, answers, a reload that keeps them, results with the chart,
// the PDF report made and read back; the whole resilience check by keyboard; and a workshop file
// of over 2 MB, read in a worker.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebDriver } from 'selenium-webdriver';
import { By, Key, until } from 'selenium-webdriver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { offeredReport, startInWebKit, startWebKit, type WebKit } from './support/webkit';
import { workshopParticipants } from '../../scripts/bench-workshop';
import { workshopFile } from '../../src/core/records/workshop';
import { WORKER_FROM } from '../../src/transfer/large-json';

const baseURL = inject('baseURL');
let webkit: WebKit | null = null;

beforeAll(async () => {
  webkit = await startWebKit();
}, 60_000);
afterAll(async () => {
  await webkit?.stop();
});

const checked = (d: WebDriver) =>
  d.executeScript<(string | undefined)[]>(() =>
    [...document.querySelectorAll('.question:has(.level-number)')]
      .slice(0, 3)
      .map((q) => q.querySelector<HTMLInputElement>('input[type=radio]:checked')?.id.slice(-1)),
  );

describe('WebKit', () => {
  it('a manager’s journey: profile, answers, reload, results with chart, PDF', async () => {
    const d = webkit!.driver;
    await d.get(baseURL);
    const id = await startInWebKit(d, 'Safari GmbH');
    expect(id).not.toBe('');

    for (const [n, level] of [2, 4, 3].entries())
      await d.executeScript(
        (n: number, level: number) => {
          const card = document.querySelectorAll('.question:has(.level-number)')[n];
          card?.querySelector<HTMLInputElement>(`input[type=radio][id$="-${level}"]`)?.click();
        },
        n,
        level,
      );
    expect(await checked(d)).toEqual(['2', '4', '3']);
    await d.wait(
      () =>
        d.executeScript<boolean>(
          () => Object.keys(localStorage).filter((k) => k.startsWith('itas.journal.')).length === 0,
        ),
      20_000,
      'the answers are saved',
    );
    await d.navigate().refresh();
    await d.wait(until.elementLocated(By.css('#dimension-title')), 20_000);
    await d.wait(async () => (await checked(d)).every(Boolean), 20_000);
    expect(await checked(d), 'the answers are back after a reload').toEqual(['2', '4', '3']);

    await d.executeScript(
      (id: string) => (location.hash = `#/a/${encodeURIComponent(id)}/results`),
      id,
    );
    await d.wait(until.elementLocated(By.css('[data-testid=overall-index]')), 20_000);
    await d.wait(until.elementLocated(By.css('[data-testid=field-chart] .field-bar')), 20_000);

    const pdf = join(webkit!.home, 'report.pdf');
    writeFileSync(pdf, await offeredReport(d));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Safari GmbH');
    expect(text).toContain('Resilienz');
  }, 180_000);

  it('completes the resilience check with the keyboard only', async () => {
    const d = webkit!.driver;
    await d.get(baseURL);
    await d.wait(until.elementLocated(By.css('h1')), 20_000);
    const press = (key: string) => d.actions({ async: true }).sendKeys(key).perform();
    const focused = (selector: string) =>
      d.executeScript<boolean>(
        (sel: string) => document.activeElement?.matches(sel) ?? false,
        selector,
      );
    /** Presses Tab until the focused element matches; fails after `limit` presses. */
    const tabTo = async (selector: string, limit = 150) => {
      for (let i = 0; i < limit; i++) {
        await press(Key.TAB);
        if (await focused(selector)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    const shown = (selector: string) => d.wait(until.elementLocated(By.css(selector)), 20_000);

    await tabTo('a[href="#/new/resilience"]');
    await press(Key.ENTER);
    await shown('input[name=role]');
    // The firm from the journey before is offered first: the arrow keys choose a new one.
    if ((await d.findElements(By.css('#firm-name'))).length === 0) {
      await tabTo('input[name=firm]');
      for (let i = 0; i < 10 && (await d.findElements(By.css('#firm-name'))).length === 0; i++)
        await press(Key.ARROW_DOWN);
    }
    await tabTo('#firm-name');
    await press('Tastatur Safari GmbH');
    await tabTo('input[name=role]');
    await press(' ');
    await tabTo('button.primary');
    await press(Key.ENTER);
    await shown('.profile-form');
    await tabTo('button.primary');
    await press(Key.ENTER);
    await shown('#dimension-title');

    let n = 0;
    for (let dimension = 0; dimension < 8; dimension++) {
      for (;;) {
        const next = await d.executeScript<string | null>(
          () => document.querySelector('.question[data-answered="no"]')?.id ?? null,
        );
        if (!next) break;
        await tabTo(`#${next} input, #${next} textarea`);
        const kind = await d.executeScript<string>(() => {
          const el = document.activeElement as HTMLInputElement;
          return el.closest('.choices-cards') ? 'level' : el.type;
        });
        if (kind === 'level') await press(String((n % 5) + 1));
        else if (kind === 'radio' || kind === 'checkbox') await press(' ');
        else await press(String(3 + (n % 4)));
        n++;
        await d.wait(
          () =>
            d.executeScript<boolean>(
              (id: string) => document.getElementById(id)?.getAttribute('data-answered') === 'yes',
              next,
            ),
          10_000,
          `question ${next} answered`,
        );
      }
      await tabTo('.dimension-pager .button.primary');
      await press(Key.ENTER);
      await d.wait(
        () =>
          d.executeScript<boolean>(
            (last: boolean, to: number) =>
              last
                ? location.hash.endsWith('/review')
                : location.hash.endsWith(`/d/${to}`) &&
                  document.activeElement?.id === 'dimension-title',
            dimension === 7,
            dimension + 1,
          ),
        20_000,
        `to the page after field ${dimension + 1}`,
      );
    }
    await tabTo('a[href$="/results"]');
    await press(Key.ENTER);
    await shown('[data-testid=overall-index]');
    expect(n, 'every scored question answered by keyboard').toBeGreaterThanOrEqual(40);
  }, 300_000);

  it('a workshop file of over 2 MB comes in, read in a worker', async () => {
    const d = webkit!.driver;
    const dir = mkdtempSync(join(tmpdir(), 'itas-webkit-'));
    try {
      const file = join(dir, 'itas-workshop.json');
      const { workshop, participants } = workshopParticipants(440);
      const text = JSON.stringify(workshopFile(workshop, participants, workshop.createdAt));
      expect(text.length).toBeGreaterThan(WORKER_FROM);
      writeFileSync(file, text);
      await d.get(`${baseURL}#/workshop`);
      const input = await d.wait(until.elementLocated(By.css('[data-testid=workshop-import]')));
      await input.sendKeys(file);
      await d.wait(
        () =>
          d.executeScript<boolean>(
            () =>
              document
                .querySelector('.workshop-report')
                ?.textContent?.includes('mit 440 Teilnehmenden übernommen') ?? false,
          ),
        60_000,
        'the workshop file taken in',
      );
      const workerRead = await d.executeScript<boolean>(() =>
        performance.getEntriesByType('resource').some((e) => /parse-worker/.test(e.name)),
      );
      expect(workerRead, 'the worker was loaded').toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
