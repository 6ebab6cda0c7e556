// Builds what the benchmarks measure: the production build (dist/) and, for the side-by-side run,
// the bench build (dist-bench/: the same app plus hooks the peer's harness needs, src/bench/).
// BENCH_SKIP_BUILD=1 reuses an existing build.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, freemem, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { ensureFont } from './build-font';

export const ROOT = join(import.meta.dirname, '..');

export async function buildApp(mode: 'production' | 'bench'): Promise<string> {
  const dist = join(ROOT, mode === 'bench' ? 'dist-bench' : 'dist');
  if (process.env.BENCH_SKIP_BUILD && existsSync(join(dist, 'index.html'))) {
    console.error(`[bench] BENCH_SKIP_BUILD: reusing ${mode === 'bench' ? 'dist-bench' : 'dist'}/`);
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
      ...(mode === 'bench' ? ['--mode', 'bench'] : []),
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
      // A development build of React would be measured if NODE_ENV were anything else.
      env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
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
