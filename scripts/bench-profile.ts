// npm run bench:profile: where the time goes, at 4× CPU slow-down, in the bench build
// (dist-bench/, see vite.config.ts): CPU profiles (CDP Profiler) of opening the 60-question
// assessment's answering screen and of the full PDF report, and React's renders per answer
// (bench/render-counter.js, injected only here). Prints self time per script file and the
// hottest functions with a snippet of their (minified) code. BENCH_SKIP_BUILD=1 reuses the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from '../tests/e2e/support/browser.ts';
import { buildApp, ROOT } from './bench-build.ts';
import { median } from './bench-lib.ts';
import { serveGzip } from './bench-server.ts';

const CPU = Number(process.env.BENCH_CPU ?? 4);
const ID = 'bench-maturity-60';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

async function profiled<T>(cdp: CDPSession, work: () => Promise<T>) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const value = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  return { value, profile };
}

function report(title: string, profile: Profile, dist: string) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i]! / 1000),
  );
  const file = (url: string) => url.replace(/^.*\/(assets\/)?/, '') || '(native)';
  const perFile = new Map<string, number>();
  const perFn = new Map<string, { ms: number; frame: ProfileNode['callFrame'] }>();
  for (const [id, ms] of self) {
    const f = byId.get(id)!.callFrame;
    const name = f.url ? file(f.url) : f.functionName || '(anonymous)';
    perFile.set(name, (perFile.get(name) ?? 0) + ms);
    if (!f.url) continue;
    const key = `${file(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1} ${f.functionName || '(anonymous)'}`;
    const e = perFn.get(key) ?? { ms: 0, frame: f };
    e.ms += ms;
    perFn.set(key, e);
  }
  const total = (profile.endTime - profile.startTime) / 1000;
  const lines = [
    `\n## ${title} — profile of ${total.toFixed(0)} ms (CPU ×${CPU})`,
    '',
    'Self time per script:',
  ];
  for (const [name, ms] of [...perFile].sort((a, b) => b[1] - a[1]).slice(0, 12))
    lines.push(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  lines.push('', 'Hottest functions (self time), with the code at their start:');
  for (const [key, { ms, frame }] of [...perFn].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) {
    let snippet = '';
    try {
      const src = readFileSync(join(dist, new URL(frame.url).pathname), 'utf8').split('\n');
      snippet = (src[frame.lineNumber] ?? '').slice(frame.columnNumber, frame.columnNumber + 90);
    } catch {
      // Not one of our files.
    }
    lines.push(`  ${ms.toFixed(0).padStart(6)} ms  ${key}  ${snippet.replace(/\s+/g, ' ')}`);
  }
  console.log(lines.join('\n'));
}

const waitReady = (page: Page) => page.locator('.question .choice').first().waitFor();

async function main() {
  const dist = await buildApp('bench');
  const server = await serveGzip(dist);
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: CHROME_ARGS,
    headless: true,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'de-DE',
      bypassCSP: true,
    });
    await context.addInitScript({
      content: readFileSync(join(ROOT, 'bench', 'render-counter.js'), 'utf8'),
    });
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(`${server.url}seed/`);
    await waitReady(page);

    // 1. Opening the saved assessment's answering screen (a fresh page load).
    await page.goto('about:blank');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    const load = await profiled(cdp, async () => {
      await page.goto(`${server.url}?bench-renders#/a/${ID}/d/0`);
      await waitReady(page);
      return page.evaluate(() => performance.now());
    });
    report(
      `Opening the answering screen (ready after ${load.value.toFixed(0)} ms)`,
      load.profile,
      dist,
    );
    // Its timeline: scripts fetched (start → end), long tasks, first paint, from navigation start.
    // (A string, not a function: tsx would add helpers the page does not have.)
    const timeline = (await page.evaluate(`new Promise((resolve) => {
      const out = [];
      const done = () => resolve(out.sort((a, b) => parseFloat(a) - parseFloat(b)));
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      if (fcp) out.push(fcp.startTime.toFixed(0).padStart(6) + '          first contentful paint');
      for (const r of performance.getEntriesByType('resource'))
        out.push(r.startTime.toFixed(0).padStart(6) + ' → ' + r.responseEnd.toFixed(0).padStart(5) + '  ' + r.name.replace(/^.*\\//, ''));
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          out.push(e.startTime.toFixed(0).padStart(6) + ' + ' + e.duration.toFixed(0).padStart(5) + '  long task');
        done();
      }).observe({ type: 'longtask', buffered: true });
      setTimeout(done, 1000);
    })`)) as string[];
    console.log(
      '\nTimeline (ms from navigation start):\n' + timeline.map((l) => `  ${l}`).join('\n'),
    );

    // 2. React's renders per answer: which components render when one question is answered.
    const perAnswer: { components: number; cards: number }[] = [];
    const groups = page.locator('.question');
    for (let i = 0; i < 10; i++) {
      await page.evaluate(() => {
        (window as unknown as { __renders: { commits: unknown[] } }).__renders.commits = [];
      });
      await groups
        .nth(i)
        .locator('.choice')
        .nth(i % 2 ? 2 : 0)
        .click();
      await page.waitForTimeout(400); // the save and its follow-up commits
      perAnswer.push(
        await page.evaluate(() => {
          const c = (
            window as unknown as { __renders: { commits: { components: number; cards: number }[] } }
          ).__renders.commits;
          return {
            commits: c.length,
            components: c.reduce((a, x) => a + x.components, 0),
            cards: c.reduce((a, x) => a + x.cards, 0),
          };
        }),
      );
    }
    console.log(`\n## Renders per answer (10 answers on a page of 10 questions, CPU ×${CPU})`);
    console.log(JSON.stringify(perAnswer));
    console.log(
      `median per answer: ${median(perAnswer.map((x) => x.components))} components rendered, of which ${median(perAnswer.map((x) => x.cards))} question cards`,
    );

    // 3. The full PDF report, from the results screen's button.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    for (let d = 1; d < 6; d++) {
      await page.goto(`${server.url}#/a/${ID}/d/${d}`);
      await waitReady(page);
      const n = await groups.count();
      for (let i = 0; i < n; i++)
        await groups
          .nth(i)
          .locator('.choice')
          .nth(i % 2 ? 2 : 0)
          .click();
    }
    await page.goto(`${server.url}#/a/${ID}/results`);
    const button = page.getByRole('button', { name: /Bericht herunterladen/ });
    await button.waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    const pdf = await profiled(cdp, async () => {
      const start = Date.now();
      const downloading = page.waitForEvent('download');
      await button.click();
      await downloading;
      return Date.now() - start;
    });
    report(`Full PDF report (${pdf.value} ms to the download)`, pdf.profile, dist);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
