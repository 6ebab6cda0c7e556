// Every screen of the app with data in it: the widths test looks at each at five widths, and
// `npm run screenshots` photographs each. `seedScreens` saves the data they show.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { importFixtures, startAssessment } from './app.ts';
import { generatedStudyFiles } from '../../../src/bench/study-files.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'assessments');

/** Where the seeded data is: the app, an assessment in progress and a coach case. */
export interface Seeded {
  url: string;
  answeringUrl: string;
  caseUrl: string;
}

export interface Screen {
  name: string;
  /** Goes there and waits until the screen has its content. */
  open(page: Page, at: Seeded): Promise<void>;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first().waitFor();

async function results(page: Page, url: string) {
  await page.goto(url);
  await page.getByTestId('overall-index').waitFor();
  await page.locator('[data-testid=field-chart] .field-bar').first().waitFor();
  await page.getByTestId('next-step').waitFor();
}

/** A screen that is there once its heading is. */
const plain = (name: string, path: string): Screen => ({
  name,
  open: async (page, at) => {
    await page.goto(`${at.url}${path}`);
    await heading(page);
  },
});

export const SCREENS: Screen[] = [
  {
    name: 'start',
    open: async (page, at) => {
      await page.goto(at.url);
      await page.locator('.assessment-row').first().waitFor();
    },
  },
  plain('new assessment', '#/new/resilience'),
  {
    name: 'profile',
    open: async (page, at) => {
      await page.goto(`${at.url}#/new/resilience`);
      await page.locator('input[name=firm]').last().check(); // a new firm: its profile is empty
      await page.locator('#firm-name').fill('Profil GmbH');
      await page.locator('input[name=role]').first().check();
      await page.locator('.button.primary').click();
      await page.locator('.profile-form').waitFor();
    },
  },
  {
    name: 'answering',
    open: async (page, at) => {
      await page.goto(at.answeringUrl);
      await page.locator('#dimension-title').waitFor();
    },
  },
  {
    name: 'review',
    open: async (page, at) => {
      await page.goto(at.answeringUrl.replace(/\/d\/\d+.*$/, '/review'));
      await heading(page);
    },
  },
  {
    name: 'results (weak)',
    open: (page, at) => results(page, `${at.url}#/a/fixture-resilience-weak/results`),
  },
  {
    name: 'results (strong)',
    open: (page, at) => results(page, `${at.url}#/a/fixture-technology-readiness-strong/results`),
  },
  {
    name: 'portfolio',
    open: async (page, at) => {
      await page.goto(`${at.url}#/portfolio/firm-erzgebirgische-praezisionsteile`);
      await page.getByTestId('portfolio-position').waitFor();
      await page.getByTestId('portfolio-chart').locator('.portfolio-dot').waitFor();
    },
  },
  plain('settings', '#/settings'),
  {
    name: 'about',
    open: async (page, at) => {
      await page.goto(`${at.url}#/about`);
      await page.getByTestId('hosting').waitFor();
    },
  },
  plain('coach', '#/coach'),
  {
    name: 'coach case',
    open: async (page, at) => {
      await page.goto(at.caseUrl);
      await page.locator('.compare-section .radar-series').first().waitFor();
      await page.locator('.session-dimension').first().waitFor();
    },
  },
  plain('workshops', '#/workshop'),
  plain('preview', '#/preview'),
  {
    name: 'study',
    open: async (page, at) => {
      await page.goto(`${at.url}#/study`);
      await heading(page);
      await page.getByTestId('study-files').setInputFiles(
        generatedStudyFiles(30, 11).map((r, i) => ({
          name: `itas-studie-${i}.json`,
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(r)),
        })),
      );
      await page.getByTestId('study-counts').waitFor();
    },
  },
  plain('not found', '#/no/such/screen'),
];

/**
 * Saves what the screens show, in German: the fixtures, an assessment with one answer, and a coach
 * case of one firm compared from two assessments (management and works council).
 */
export async function seedScreens(page: Page, url: string): Promise<Seeded> {
  await importFixtures(page, url);
  const answeringUrl = await startAssessment(page, url, {
    questionnaire: 'resilience',
    firm: 'Schmale Bildschirme GmbH',
  });
  await page.locator('.question input[type=radio]').first().click();

  const weak = JSON.parse(readFileSync(join(FIXTURES, 'resilience-weak.json'), 'utf8'));
  const strong = JSON.parse(readFileSync(join(FIXTURES, 'resilience-strong.json'), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'itas-screens-'));
  try {
    writeFileSync(join(dir, 'gf.json'), JSON.stringify({ ...weak, id: 'screens-gf' }));
    writeFileSync(
      join(dir, 'br.json'),
      JSON.stringify({ ...strong, id: 'screens-br', firm: weak.firm, role: 'works_council' }),
    );
    await page.goto(`${url}#/coach`);
    await heading(page);
    await page
      .locator('input[type=file]')
      .setInputFiles([join(dir, 'gf.json'), join(dir, 'br.json')]);
    const dialog = page.getByRole('dialog');
    await dialog.locator('li.ok').nth(1).waitFor();
    await dialog.getByRole('button', { name: 'Schließen' }).click();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await page
    .locator('.card', { hasText: weak.firm.name })
    .getByRole('link', { name: 'Öffnen' })
    .click();
  await page.waitForURL(/#\/coach\/.+/);
  return { url, answeringUrl, caseUrl: page.url() };
}
