// npm run screenshots: every screen (tests/e2e/support/screens.ts, the same list the widths test
// checks) in German and English at 1280×800, 768×1024 and 390×844, from the production build,
// into screenshots/ (ignored by git). The copy photographed has an example hosting.json with a
// coaching contact and a logo, so that the results show the whole next step, and a benchmark.json
// made from 200 generated study files, so that they show the firm against the region.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openSession } from '../tests/e2e/support/browser.ts';
import { SCREENS, seedScreens } from '../tests/e2e/support/screens.ts';
import { serveStatic } from '../tests/e2e/support/server.ts';
import { generatedStudyFiles, studyOfRecords } from '../src/bench/study-files.ts';
import { benchmarkOf } from '../src/core/study/benchmark.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'screenshots');

const EXAMPLE_HOSTING = {
  operator: 'IHK Chemnitz (Beispiel)',
  address: 'Straße der Nationen 25\n09111 Chemnitz',
  email: 'info@example.org',
  logo: { file: 'logo.svg', alt: 'Logo des Betreibers (Beispiel)' },
  benchmark: 'benchmark.json',
  coaching: {
    name: 'Erika Beispiel',
    organisation: 'Strategiecoaching der Initiative',
    phone: '+49 371 0000-123',
    email: 'coaching@example.org',
    bookingUrl: 'https://example.org/termin',
  },
};
const EXAMPLE_LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="48" viewBox="0 0 160 48">' +
  '<rect width="160" height="48" rx="6" fill="#e8eef3"/>' +
  '<text x="80" y="30" font-family="sans-serif" font-size="16" text-anchor="middle" fill="#1f5f8b">Betreiber-Logo</text></svg>';

async function setLang(page: Page, lang: 'de' | 'en') {
  await page.evaluate((l) => localStorage.setItem('itas.language', l), lang);
}

const slug = (name: string) => name.replace(/[^a-z]+/g, '-').replace(/-$/, '');

async function main() {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'itas-screenshots-'));
  cpSync(join(ROOT, 'dist'), dir, { recursive: true });
  writeFileSync(join(dir, 'hosting.json'), JSON.stringify(EXAMPLE_HOSTING));
  writeFileSync(join(dir, 'logo.svg'), EXAMPLE_LOGO);
  const { study } = studyOfRecords(generatedStudyFiles(200, 7));
  writeFileSync(join(dir, 'benchmark.json'), JSON.stringify(benchmarkOf(study, '2026-11')));
  const server = await serveStatic(dir);
  const viewports = [
    { width: 1280, height: 800 },
    { width: 768, height: 1024 },
    { width: 390, height: 844 },
  ];
  try {
    for (const viewport of viewports) {
      const session = await openSession(viewport);
      const { page } = session;
      const seeded = await seedScreens(page, server.url);
      for (const lang of ['de', 'en'] as const) {
        await setLang(page, lang);
        for (const [i, screen] of SCREENS.entries()) {
          await screen.open(page, seeded);
          await page.reload();
          await screen.open(page, seeded);
          await page.waitForTimeout(300);
          const n = String(i + 1).padStart(2, '0');
          const file = join(OUT, `${lang}-${viewport.width}-${n}-${slug(screen.name)}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
        }
      }
      await session.close();
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
