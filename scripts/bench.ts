// npm run bench: figures, never pass/fail. Medians of several runs, printed as one table and
// written to bench/latest.md. (A first part: the PDF report; issue "Fast and unbreakable" adds
// load, answering and the side-by-side run against the peer app.)
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { readAssessmentText } from '../src/core/assessment';
import { localDay } from '../src/report/generate';
import { generateReportInNode } from '../src/report/node';
import { CHROME_ARGS, CHROME_PATH } from '../tests/e2e/support/browser';
import { serveStatic } from '../tests/e2e/support/server';
import { ensureFont } from './build-font';

const ROOT = join(import.meta.dirname, '..');
const RUNS = 5;
const LARGEST = 'tests/fixtures/assessments/technology-readiness-weak.json';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

async function reportInNode() {
  await ensureFont();
  const read = readAssessmentText(readFileSync(join(ROOT, LARGEST), 'utf8'));
  if (!read.ok) throw new Error('fixture does not restore');
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    const start = performance.now();
    const report = await generateReportInNode({
      assessment: read.value,
      lang: 'de',
      date: localDay(new Date()),
    });
    if (i > 0) times.push(performance.now() - start); // the first run warms up
    bytes = report.bytes.length;
  }
  return { ms: median(times), kib: bytes / 1024 };
}

async function reportInChromium(cpu: number) {
  const server = await serveStatic(join(ROOT, 'dist'));
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: CHROME_ARGS,
    headless: true,
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.locator('input[type=file]').setInputFiles(join(ROOT, LARGEST));
      await page.locator('dialog[open] .button.primary').click();
      await page.goto(`${server.url}#/a/fixture-technology-readiness-weak/results`);
      await page.getByTestId('overall-index').waitFor();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      const downloading = page.waitForEvent('download', { timeout: 120_000 });
      const start = Date.now();
      await page.getByRole('button', { name: /Bericht herunterladen/ }).click();
      await downloading;
      times.push(Date.now() - start);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return median(times);
}

async function main() {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  const node = await reportInNode();
  const chromium1 = await reportInChromium(1);
  const chromium4 = await reportInChromium(4);
  const browserVersion = execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8' }).trim();
  const table = [
    `# Benchmark (${new Date().toISOString().slice(0, 10)})`,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${browserVersion} headless.`,
    `Medians of ${RUNS} runs. Fixture: the largest report (${LARGEST}).`,
    '',
    '| figure | value | how it is measured |',
    '| --- | --- | --- |',
    `| full PDF report, Node | ${node.ms.toFixed(0)} ms | buildReport + jsPDF rendering, font loaded, after one warm-up run |`,
    `| full PDF report, Chromium, CPU ×1 | ${chromium1} ms | click "download report" on the results screen until the download starts, lazy load of jsPDF and font included (fresh context each run) |`,
    `| full PDF report, Chromium, CPU ×4 | ${chromium4} ms | the same at 4× CPU slow-down (DevTools throttling) |`,
    `| report file size | ${node.kib.toFixed(0)} KiB | the PDF's bytes (German) |`,
    '',
  ].join('\n');
  console.log(table);
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'latest.md'), table);
}

await main();
