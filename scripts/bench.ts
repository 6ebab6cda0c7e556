// npm run bench: how fast the production build is in Chromium, unthrottled and at 4× CPU
// slow-down. Figures, never pass/fail: medians of several runs (min–max beside them), printed as
// one table and written to bench/latest.md.
//
// Every figure comes from a Measure in MEASURES below. To add a figure, add a Measure: its rows
// say what it reports and how each value is defined; run() does one run at one CPU rate in a
// fresh browser context and returns one number per row. Nothing else needs to change.
//
// BENCH_RUNS=n sets the number of measured runs (default 5, at least 5 for published figures);
// BENCH_SKIP_BUILD=1 reuses the last build.
import { writeFileSync, mkdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { readAssessmentText } from '../src/core/records/assessment.ts';
import { localDay } from '../src/report/generate.ts';
import { generateReportInNode } from '../src/report/node.ts';
import { CHROME_ARGS, CHROME_PATH } from '../tests/e2e/support/browser.ts';
import { buildApp, machineLine, ROOT } from './bench-build.ts';
import { CASE_SIZE, openCase } from './bench-case.ts';
import { benchWorkshop, openWorkshopInBrowser, WORKSHOP_PARTICIPANTS } from './bench-workshop.ts';
import { readStudyInBrowser, removeStudyFiles, STUDY_SIZES } from './bench-study.ts';
import {
  BACKUP_SIZE,
  importBackupInBrowser,
  importWorkshopInBrowser,
  removeImportFiles,
  WORKSHOP_SIZE,
} from './bench-import.ts';
import { fmtSpread, markdownTable, median, percentile, spread } from './bench-lib.ts';
import { serveGzip } from './bench-server.ts';
import { shippedFacts } from './lib/shipped.ts';

const SHIPPED = shippedFacts();

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const WARMUP = 1;
const RATES = [1, 4] as const;
const LARGEST = 'tests/fixtures/assessments/technology-readiness-weak.json';
const QUESTIONNAIRE = 'technology-readiness';

// ------------------------------------------------------------------ measures' interface -----

export interface Row {
  key: string;
  label: string;
  unit: string;
  /** How the value is obtained, in one sentence. */
  definition: string;
}

export interface Env {
  browser: Browser;
  /** The served production build, ending in "/". */
  url: string;
  /** Assessment files made for the benchmark (see makeFiles). */
  files: { inProgress: string; empty: string; largest: string };
}

export interface Measure {
  id: string;
  rows: Row[];
  /** One run at one CPU slow-down rate; returns a value per row key. */
  run(env: Env, cpu: number): Promise<Record<string, number>>;
  /** The rates it runs at, when not all (a figure that takes minutes at ×4). */
  rates?: readonly number[];
}

// ------------------------------------------------------------------- in-page recording ------

// Injected before any app script (plain JavaScript: it is sent to the page as text). Records per
// trusted gesture the click event's timeStamp and the next animation frame, and long tasks.
// `readySelector`: the first animation frame after a visible element matches it.
const INPAGE = `(function (readySelector) {
  const B = (window.__bench = { gestures: [], lt: [], ready: null });
  try {
    new PerformanceObserver((l) => l.getEntries().forEach((e) => B.lt.push([e.startTime, e.duration])))
      .observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  B.when = (selector) => new Promise((resolve) => {
    let mo = null;
    const check = () => {
      const el = [...document.querySelectorAll(selector)].find(visible);
      if (!el) return false;
      if (mo) mo.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
      return true;
    };
    if (!check()) {
      mo = new MutationObserver(check);
      mo.observe(document, { subtree: true, childList: true, attributes: true });
    }
  });
  if (readySelector) B.ready = B.when(readySelector);
  let cur = null;
  addEventListener('pointerdown', (e) => {
    if (!e.isTrusted) return;
    cur = { click: null, frame: null, done: null };
    cur.settled = new Promise((r) => (cur.done = r));
    B.gestures.push(cur);
  }, true);
  addEventListener('click', (e) => {
    const g = cur;
    if (!g || g.click != null || !e.isTrusted) return;
    g.click = e.timeStamp;
    requestAnimationFrame(() => { g.frame = performance.now(); g.done(g.frame - g.click); });
  }, true);
  B.lastGesture = () => (B.gestures.length ? B.gestures[B.gestures.length - 1].settled : Promise.resolve(NaN));
})`;

async function openContext(env: Env, readySelector?: string) {
  const context = await env.browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'de-DE',
    // No service worker: every load comes from the network (cache disabled below), as a first visit.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  await page.addInitScript({
    content: `${INPAGE}(${JSON.stringify(readySelector ?? null)});`,
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, cdp, errors };
}

const throttle = (cdp: CDPSession, rate: number) =>
  cdp.send('Emulation.setCPUThrottlingRate', { rate });

/** Bytes on the wire (encodedDataLength: compressed body and headers) of every finished request. */
function countBytes(cdp: CDPSession) {
  let bytes = 0;
  let inflight = 0;
  let last = Date.now();
  cdp.on('Network.requestWillBeSent', () => {
    inflight++;
    last = Date.now();
  });
  cdp.on('Network.loadingFinished', (e) => {
    inflight--;
    bytes += e.encodedDataLength;
    last = Date.now();
  });
  cdp.on('Network.loadingFailed', () => {
    inflight--;
    last = Date.now();
  });
  return { bytes: () => bytes, quiet: () => (inflight <= 0 ? Date.now() - last : 0) };
}

/** Waits until no request for 500 ms and no long task for 500 ms (at most 20 s). */
async function settle(page: Page, net: ReturnType<typeof countBytes>) {
  const start = Date.now();
  while (Date.now() - start < 20_000) {
    const sinceTask = await page.evaluate(() => {
      const lt = (window as unknown as { __bench: { lt: [number, number][] } }).__bench.lt;
      const last = lt.at(-1);
      return performance.now() - (last ? last[0] + last[1] : 0);
    });
    if (net.quiet() >= 500 && sinceTask >= 500) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function heapUsed(cdp: CDPSession, gc: boolean) {
  if (gc) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}

/** Imports an assessment file through the start page's file input, as a person would. */
async function importFile(page: Page, url: string, file: string) {
  await page.goto(url);
  await page.locator('input[type=file]').setInputFiles(file);
  await page.locator('dialog[open] .button.primary').click();
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
  await page.locator('.assessment-row').first().waitFor();
}

const inPage = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

// ------------------------------------------------------------------------- the measures -----

const startPage: Measure = {
  id: 'start-page',
  rows: [
    {
      key: 'fcp',
      label: 'First contentful paint, start page',
      unit: 'ms',
      definition:
        'paint timing "first-contentful-paint" of a first visit to the start page (HTTP cache off, no service worker), from navigation start',
    },
    {
      key: 'ready',
      label: 'Start page usable',
      unit: 'ms',
      definition:
        'from navigation start to the first animation frame after the start page heading and the import button are visible',
    },
    {
      key: 'kib',
      label: 'Bytes transferred, start page',
      unit: 'KiB',
      definition:
        'sum of CDP encodedDataLength (gzip level 6 body + headers) of every request until settled (500 ms without network or long task)',
    },
    {
      key: 'heap',
      label: 'JavaScript heap after load',
      unit: 'MB',
      definition: 'CDP Performance.getMetrics JSHeapUsedSize once the start page has settled',
    },
    {
      key: 'heapGc',
      label: 'JavaScript heap after load and GC',
      unit: 'MB',
      definition: 'the same after HeapProfiler.collectGarbage',
    },
  ],
  async run(env, cpu) {
    const { context, page, cdp } = await openContext(env, '.start h1');
    try {
      const net = countBytes(cdp);
      await throttle(cdp, cpu);
      await page.goto(env.url, { waitUntil: 'commit' });
      const ready = await inPage<number>(page, 'window.__bench.ready');
      await page.locator('input[type=file]').waitFor({ state: 'attached' });
      await settle(page, net);
      const fcp = await inPage<number>(
        page,
        `performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN`,
      );
      return {
        fcp,
        ready,
        kib: net.bytes() / 1024,
        heap: (await heapUsed(cdp, false)) / 1e6,
        heapGc: (await heapUsed(cdp, true)) / 1e6,
      };
    } finally {
      await context.close();
    }
  },
};

/** The first visible question's first option is a radio that is enabled and can be clicked. */
const FIRST_OPTION = '.question .choice input[type=radio]:not(:disabled)';

const openAnswering: Measure = {
  id: 'open-answering',
  rows: [
    {
      key: 'ready',
      label: 'Saved assessment: answering screen ready',
      unit: 'ms',
      definition: `a ${QUESTIONNAIRE} assessment with its first dimension answered is saved (imported beforehand); from navigation start of loading its answering screen (#/a/ID/d/1) to the first animation frame after the first question's options are visible; then a click on an option is checked to select it`,
    },
  ],
  async run(env, cpu) {
    const { context, page, cdp, errors } = await openContext(env, '.question .choice');
    try {
      await importFile(page, env.url, env.files.inProgress);
      await page.goto('about:blank');
      await throttle(cdp, cpu);
      await page.goto(`${env.url}#/a/bench-in-progress/d/1`, { waitUntil: 'commit' });
      const ready = await inPage<number>(page, 'window.__bench.ready');
      await throttle(cdp, 1);
      const option = page.locator(FIRST_OPTION).first();
      await option.locator('xpath=..').click();
      if (!(await option.isChecked()))
        throw new Error('the first question did not take the answer');
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      return { ready };
    } finally {
      await context.close();
    }
  },
};

interface Target {
  kind: 'click' | 'number' | 'none';
  x?: number;
  y?: number;
  id?: string;
}

// In page: the first visible unanswered question, scrolled into view; where to click to answer it
// (an option's label: alternately the 1st and 3rd level, the first box of a multiple choice), or
// the id of a number field to type into.
const NEXT_TARGET = `(() => {
  const q = [...document.querySelectorAll('.question[data-answered="no"]')][0];
  if (!q) return { kind: 'none' };
  const number = q.querySelector('.number-input input');
  if (number) return { kind: 'number', id: number.id };
  const options = [...q.querySelectorAll('.choice:not(.choice-extra)')];
  const n = window.__bench.gestures.length;
  const el = options[Math.min(options.length - 1, n % 2 ? 2 : 0)];
  el.scrollIntoView({ block: 'center', behavior: 'instant' });
  const r = el.getBoundingClientRect();
  return { kind: 'click', x: r.x + r.width / 2, y: r.y + r.height / 2 };
})()`;

const NUMBER_VALUE: Record<string, string> = {
  t2_growth_revenue_share: '40',
  t6_trained_share: '60',
};

const answerAll: Measure = {
  id: 'answer-all',
  rows: [
    {
      key: 'median',
      label: 'Per answer, click → next frame, median',
      unit: 'ms',
      definition: `the whole ${QUESTIONNAIRE} questionnaire answered by clicks (radio levels alternately 1 and 3, options, check boxes; the two number fields are typed and not counted), dimension by dimension with the screen's own "next" button: click event timeStamp → next requestAnimationFrame, per click`,
    },
    {
      key: 'p95',
      label: 'Per answer, click → next frame, p95',
      unit: 'ms',
      definition: 'the 95th percentile (nearest rank) of the same clicks',
    },
    {
      key: 'answers',
      label: 'Answers given by clicks',
      unit: '',
      definition:
        'clicks counted (the conditions show one follow-up question; at the end the review screen confirms that every visible question is answered)',
    },
    {
      key: 'longTasks',
      label: 'Long tasks while answering',
      unit: 'ms',
      definition: 'sum of Long Tasks API durations from the first click to the review screen',
    },
    {
      key: 'results',
      label: '"Show results" → chart drawn',
      unit: 'ms',
      definition:
        'click on "show results" on the review screen (click timeStamp) → first animation frame after the bars of the field chart are visible (code of the results screen loaded then)',
    },
  ],
  async run(env, cpu) {
    const { context, page, cdp, errors } = await openContext(env);
    try {
      await importFile(page, env.url, env.files.empty);
      await page.goto(`${env.url}#/a/bench-empty/d/0`);
      await page.locator('.question').first().waitFor();
      await throttle(cdp, cpu);
      const ltBefore = await inPage<number>(page, 'window.__bench.lt.length');
      const latencies: number[] = [];
      for (let guard = 0; guard < 200; guard++) {
        const target = await inPage<Target>(page, NEXT_TARGET);
        if (target.kind === 'click') {
          await page.mouse.click(target.x!, target.y!);
          latencies.push(await inPage<number>(page, 'window.__bench.lastGesture()'));
          continue;
        }
        if (target.kind === 'number') {
          await page.locator(`[id="${target.id}"]`).fill(NUMBER_VALUE[target.id!] ?? '1');
          await page.keyboard.press('Tab');
          continue;
        }
        const next = page.locator('[data-nav=next]');
        const title = await page.locator('#dimension-title').textContent();
        if (await next.count()) {
          await next.click();
          await page.waitForFunction(
            (before) => document.getElementById('dimension-title')?.textContent !== before,
            title,
          );
          continue;
        }
        await page.locator('[data-nav=review]').click();
        break;
      }
      await page.locator('[data-complete]').waitFor();
      if ((await page.locator('[data-complete]').getAttribute('data-complete')) !== 'yes')
        throw new Error('the review screen lists unanswered questions: a click did not land');
      const longTasks = await inPage<number>(
        page,
        `window.__bench.lt.slice(${ltBefore}).reduce((a, x) => a + x[1], 0)`,
      );
      // "Show results" → the field chart drawn.
      await inPage(
        page,
        `void (window.__charts = window.__bench.when('[data-testid=field-chart] .field-bar'))`,
      );
      await page.locator('[data-nav=results]').click();
      const drawn = await inPage<number>(page, 'window.__charts');
      const clicked = await inPage<number>(page, 'window.__bench.gestures.at(-1).click');
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      return {
        median: median(latencies),
        p95: percentile(latencies, 95),
        answers: latencies.length,
        longTasks,
        results: drawn - clicked,
      };
    } finally {
      await context.close();
    }
  },
};

const pdfReport: Measure = {
  id: 'pdf',
  rows: [
    {
      key: 'ms',
      label: 'Full PDF report',
      unit: 'ms',
      definition: `the largest report (${LARGEST}): click "download report" on the results screen until the download starts, lazy load of jsPDF, font and report texts included`,
    },
  ],
  async run(env, cpu) {
    const { context, page, cdp } = await openContext(env);
    try {
      await importFile(page, env.url, env.files.largest);
      await page.goto(`${env.url}#/a/fixture-technology-readiness-weak/results`);
      await page.getByTestId('overall-index').waitFor();
      await throttle(cdp, cpu);
      const downloading = page.waitForEvent('download', { timeout: 120_000 });
      const start = Date.now();
      await page.getByRole('button', { name: /Bericht herunterladen/ }).click();
      await downloading;
      return { ms: Date.now() - start };
    } finally {
      await context.close();
    }
  },
};

const caseOf50: Measure = {
  id: 'case',
  rows: [
    {
      key: 'ms',
      label: `Coach: open and compare a case of ${CASE_SIZE}`,
      unit: 'ms',
      definition: `${CASE_SIZE} generated, finished technology-readiness assessments of one firm, imported as a case file; from the click on the case in the coaching workspace until the comparison table has a column per assessment and the overlay chart is drawn (next animation frame); IndexedDB reads, checks, comparison and rendering included`,
    },
  ],
  async run(env, cpu) {
    return { ms: await openCase(env.browser, env.url, cpu) };
  },
};

const workshopOf30: Measure = {
  id: 'workshop',
  rows: [
    {
      key: 'ms',
      label: `Workshop: open and compare ${WORKSHOP_PARTICIPANTS} participants`,
      unit: 'ms',
      definition: `${WORKSHOP_PARTICIPANTS} generated, finished participants imported as a workshop file; from the click on the workshop until the facilitator view's aggregate table has a row per dimension (next animation frame); IndexedDB reads, checks, aggregate and rendering included`,
    },
    {
      key: 'node',
      label: `Workshop of ${WORKSHOP_PARTICIPANTS}: restore and aggregate in Node`,
      unit: 'ms',
      definition: `the same participants restored through core's full checks, then core's group aggregate, in Node (scripts/bench-workshop.ts), where the CPU rate does not apply`,
    },
  ],
  async run(env, cpu) {
    return {
      ms: await openWorkshopInBrowser(env.browser, env.url, cpu),
      node: benchWorkshop(1).times.total[0]!,
    };
  },
};

const studyFiles: Measure = {
  id: 'study',
  rows: STUDY_SIZES.flatMap((n) => [
    {
      key: `ms${n}`,
      label: `Study: read ${n.toLocaleString('en')} study files and show the figures`,
      unit: 'ms',
      definition: `${n.toLocaleString('en')} generated study files (src/bench/study-files.ts) chosen at once in the study workspace; from the file input's change event until the first box plot row of the figures is drawn (next animation frame); reading, checks, one data point per firm, the figures by segment and rendering included`,
    },
    {
      key: `lt${n}`,
      label: `Study of ${n.toLocaleString('en')} files: longest main-thread block`,
      unit: 'ms',
      definition: `the longest Long Tasks API entry between that change event and that frame: how long the page could not answer a click at worst`,
    },
  ]),
  async run(env, cpu) {
    const out: Record<string, number> = {};
    for (const n of STUDY_SIZES) {
      const { ms, longest } = await readStudyInBrowser(env.browser, env.url, cpu, n);
      out[`ms${n}`] = ms;
      out[`lt${n}`] = longest;
    }
    return out;
  },
};

const largeImports: Measure = {
  id: 'imports',
  rates: [1],
  rows: [
    {
      key: 'backup',
      label: `Import a backup of ${BACKUP_SIZE.toLocaleString('en')} assessments`,
      unit: 'ms',
      definition: `a backup of ${BACKUP_SIZE.toLocaleString('en')} generated, finished assessments of ${(BACKUP_SIZE / 2).toLocaleString('en')} firms (src/bench/study-files.ts) chosen on the start page of an empty device; from the file input's change event until the import's report is drawn (next animation frame); reading, checks, storing in one IndexedDB transaction and the start page's list included. At CPU ×1 only (×4 takes minutes a run)`,
    },
    {
      key: 'backupBlock',
      label: `Backup of ${BACKUP_SIZE.toLocaleString('en')}: longest main-thread block`,
      unit: 'ms',
      definition: `the longest Long Tasks API entry between that change event and that frame`,
    },
    {
      key: 'workshop',
      label: `Import a workshop file of ${WORKSHOP_SIZE.toLocaleString('en')} participants`,
      unit: 'ms',
      definition: `a workshop file of ${WORKSHOP_SIZE.toLocaleString('en')} generated, finished participants (scripts/bench-workshop.ts) chosen on the workshops page; from the change event until the import's report is drawn; reading, checks and storing included. At CPU ×1 only`,
    },
    {
      key: 'workshopBlock',
      label: `Workshop file of ${WORKSHOP_SIZE.toLocaleString('en')}: longest main-thread block`,
      unit: 'ms',
      definition: `the longest Long Tasks API entry between that change event and that frame`,
    },
  ],
  async run(env, cpu) {
    const backup = await importBackupInBrowser(env.browser, env.url, cpu);
    const workshop = await importWorkshopInBrowser(env.browser, env.url, cpu);
    return {
      backup: backup.ms,
      backupBlock: backup.longest,
      workshop: workshop.ms,
      workshopBlock: workshop.longest,
    };
  },
};

/** Add a figure here. */
export const MEASURES: Measure[] = [
  startPage,
  openAnswering,
  answerAll,
  pdfReport,
  caseOf50,
  workshopOf30,
  studyFiles,
  largeImports,
];

// ------------------------------------------------------------------------------- files ------

/** The assessment files the measures import: made from the largest fixture. */
function makeFiles(): Env['files'] {
  const largest = join(ROOT, LARGEST);
  const read = readAssessmentText(readFileSync(largest, 'utf8'));
  if (!read.ok) throw new Error(`${LARGEST} does not restore`);
  const a = read.value;
  const firstDimension = new Set(a.questionnaire.dimensions[0]!.questions.map((q) => q.id));
  const dir = mkdtempSync(join(tmpdir(), 'itas-bench-'));
  const write = (name: string, answers: typeof a.answers) => {
    const { finishedAt: _finishedAt, ...rest } = a;
    const file = join(dir, `${name}.json`);
    writeFileSync(
      file,
      JSON.stringify({ ...rest, id: name, finished: false, answers, notes: {}, targets: {} }),
    );
    return file;
  };
  return {
    largest,
    inProgress: write(
      'bench-in-progress',
      Object.fromEntries(Object.entries(a.answers).filter(([id]) => firstDimension.has(id))),
    ),
    empty: write('bench-empty', {}),
  };
}

/** The PDF report in Node (no browser), for reference: after one warm-up run. */
async function reportInNode() {
  const read = readAssessmentText(readFileSync(join(ROOT, LARGEST), 'utf8'));
  if (!read.ok) throw new Error('fixture does not restore');
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    const start = performance.now();
    const report = await generateReportInNode({
      shipped: SHIPPED,
      assessment: read.value,
      lang: 'de',
      date: localDay(new Date()),
    });
    if (i > 0) times.push(performance.now() - start);
    bytes = report.bytes.length;
  }
  return { times, kib: bytes / 1024 };
}

// -------------------------------------------------------------------------------- main ------

async function main() {
  const dist = await buildApp('production');
  const server = await serveGzip(dist);
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: CHROME_ARGS,
    headless: true,
  });
  const env: Env = { browser, url: server.url, files: makeFiles() };
  // values[measure.id][cpu][rowKey] = one value per measured run
  const values = new Map<string, Map<number, Record<string, number[]>>>();
  const started = Date.now();
  try {
    for (const cpu of RATES) {
      for (let run = -WARMUP; run < RUNS; run++) {
        // Interleaved: one run of every measure, then the next round.
        for (const m of MEASURES) {
          if (m.rates && !m.rates.includes(cpu)) continue;
          const got = await m.run(env, cpu);
          console.error(
            `[bench] cpu×${cpu} ${run < 0 ? 'warm-up' : `run ${run + 1}/${RUNS}`} ${m.id}: ${JSON.stringify(got, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}`,
          );
          if (run < 0) continue;
          const byCpu = values.get(m.id) ?? new Map<number, Record<string, number[]>>();
          values.set(m.id, byCpu);
          const rec = byCpu.get(cpu) ?? {};
          byCpu.set(cpu, rec);
          for (const row of m.rows) (rec[row.key] ??= []).push(got[row.key] ?? NaN);
        }
      }
    }
  } finally {
    removeStudyFiles();
    removeImportFiles();
    await browser.close();
    await server.close();
  }
  const node = await reportInNode();
  const version = browser.version();
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);

  const rows = MEASURES.flatMap((m) =>
    m.rows.map((row) => [
      row.label + (row.unit ? ` (${row.unit})` : ''),
      ...RATES.map((cpu) => fmtSpread(spread(values.get(m.id)?.get(cpu)?.[row.key] ?? []))),
    ]),
  );
  rows.push(['Full PDF report in Node, for reference (ms)', fmtSpread(spread(node.times)), '']);
  const definitions = MEASURES.flatMap((m) =>
    m.rows.map((row) => `- **${row.label}**: ${row.definition}.`),
  );
  const text = [
    `# Benchmark, production build (${new Date().toISOString().slice(0, 10)})`,
    '',
    `Machine: ${machineLine(version)}. Other processes may share the CPU.`,
    `Median [min–max] of ${RUNS} runs per figure after ${WARMUP} warm-up run, each in a fresh browser context; measures interleaved; ${minutes} min in all.`,
    `CPU ×4: CDP Emulation.setCPUThrottlingRate 4 (the page's main thread; the network is loopback, not throttled).`,
    `Served from 127.0.0.1 with gzip level 6. \`npm run bench\` (BENCH_RUNS=n, BENCH_SKIP_BUILD=1 to reuse the last build).`,
    '',
    markdownTable(['figure', 'CPU ×1', 'CPU ×4'], rows),
    '',
    'How each figure is defined:',
    '',
    ...definitions,
    `- **Full PDF report in Node**: the same report built with the report code in Node (buildReport + jsPDF, font loaded), after one warm-up run; ${node.kib.toFixed(0)} KiB.`,
    '',
  ].join('\n');
  console.log(text);
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'latest.md'), text);
}

await main();
