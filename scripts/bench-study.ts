// Bench figure: the regional study's workspace reading many study files at once, in Chromium.
// From the moment the files are handed to the page (the input's change event) until the figures
// of the first questionnaire are drawn; and the longest main-thread block meanwhile (Long Tasks
// API), which says whether the page stayed responsive. Figures only, never pass/fail.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generatedStudyFiles } from '../src/bench/study-files.ts';

export const STUDY_SIZES = [500, 2000] as const;

const files = new Map<number, { dir: string; paths: string[] }>();

/** `count` generated study files in a folder of their own (made once per run of the bench). */
function studyFiles(count: number): string[] {
  const made = files.get(count);
  if (made) return made.paths;
  const dir = mkdtempSync(join(tmpdir(), 'itas-bench-study-'));
  const paths = generatedStudyFiles(count, count).map((r, i) => {
    const path = join(dir, `itas-studie-${i}.json`);
    writeFileSync(path, JSON.stringify(r));
    return path;
  });
  files.set(count, { dir, paths });
  return paths;
}

export function removeStudyFiles() {
  for (const { dir } of files.values()) rmSync(dir, { recursive: true, force: true });
  files.clear();
}

// Before any app script: the time of the file input's change event, and every long task.
export const CHANGE_RECORDER = `(() => {
  const B = (window.__study = { start: null, lt: [] });
  document.addEventListener('change', (e) => {
    if (e.target && e.target.type === 'file') B.start = performance.now();
  }, true);
  try {
    new PerformanceObserver((l) => l.getEntries().forEach((e) => B.lt.push([e.startTime, e.duration])))
      .observe({ type: 'longtask', buffered: true });
  } catch (e) {}
})()`;

/**
 * Opens `hash` in a fresh context and waits for the screen, slows the CPU,
 * hands the files over with `choose`, and measures from the input's change event to the first
 * frame after `doneSelector` is visible; also the longest main-thread block meanwhile.
 */
export async function timeUntil(
  browser: Browser,
  url: string,
  hash: string,
  cpu: number,
  doneSelector: string,
  choose: (page: Page) => Promise<void>,
): Promise<{ ms: number; longest: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(CHANGE_RECORDER);
    await page.goto(`${url}${hash}`);
    await page.locator('input[type=file]').first().waitFor({ state: 'attached' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await choose(page);
    return await page.evaluate<{ ms: number; longest: number }>(`new Promise((resolve) => {
      const check = () => {
        const B = window.__study;
        if (B.start !== null && document.querySelector(${JSON.stringify(doneSelector)}))
          requestAnimationFrame(() => {
            const end = performance.now();
            // Tasks that start after the change event: the one that delivers the files is the browser's.
            const during = B.lt.filter(([s]) => s >= B.start && s < end);
            resolve({ ms: end - B.start, longest: Math.max(0, ...during.map(([, d]) => d)) });
          });
        else setTimeout(check, 5);
      };
      check();
    })`);
  } finally {
    await context.close();
  }
}

/** Reads `count` study files into the workspace; returns the time to figures and the longest block. */
export function readStudyInBrowser(browser: Browser, url: string, cpu: number, count: number) {
  const paths = studyFiles(count);
  return timeUntil(browser, url, '#/study', cpu, '[data-testid=study-q] .box-row', (page) =>
    page.getByTestId('study-files').setInputFiles(paths),
  );
}
