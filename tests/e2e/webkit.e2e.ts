// The manager's journey in WebKit, Safari's engine, as workshops' iPads run it: Debian's
// WebKitGTK MiniBrowser driven by WebKitWebDriver (classic WebDriver, selenium-webdriver) on a
// virtual display (Xvfb). A new firm, answers, a reload that keeps them, results with the chart,
// the PDF report made and read back.
import { spawn, type ChildProcess, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, until, type WebDriver } from 'selenium-webdriver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from './support/server';

const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const BROWSER =
  process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const baseURL = inject('baseURL');
const home = mkdtempSync(join(tmpdir(), 'itas-webkit-'));
const processes: ChildProcess[] = [];
let driver: WebDriver | null = null;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  const display = `:${90 + (process.pid % 9)}`;
  processes.push(
    spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: 'ignore',
    }),
  );
  await pause(500);
  const port = await freePort();
  // Its own home: a fresh profile.
  const env = { ...process.env, DISPLAY: display, HOME: home };
  processes.push(spawn(DRIVER, [`--port=${port}`], { env, stdio: 'ignore' }));
  for (let i = 0; i < 50 && !driver; i++) {
    try {
      driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: BROWSER, args: ['--automation'] },
        })
        .build();
    } catch {
      await pause(200);
    }
  }
  if (!driver) throw new Error('WebKitWebDriver did not start');
}, 60_000);
afterAll(async () => {
  await driver?.quit();
  for (const p of processes) p.kill();
  rmSync(home, { recursive: true, force: true });
});

/** Clicks the first element matching `selector` whose text contains every one of `texts`. */
async function clickText(d: WebDriver, selector: string, ...texts: string[]) {
  await d.wait(
    () =>
      d.executeScript<boolean>(
        (sel: string, parts: string[]) => {
          const el = [...document.querySelectorAll<HTMLElement>(sel)].find((e) =>
            parts.every((p) => (e.textContent ?? '').includes(p)),
          );
          el?.click();
          return !!el;
        },
        selector,
        texts,
      ),
    20_000,
    `no ${selector} with ${texts.join(' ')}`,
  );
}

const checked = (d: WebDriver) =>
  d.executeScript<(string | undefined)[]>(() =>
    [...document.querySelectorAll('.question:has(.level-number)')]
      .slice(0, 3)
      .map((q) => q.querySelector<HTMLInputElement>('input[type=radio]:checked')?.id.slice(-1)),
  );

describe('WebKit', () => {
  it('a manager’s journey: profile, answers, reload, results with chart, PDF', async () => {
    const d = driver!;
    await d.get(baseURL);
    await clickText(d, 'a', 'Bewertung beginnen', 'Resilienz');
    await clickText(d, 'label', 'Neues Unternehmen anlegen');
    const name = await d.wait(until.elementLocated(By.css('#firm-name')), 20_000);
    await name.sendKeys('Safari GmbH');
    await clickText(d, 'label', 'Geschäftsführung');
    await clickText(d, 'button', 'Weiter zum Unternehmensprofil');
    await clickText(d, 'button', 'Bewertung starten');
    await d.wait(until.elementLocated(By.css('#dimension-title')), 20_000);
    const id = decodeURIComponent(/#\/a\/([^/]+)/.exec(await d.getCurrentUrl())?.[1] ?? '');
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
    await d.wait(
      until.elementLocated(By.css('[data-testid=radar-chart] .recharts-radar-polygon')),
      20_000,
    );

    // MiniBrowser under automation does not save downloads: the file the app offers is taken
    // where it hands it to the browser (the object URL of the PDF) and read back.
    await d.executeScript(() => {
      const w = window as unknown as { offered?: Blob[] };
      w.offered = [];
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) w.offered!.push(blob);
        return create(blob);
      };
    });
    await clickText(d, 'button', 'Bericht herunterladen');
    const base64 = await d.wait(
      () =>
        d.executeAsyncScript<string | null>((done: (v: string | null) => void) => {
          const blob = (window as unknown as { offered: Blob[] }).offered.find(
            (b) => b.type === 'application/pdf',
          );
          if (!blob) return done(null);
          const reader = new FileReader();
          reader.onload = () => done(String(reader.result).split(',')[1] ?? null);
          reader.readAsDataURL(blob);
        }),
      60_000,
      'the PDF is offered',
      300,
    );
    const pdf = join(home, 'report.pdf');
    writeFileSync(pdf, Buffer.from(base64!, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Safari GmbH');
    expect(text).toContain('Resilienz');
  }, 180_000);
});
