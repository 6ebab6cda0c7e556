// Firefox for the browser tests: Debian's firefox-esr driven by puppeteer-core over WebDriver
// BiDi (nothing downloaded), German, downloads saved to a folder without asking.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function launchFirefox(downloads: string): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/pdf,application/json',
      'pdfjs.disabled': true,
      // The downloads panel would take the keyboard focus from the page.
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
      'intl.accept_languages': 'de-DE,de',
    },
  });
}

/** Page errors and console errors of a page, collected. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** Clicks the first element matching `selector` whose text contains every one of `texts`. */
export async function clickText(page: Page, selector: string, ...texts: string[]) {
  const clicked = await page.waitForFunction(
    (sel, parts) => {
      const el = [...document.querySelectorAll<HTMLElement>(sel)].find((e) =>
        parts.every((p) => (e.textContent ?? '').includes(p)),
      );
      el?.click();
      return !!el;
    },
    { timeout: 20_000 },
    selector,
    texts,
  );
  await clicked.dispose();
}

/** A new firm's first resilience assessment, from the start page to its first question. */
export async function startInFirefox(page: Page, firm: string): Promise<string> {
  await clickText(page, 'a', 'Bewertung beginnen', 'Resilienz');
  await clickText(page, 'label', 'Neues Unternehmen anlegen');
  await page.waitForSelector('#firm-name');
  await page.type('#firm-name', firm);
  await clickText(page, 'label', 'Geschäftsführung');
  await clickText(page, 'button', 'Weiter zum Unternehmensprofil');
  await clickText(page, 'button', 'Bewertung starten');
  await page.waitForSelector('#dimension-title');
  return decodeURIComponent(/#\/a\/([^/]+)/.exec(page.url())?.[1] ?? '');
}

/** The PDF report once Firefox has finished writing it (its own name, a size that holds). */
export function downloadedReport(downloads: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const started = Date.now();
    let size = -1;
    const look = () => {
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
}
