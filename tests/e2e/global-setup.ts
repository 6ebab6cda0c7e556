import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './support/server';

const ROOT = join(import.meta.dirname, '..', '..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}

/** Builds the production app once and serves it on 127.0.0.1 for every browser test. */
export default async function setup(project: TestProject) {
  const dist = join(ROOT, 'dist');
  if (!process.env.E2E_SKIP_BUILD) {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      {
        cwd: ROOT,
        stdio: 'inherit',
        // Vitest sets NODE_ENV=test, which would make a development build of React.
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
  }
  const server = await serveStatic(dist);
  project.provide('baseURL', server.url);
  project.provide('distDir', dist);
  return () => server.close();
}
