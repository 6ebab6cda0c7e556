import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { readAssessmentText, scoreInputOf } from '../../src/core/records/assessment';
import { cutScore, scoreAssessment } from '../../src/core/scoring/scoring';
import { answerAll, QUESTIONNAIRES, startAssessment } from './support/app';
import { openSession, type Session } from './support/browser';

const baseURL = inject('baseURL');
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const viewports = [
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
];

describe('a manager completes an assessment with the mouse', () => {
  for (const viewport of viewports) {
    for (const key of ['resilience', 'technology'] as const) {
      it(`${QUESTIONNAIRES[key].de} at ${viewport.width}×${viewport.height}`, async () => {
        session = await openSession(viewport);
        const { page } = session;
        await startAssessment(page, baseURL, {
          questionnaire: key,
          firm: 'Muster Zerspanung GmbH',
        });
        await answerAll(page);
        await expect
          .poll(() => page.getByText('Sie haben alle Fragen beantwortet.').count())
          .toBe(1);

        await page.getByRole('link', { name: 'Ergebnisse anzeigen' }).click();
        const index = page.getByTestId('overall-index');
        await index.waitFor();
        // The chart is drawn: a bar for each field answered.
        await expect
          .poll(() => page.locator('[data-testid=field-chart] .field-bar').count())
          .toBeGreaterThanOrEqual(2);

        // What the screen shows is what core computes from the saved file.
        const download = page.waitForEvent('download');
        await page.goto(baseURL);
        // A finished assessment's row offers its results; the rest is under "Mehr".
        await page.locator('.assessment-row .button.primary', { hasText: 'Ergebnisse' }).waitFor();
        await page.locator('.row-menu > summary').first().click();
        await page
          .getByRole('button', { name: /Exportieren/ })
          .first()
          .click();
        const file = await (await download).path();
        const restored = readAssessmentText(readFileSync(file, 'utf8'));
        expect(restored.ok, 'the exported file restores').toBe(true);
        if (!restored.ok) return;
        const result = scoreAssessment(scoreInputOf(restored.value));
        expect(result.overall.completeness, 'every visible question answered').toBe(1);
        expect(restored.value.firm?.name).toBe('Muster Zerspanung GmbH');
        await page
          .getByRole('link', { name: /^Ergebnisse/ })
          .first()
          .click();
        await expect
          .poll(() => page.getByTestId('overall-index').textContent())
          .toBe(String(cutScore(result.overall.score!)));
        expect(session.errors, 'no errors in the page').toEqual([]);
      });
    }
  }
});
