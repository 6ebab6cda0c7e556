// The manager's journey in WebKit, Safari's engine, as workshops' iPads run it: Debian's
// WebKitGTK MiniBrowser driven by WebKitWebDriver (classic WebDriver, selenium-webdriver) on a
// virtual display (Xvfb). A new firm, answers, a reload that keeps them, results with the chart,
// the PDF report made and read back.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WebDriver } from 'selenium-webdriver';
import { By, until } from 'selenium-webdriver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { offeredReport, startInWebKit, startWebKit, type WebKit } from './support/webkit';

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
});
