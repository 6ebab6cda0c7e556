// npm run screenshots: every screen in German and English at 1280×800, 768×1024 and 390×844, from the
// production build, into screenshots/ (ignored by git).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { importFixtures, startAssessment } from '../tests/e2e/support/app.ts';
import { openSession } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/server.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'screenshots');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'assessments');

async function setLang(page: Page, lang: 'de' | 'en') {
  await page.evaluate((l) => localStorage.setItem('itas.language', l), lang);
  await page.reload();
  await page.locator('h1').first().waitFor();
}

async function main() {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  mkdirSync(OUT, { recursive: true });
  const server = await serveStatic(join(ROOT, 'dist'));
  const viewports = [
    { width: 1280, height: 800 },
    { width: 768, height: 1024 },
    { width: 390, height: 844 },
  ];
  try {
    for (const viewport of viewports) {
      const session = await openSession(viewport);
      const { page } = session;
      const shot = async (lang: string, name: string) => {
        await page.waitForTimeout(300);
        const file = join(OUT, `${lang}-${viewport.width}x${viewport.height}-${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      };
      // Saved data for the lists, the results and the portfolio.
      await importFixtures(page, server.url);
      const assessmentUrl = await startAssessment(page, server.url, {
        questionnaire: 'resilience',
        firm: 'Beispiel GmbH',
      });
      await page.locator('.question input[type=radio]').first().click();

      for (const lang of ['de', 'en'] as const) {
        await page.goto(server.url);
        await setLang(page, lang);
        await shot(lang, 'start');
        await page
          .locator('input[type=file]')
          .setInputFiles(join(FIXTURES, 'resilience-weak.json'));
        await page.locator('dialog[open]').waitFor();
        await shot(lang, 'import-dialog');
        await page.locator('dialog[open] .button.primary').click();
        await page.goto(server.url + '#/new/resilience');
        await page.locator('h1').waitFor();
        await shot(lang, 'firm');
        await page.locator('input[name=role]').first().check();
        await page.locator('.button.primary').click();
        await page.locator('.profile-form').waitFor();
        await shot(lang, 'profile');
        await page.goto(assessmentUrl);
        await page.locator('#dimension-title').waitFor();
        await shot(lang, 'answering');
        await page.goto(assessmentUrl.replace(/\/d\/\d+.*$/, '/review'));
        await page.locator('h1').waitFor();
        await shot(lang, 'unanswered');
        await page.goto(server.url + '#/a/fixture-resilience-weak/results');
        await page.getByTestId('overall-index').waitFor();
        await page.locator('[data-testid=field-chart] .field-bar').first().waitFor();
        await shot(lang, 'results');
        await page.goto(server.url + '#/portfolio/firm-erzgebirgische-praezisionsteile');
        await page.getByTestId('portfolio-position').waitFor();
        await shot(lang, 'portfolio');
        await page.goto(server.url + '#/settings');
        await page.locator('h1').waitFor();
        await shot(lang, 'settings');
      }
      await session.close();
    }
  } finally {
    await server.close();
  }
}

await main();
