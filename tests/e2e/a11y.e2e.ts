import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startAssessment } from './support/app';
import { violations } from './support/axe';
import { openSession, type Session } from './support/browser';

const baseURL = inject('baseURL');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'assessments');
let session: Session;

beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session.close();
});

describe('axe finds no violations', () => {
  for (const lang of ['de', 'en'] as const) {
    describe(lang, () => {
      it('start page, import dialog, portfolio and settings', async () => {
        const { page } = session;
        await page.goto(baseURL);
        if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
        await page.locator('h1').waitFor();
        expect(await violations(page), 'start page (empty)').toEqual([]);

        await page
          .locator('input[type=file]')
          .setInputFiles([
            join(FIXTURES, 'resilience-strong.json'),
            join(FIXTURES, 'technology-readiness-strong.json'),
          ]);
        await page.locator('dialog[open]').waitFor();
        expect(await violations(page), 'import dialog').toEqual([]);
        await page.locator('dialog[open] .button.primary').click();
        expect(await violations(page), 'start page with saved assessments').toEqual([]);

        await page
          .getByRole('link', { name: /Portfolio/ })
          .first()
          .click();
        await page.getByTestId('portfolio-position').waitFor();
        await page.getByTestId('portfolio-chart').locator('.portfolio-dot').waitFor();
        expect(await violations(page), 'portfolio').toEqual([]);

        await page.getByRole('link', { name: /^(Einstellungen|Settings)$/ }).click();
        await page.getByRole('heading', { level: 1, name: /^(Einstellungen|Settings)$/ }).waitFor();
        expect(await violations(page), 'settings').toEqual([]);

        await page.getByRole('link', { name: /^(Über & Datenschutz|About & privacy)$/ }).click();
        await page.getByTestId('hosting').waitFor();
        expect(await violations(page), 'about and privacy').toEqual([]);
      });

      it('firm and profile, answering, unanswered list and results', async () => {
        const { page } = session;
        await page.goto(baseURL);
        if (lang === 'en') {
          // The language is remembered from the test above.
          await page.getByRole('heading', { name: 'Questionnaires' }).waitFor();
          await page.getByRole('button', { name: 'Deutsch' }).click();
        }
        await page.getByRole('link', { name: /Bewertung beginnen.*Resilienz/ }).click();
        await page.getByRole('heading', { level: 1 }).waitFor();
        if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
        expect(await violations(page), 'firm and role').toEqual([]);
        if (lang === 'en') await page.getByRole('button', { name: 'Deutsch' }).click();
        await page.goto(baseURL);
        await startAssessment(page, baseURL, {
          questionnaire: 'resilience',
          firm: `Barrierefrei ${lang}`,
        });
        if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
        await page.locator('.question input[type=radio]').first().click();
        await page
          .getByRole('button', { name: /Notiz hinzufügen|Add a note/ })
          .first()
          .click();
        expect(await violations(page), 'answering').toEqual([]);

        await page
          .getByRole('link', { name: /Übersicht und Ergebnisse|Overview and results/ })
          .first()
          .click();
        await page
          .getByRole('heading', { name: /Noch offene Fragen|Questions still open/ })
          .waitFor();
        expect(await violations(page), 'unanswered list').toEqual([]);

        await page.getByRole('link', { name: /Ergebnisse anzeigen|Show results/ }).click();
        await page.getByTestId('overall-index').waitFor();
        await page
          .locator('[data-testid=field-chart] .field-bar')
          .first()
          .waitFor({ state: 'attached' });
        expect(await violations(page), 'results').toEqual([]);
        if (lang === 'en') await page.getByRole('button', { name: 'Deutsch' }).click();
      });
    });
  }
});

describe('the profile form', () => {
  it('has no violations', async () => {
    const { page } = session;
    await page.goto(baseURL);
    await page.evaluate(() => localStorage.setItem('itas.language', 'de'));
    await page.reload();
    await page.getByRole('link', { name: /Bewertung beginnen.*Technologie/ }).click();
    await page.getByRole('radio', { name: 'Neues Unternehmen anlegen' }).check();
    await page.getByLabel('Name des Unternehmens').fill('Profil GmbH');
    await page.getByRole('radio', { name: 'Betriebsrat' }).check();
    await page.getByRole('button', { name: 'Weiter zum Unternehmensprofil' }).click();
    await page.getByRole('heading', { name: 'Unternehmensprofil' }).waitFor();
    expect(await violations(page), 'profile form').toEqual([]);
  });
});
