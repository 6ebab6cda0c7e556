import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

const FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'assessments');
export const ALL_FIXTURES = [
  'resilience-weak',
  'technology-readiness-weak',
  'resilience-strong',
  'technology-readiness-strong',
] as const;

/** Imports assessment fixtures on the start page and confirms the import dialog. */
export async function importFixtures(
  page: Page,
  baseURL: string,
  names: readonly string[] = ALL_FIXTURES,
) {
  await page.goto(baseURL);
  await page
    .locator('input[type=file]')
    .setInputFiles(names.map((f) => join(FIXTURE_DIR, `${f}.json`)));
  await page.locator('dialog[open] .button.primary').click();
}

export const QUESTIONNAIRES = {
  resilience: { id: 'resilience', de: 'Resilienz-Check', en: 'Resilience check' },
  technology: {
    id: 'technology-readiness',
    de: 'Technologie- und Transformationsbereitschaft',
    en: 'Technology and transformation readiness',
  },
} as const;

/** Level chosen for the n-th question: a spread over 1..5, so scores are not trivial. */
export const levelFor = (n: number) => (n % 5) + 1;

export async function startAssessment(
  page: Page,
  baseURL: string,
  options: {
    questionnaire: keyof typeof QUESTIONNAIRES;
    firm: string;
    role?: string;
    existingFirm?: boolean;
  },
) {
  await page.goto(baseURL);
  const q = QUESTIONNAIRES[options.questionnaire];
  await page.getByRole('link', { name: new RegExp(`Bewertung beginnen.*${q.de}`) }).click();
  if (options.existingFirm) {
    await page.getByRole('radio', { name: options.firm }).check();
  } else {
    await page.getByRole('radio', { name: 'Neues Unternehmen anlegen' }).check();
    await page.getByLabel('Name des Unternehmens').fill(options.firm);
  }
  await page.getByRole('radio', { name: options.role ?? 'Geschäftsführung' }).check();
  await page.getByRole('button', { name: 'Weiter zum Unternehmensprofil' }).click();
  await page.getByRole('heading', { name: 'Unternehmensprofil' }).waitFor();
  if (!options.existingFirm) {
    await page.getByRole('textbox', { name: /Wie viele Beschäftigte/ }).fill('120');
    await page.getByRole('textbox', { name: /größter Kunde/ }).fill('40');
    await page.getByRole('textbox', { name: /nur Fahrzeuge mit Verbrennungsmotor/ }).fill('60');
    await page
      .getByRole('group', { name: /Betriebsrat/ })
      .getByRole('radio', { name: 'Ja' })
      .check();
  }
  await page.getByRole('button', { name: 'Bewertung starten' }).click();
  await page.locator('#dimension-title').waitFor();
  return page.url();
}

async function answerCard(card: Locator, n: number) {
  const radios = card.getByRole('radio');
  const radioCount = await radios.count();
  if (radioCount > 0) {
    const levels = card.locator('input[type=radio][id$="-1"], input[type=radio][id$="-2"]');
    const isMaturity = (await card.locator('.level-number').count()) > 0;
    if (isMaturity) {
      await card.locator(`input[type=radio][id$="-${levelFor(n)}"]`).click();
    } else {
      // The first real option (not "don't know"): single choice or yes/no.
      void levels;
      await radios.first().click();
    }
    return;
  }
  const boxes = card.getByRole('checkbox');
  if ((await boxes.count()) > 0) {
    await boxes.first().click();
    return;
  }
  const input = card.locator('input[type=text]');
  if ((await input.count()) > 0) {
    await input.first().fill(String(3 + (n % 4)));
    return;
  }
  const text = card.locator('textarea.text-answer');
  if ((await text.count()) > 0) await text.first().fill('Antwort im Test');
}

/** Answers every visible question of the current dimension (conditions may reveal more). */
export async function answerDimension(page: Page, start = 0): Promise<number> {
  let n = start;
  for (let round = 0; round < 5; round++) {
    const open = page.locator('.question[data-answered="no"]');
    const count = await open.count();
    if (count === 0) break;
    for (let i = 0; i < count; i++) {
      // Re-query: answering may add or remove cards.
      const card = page.locator('.question[data-answered="no"]').first();
      if ((await card.count()) === 0) break;
      await answerCard(card, n++);
    }
  }
  return n;
}

/** Answers the whole questionnaire from the first dimension on, ending on the review screen. */
export async function answerAll(page: Page) {
  let n = 0;
  for (;;) {
    n = await answerDimension(page, n);
    const next = page.locator('.dimension-pager .button.primary');
    const href = (await next.getAttribute('href')) ?? '';
    await next.click();
    // Wait for the next screen itself: the old one stays until the new one renders.
    await page.waitForURL((url) => url.hash === href);
    if (href.endsWith('/review')) break;
    await page.locator('#dimension-title').waitFor();
  }
  await page
    .getByRole('heading', {
      name: /Noch offene Fragen|Questions still open|Alle Fragen beantwortet|Every question answered/,
    })
    .waitFor();
}
