// The hosting recipe, served by a real web server: Debian's nginx runs hosting/nginx/itas.conf
// on a local port, under the sub-path /itas/. Its headers are checked, then the offline journey
// runs against it: one visit, the server stopped, a whole assessment with results and PDF.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { answerAll, startAssessment } from './support/app';
import { openSession, type Session } from './support/browser';
import { downloadReport } from './support/pdf';
import { ROOT } from '../support/helpers';
import { freePort } from './support/server';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const distDir = inject('distDir');
const dir = mkdtempSync(join(tmpdir(), 'itas-nginx-'));
const site = join(dir, 'srv', 'itas');
let nginx: ChildProcess | null = null;
let base = '';

async function startNginx(port: number) {
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
  let output = '';
  nginx.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/itas/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not start: ${output}`);
}

function stopNginx() {
  nginx?.kill('SIGTERM');
  nginx = null;
}

beforeAll(async () => {
  // nginx's workers run as another user (www-data) when the tests run as root: they must read it.
  chmodSync(dir, 0o755);
  mkdirSync(site, { recursive: true, mode: 0o755 });
  cpSync(distDir, site, { recursive: true });
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  // The recipe as a host would use it, with its folder moved to this test's.
  const recipe = readFileSync(join(ROOT, 'hosting/nginx/itas.conf'), 'utf8').replaceAll(
    '/srv/itas/',
    `${site}/`,
  );
  writeFileSync(join(dir, 'itas.conf'), recipe);
  const port = await freePort();
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `  ${t === 'body' ? 'client_body' : t}_temp_path ${join(dir, t)};`,
      ),
      `  server { listen 127.0.0.1:${port}; include ${join(dir, 'itas.conf')}; }`,
      '}',
    ].join('\n'),
  );
  base = `http://127.0.0.1:${port}/itas/`;
  await startNginx(port);
});
afterAll(() => {
  stopNginx();
  rmSync(dir, { recursive: true, force: true });
});

describe('hosting with nginx (hosting/nginx/itas.conf)', () => {
  it('serves the right headers: CSP, no-cache for the page and the worker, a year for assets', async () => {
    const page = await fetch(base);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${base}sw.js`)).headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script, 'the page loads a script with a content hash in its name').toMatch(
      /^assets\/[\w.-]+-[\w-]{8}\.js$/,
    );
    const asset = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('content-security-policy')).toBe(csp);
    const manifest = await fetch(`${base}manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
  });

  it('after one visit, a whole assessment works with the server stopped', async () => {
    const session: Session = await openSession();
    try {
      const { page } = session;
      await page.goto(base);
      await page.locator('h1').waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      stopNginx();
      await page.reload();
      await page.locator('h1').waitFor();
      await startAssessment(page, base, { questionnaire: 'technology', firm: 'Nginx GmbH' });
      await answerAll(page);
      await page.getByRole('link', { name: 'Ergebnisse anzeigen' }).click();
      await page.getByTestId('overall-index').waitFor();
      const report = await downloadReport(page);
      expect(report.text).toContain('Nginx GmbH');
      const failed = session.errors.filter((e) => !e.includes('ERR_CONNECTION_REFUSED'));
      expect(failed, 'nothing failed offline').toEqual([]);
    } finally {
      await session.close();
    }
  });
});
