// Builds what the benchmarks measure: the production build and, for the side-by-side run, the
// bench build (dist-bench/: the same app files plus the seed page, src/bench/). The production
// build goes to <tmpdir>/itas-bench/dist, not dist/, which the browser tests rebuild whenever they
// run. BENCH_SKIP_BUILD=1 reuses an existing build.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, freemem, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { ensureFont } from './build-font.ts';

export const ROOT = join(import.meta.dirname, '..');

export async function buildApp(mode: 'production' | 'bench'): Promise<string> {
  const dist = mode === 'bench' ? join(ROOT, 'dist-bench') : join(tmpdir(), 'itas-bench', 'dist');
  if (process.env.BENCH_SKIP_BUILD && existsSync(join(dist, 'index.html'))) {
    console.error(`[bench] BENCH_SKIP_BUILD: reusing ${dist}`);
    return dist;
  }
  await ensureFont();
  console.error(
    `[bench] building ${mode === 'bench' ? 'the bench build' : 'the production build'}…`,
  );
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--logLevel',
      'warn',
      ...(mode === 'bench' ? ['--mode', 'bench'] : ['--outDir', dist, '--emptyOutDir']),
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
      // A development build of React would be measured if NODE_ENV were anything else.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  return dist;
}

/** One line on the machine and browser the figures come from. */
export function machineLine(browserVersion: string): string {
  const cpu = cpus();
  const gib = (b: number) => (b / 2 ** 30).toFixed(1);
  return (
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${gib(totalmem())} GiB memory ` +
    `(${gib(freemem())} GiB free at start), ${type()} ${release()}, Node ${process.version}, ` +
    `Chromium ${browserVersion} headless (--disable-gpu)`
  );
}
