// WebKit (Safari's engine) for the browser tests: Debian's WebKitGTK MiniBrowser driven by
// WebKitWebDriver (classic WebDriver, selenium-webdriver) on a virtual display (Xvfb), with a
// home of its own (a fresh profile). Nothing is downloaded.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, until, type WebDriver } from 'selenium-webdriver';
import { freePort } from './server';

const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const BROWSER =
  process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface WebKit {
  driver: WebDriver;
  /** The folder the browser runs in (a place for files the test writes). */
  home: string;
  stop(): Promise<void>;
}

export async function startWebKit(): Promise<WebKit> {
  const home = mkdtempSync(join(tmpdir(), 'itas-webkit-'));
  const processes: ChildProcess[] = [];
  const display = `:${90 + (process.pid % 9)}`;
  processes.push(
    spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: 'ignore',
    }),
  );
  await pause(500);
  const port = await freePort();
  const env = { ...process.env, DISPLAY: display, HOME: home };
  processes.push(spawn(DRIVER, [`--port=${port}`], { env, stdio: 'ignore' }));
  let driver: WebDriver | null = null;
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
  const stop = async () => {
    await driver?.quit();
    for (const p of processes) p.kill();
    rmSync(home, { recursive: true, force: true });
  };
  if (!driver) {
    await stop();
    throw new Error('WebKitWebDriver did not start');
  }
  return { driver, home, stop };
}

/** Clicks the first element matching `selector` whose text contains every one of `texts`. */
export async function clickText(d: WebDriver, selector: string, ...texts: string[]) {
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

/** A new firm's first resilience assessment, from the start page to its first question. */
export async function startInWebKit(d: WebDriver, firm: string): Promise<string> {
  await clickText(d, 'a', 'Bewertung beginnen', 'Resilienz');
  await clickText(d, 'label', 'Neues Unternehmen anlegen');
  const name = await d.wait(until.elementLocated(By.css('#firm-name')), 20_000);
  await name.sendKeys(firm);
  await clickText(d, 'label', 'Geschäftsführung');
  await clickText(d, 'button', 'Weiter zum Unternehmensprofil');
  await clickText(d, 'button', 'Bewertung starten');
  await d.wait(until.elementLocated(By.css('#dimension-title')), 20_000);
  return decodeURIComponent(/#\/a\/([^/]+)/.exec(await d.getCurrentUrl())?.[1] ?? '');
}

/**
 * Clicks "download report" and returns the PDF as the app hands it to the browser: MiniBrowser
 * under automation saves no downloads, so the object URL's Blob is taken and read back.
 */
export async function offeredReport(d: WebDriver): Promise<Buffer> {
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
  return Buffer.from(base64!, 'base64');
}
