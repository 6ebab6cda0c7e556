// npm run bench:peer: the ITAS app beside the peer (SurveyJS rendering 60 Likert questions) in
// one run of the peer's harness per CPU rate, on comparable events: cold load until the first
// question can be answered, answering 60 maturity questions by clicks, the PDF. Prints the
// ratios ours/peer and the goals at 4× CPU; writes bench/peer-latest.md. Figures, never
// pass/fail.
//
// The harness and the peer app live beside the project, in ../shared/bench-peer (read-only;
// BENCH_PEER_DIR to point elsewhere). They are copied to <tmpdir>/itas-bench-peer, installed and
// built there once; later runs reuse that copy. BENCH_RUNS=n (default 5), BENCH_SKIP_BUILD=1.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'prettier';
import { CHROME_PATH } from '../tests/e2e/support/browser.ts';
import { buildApp, machineLine, ROOT } from './bench-build.ts';
import { markdownTable, num, type Spread } from './bench-lib.ts';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const RATES = [1, 4] as const;
const PEER_SRC = process.env.BENCH_PEER_DIR ?? join(ROOT, '..', 'shared', 'bench-peer');
const WORK = join(tmpdir(), 'itas-bench-peer');

const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });

// The harness's contexts enforce the page's Content-Security-Policy; ours forbids eval, which the
// harness's string predicates (page.waitForFunction) need. Both apps get the same context option.
const CONTEXT = "browser.newContext({ viewport: { width: w, height: h }, locale: 'de-DE' })";
const CONTEXT_BYPASS =
  "browser.newContext({ viewport: { width: w, height: h }, locale: 'de-DE', bypassCSP: true })";

function preparePeer(): string {
  if (!existsSync(join(PEER_SRC, 'measure.mjs')))
    throw new Error(`no peer harness in ${PEER_SRC} (set BENCH_PEER_DIR)`);
  // The harness files are copied fresh each time; installed packages and the peer's build stay.
  cpSync(PEER_SRC, WORK, {
    recursive: true,
    filter: (src) => !/[/\\](node_modules|dist|dist-analyze|results|pdf-out)$/.test(src),
  });
  const harness = join(WORK, 'measure.mjs');
  const text = readFileSync(harness, 'utf8');
  if (!text.includes(CONTEXT)) throw new Error(`the harness changed: "${CONTEXT}" not found`);
  writeFileSync(harness, text.replace(CONTEXT, CONTEXT_BYPASS));
  if (!existsSync(join(WORK, 'node_modules', 'playwright-core'))) {
    console.error(`[bench:peer] installing the harness in ${WORK}…`);
    run('npm', ['install', '--no-audit', '--no-fund'], WORK);
  }
  const peer = join(WORK, 'peer-surveyjs');
  if (!existsSync(join(peer, 'dist', 'index.html'))) {
    console.error('[bench:peer] installing and building the peer app…');
    run('npm', ['install', '--legacy-peer-deps', '--no-audit', '--no-fund'], peer);
    run('npx', ['vite', 'build', '--logLevel', 'warn'], peer);
  }
  return join(peer, 'dist');
}

type Section = Record<'median' | 'min' | 'max', Record<string, number>> & { skipped?: string };
interface Line {
  app: string;
  chromium: string;
  load: Section;
  interact?: Section;
  pdf?: Section;
  pageErrors: string[];
}

function measure(cpu: number, apps: { dist: string; adapter: string }[]): Line[] {
  const out = join(WORK, 'results', `cpu${cpu}.jsonl`);
  mkdirSync(join(WORK, 'results'), { recursive: true });
  rmSync(out, { force: true });
  const args = [
    join(WORK, 'measure.mjs'),
    ...apps.map((a) => a.dist),
    ...apps.flatMap((a) => ['--adapter', a.adapter]),
    ...['--mode', 'all', '--runs', String(RUNS), '--warmup', '1', '--cpu', String(cpu)],
    ...['--chromium', CHROME_PATH, '--raw', '--out', out, '--pdf-out', join(WORK, 'pdf-out')],
  ];
  console.error(`[bench:peer] CPU ×${cpu}: ${apps.length} apps, ${RUNS} runs each, interleaved…`);
  const stdout = execFileSync(process.execPath, args, {
    cwd: WORK,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 2 ** 20,
  });
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Line);
}

interface Figure {
  label: string;
  /** Which of our two entries: the start page (production build) or the answering screen. */
  ours: 'itas-start' | 'itas';
  section: 'load' | 'interact' | 'pdf';
  key: string;
  scale?: number;
  /** Goal at CPU ×4: ours/peer at most this. */
  goal?: number;
}

const FIGURES: Figure[] = [
  {
    label: 'First contentful paint (ms): start page vs. peer page',
    ours: 'itas-start',
    section: 'load',
    key: 'fcpMs',
    goal: 0.5,
  },
  {
    label: 'Cold load until the first question can be answered (ms)',
    ours: 'itas',
    section: 'load',
    key: 'selectorVisibleMs',
    goal: 0.5,
  },
  {
    label: 'First contentful paint, answering screen (ms)',
    ours: 'itas',
    section: 'load',
    key: 'fcpMs',
  },
  {
    label: 'Long tasks during load, answering screen (ms)',
    ours: 'itas',
    section: 'load',
    key: 'longTaskTotalMs',
  },
  {
    label: 'Transferred, first load (KiB): start page',
    ours: 'itas-start',
    section: 'load',
    key: 'bytes',
    scale: 1 / 1024,
  },
  {
    label: 'JS heap after load (MB): start page',
    ours: 'itas-start',
    section: 'load',
    key: 'heapUsedMB',
  },
  {
    label: 'JS heap after load (MB): answering screen',
    ours: 'itas',
    section: 'load',
    key: 'heapUsedMB',
  },
  {
    label: 'Per answer, click → next frame, median (ms)',
    ours: 'itas',
    section: 'interact',
    key: 'clickToFrameMedianMs',
  },
  {
    label: 'Per answer, click → next frame, p95 (ms)',
    ours: 'itas',
    section: 'interact',
    key: 'clickToFrameP95Ms',
    goal: 0.35,
  },
  {
    label: 'Per answer, click → after paint, median (ms)',
    ours: 'itas',
    section: 'interact',
    key: 'clickToPaintMedianMs',
  },
  {
    label: '"Next" click → next page visible, median (ms)',
    ours: 'itas',
    section: 'interact',
    key: 'navToNextPageMedianMs',
  },
  {
    label: '60 answers + 6 page changes, total (ms)',
    ours: 'itas',
    section: 'interact',
    key: 'totalMs',
  },
  {
    label: 'Long tasks while answering (ms)',
    ours: 'itas',
    section: 'interact',
    key: 'longTaskTotalMs',
  },
  {
    label: 'Full PDF incl. lazy load (ms)',
    ours: 'itas',
    section: 'pdf',
    key: 'totalMs',
    goal: 1.5,
  },
  {
    label: 'PDF: lazy code transferred (KiB)',
    ours: 'itas',
    section: 'pdf',
    key: 'lazyBytes',
    scale: 1 / 1024,
  },
  {
    label: 'PDF size (KiB)',
    ours: 'itas',
    section: 'pdf',
    key: 'pdfBytes',
    scale: 1 / 1024,
  },
];

function spreadOf(line: Line | undefined, f: Figure): Spread | null {
  const s = line?.[f.section];
  if (!s || s.skipped || s.median[f.key] === undefined) return null;
  const k = f.scale ?? 1;
  return { median: s.median[f.key]! * k, min: s.min[f.key]! * k, max: s.max[f.key]! * k };
}

const cell = (s: Spread | null) => {
  if (!s) return '–';
  const lo = num(s.min);
  const hi = num(s.max);
  return lo === hi ? num(s.median) : `${num(s.median)} [${lo}–${hi}]`;
};

async function main() {
  const peerDist = preparePeer();
  const dist = await buildApp('production');
  const distBench = await buildApp('bench');
  const adapters = join(ROOT, 'bench', 'adapters');
  const apps = [
    { dist: peerDist, adapter: join(WORK, 'adapters', 'surveyjs.mjs') },
    { dist: distBench, adapter: join(adapters, 'itas.mjs') },
    { dist, adapter: join(adapters, 'itas-start.mjs') },
  ];
  const started = Date.now();
  const results = new Map<number, Map<string, Line>>();
  for (const cpu of RATES) {
    const lines = measure(cpu, apps);
    results.set(cpu, new Map(lines.map((l) => [l.app, l])));
    for (const l of lines)
      if (l.pageErrors.length) console.error(`[bench:peer] ${l.app} page errors:`, l.pageErrors);
  }
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const version = [...results.values()][0]!.get('peer-surveyjs')!.chromium;

  const rows: string[][] = [];
  const goals: string[] = [];
  for (const f of FIGURES) {
    const row = [f.label];
    for (const cpu of RATES) {
      const peer = spreadOf(results.get(cpu)!.get('peer-surveyjs'), f);
      const ours = spreadOf(results.get(cpu)!.get(f.ours), f);
      const ratio = peer && ours && peer.median ? ours.median / peer.median : NaN;
      row.push(cell(peer), cell(ours), Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '–');
      if (cpu === 4 && f.goal !== undefined) {
        const met = Number.isFinite(ratio) && ratio <= f.goal;
        row.push(`≤ ${f.goal}×`, met ? 'yes' : 'no');
        goals.push(
          `- ${f.label.replace(/ \(.*?\)/, '')}: ${ratio.toFixed(2)}× (goal ≤ ${f.goal}×) — ${met ? 'met' : 'not met'}`,
        );
      } else if (cpu === 4) row.push('', '');
    }
    rows.push(row);
  }
  const text = [
    `# Side by side with the peer (${new Date().toISOString().slice(0, 10)})`,
    '',
    `Machine: ${machineLine(version)}. Other processes may share the CPU.`,
    `The peer's harness (\`measure.mjs --mode all\`), one run per CPU rate, the apps interleaved in one browser: median [min–max] of ${RUNS} runs after 1 warm-up run, each in a fresh context with the HTTP cache off, served with gzip level 6; ${minutes} min in all. CPU ×4: CDP Emulation.setCPUThrottlingRate.`,
    '',
    'Goals at CPU ×4 (ours/peer):',
    '',
    ...goals,
    '',
    markdownTable(
      [
        'figure',
        'peer ×1',
        'ours ×1',
        'ratio ×1',
        'peer ×4',
        'ours ×4',
        'ratio ×4',
        'goal ×4',
        'met',
      ],
      rows,
    ),
    '',
    'What is compared:',
    '',
    "- **Peer**: SurveyJS (survey-react-ui 3.0.0) rendering 60 five-level Likert questions, 10 per page; the PDF is survey-pdf's form printout of the answers.",
    '- **Ours, start page**: the production build (as `npm run build` makes it) opened at its start page, where a first visit lands (load figures only).',
    "- **Ours, answering screen**: the bench build (`dist-bench/`, `vite build --mode bench`): its app files are exactly the production build's; beside them a page `seed/` saves a 60-question assessment (6 dimensions of 10 maturity questions: the first 60 unconditional maturity questions of the shipped technology-readiness and resilience questionnaires, with their help texts, five level descriptions and \"don't know\"; see src/bench/questionnaire.ts) and opens its answering screen. Load figures are that screen's own page load from its navigation start (bytes include the seed page); the seeding is not counted, as for a person who comes back to an assessment in progress. The service worker registers as it ships.",
    '- **Answering**: the harness clicks option 1 and 3 alternately on every question (60 clicks), one dimension per page, with the screen\'s own "next" button; the review screen\'s `data-complete="yes"` appears only when every question is answered.',
    '- **PDF**: ours is the full report (scores, charts, recommendations, answers; 60 questions), from the click on the results screen\'s "download report" until the PDF is handed to the browser, with the lazy load of the report code, jsPDF and font.',
    '- The harness copy runs its browser contexts with bypassCSP (our Content-Security-Policy forbids the eval its string predicates need); nothing else in it is changed.',
    '',
    `Command: \`npm run bench:peer\` (BENCH_RUNS=n, BENCH_SKIP_BUILD=1; the harness and the peer are copied to and built in ${'<tmpdir>'}/itas-bench-peer).`,
    '',
  ].join('\n');
  const formatted = await format(text, { parser: 'markdown' });
  console.log(formatted);
  writeFileSync(join(ROOT, 'bench', 'peer-latest.md'), formatted);
}

await main();
