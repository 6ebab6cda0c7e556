import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { answerAll, startAssessment } from './support/app';
import { openSession, type Session } from './support/browser';
import { downloadReport } from './support/pdf';

const baseURL = inject('baseURL');
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('the PDF report', () => {
  it('downloads from the results, carries the firm and the dimensions, and imports back on another device', async () => {
    session = await openSession();
    const { page } = session;
    await startAssessment(page, baseURL, {
      questionnaire: 'resilience',
      firm: 'Bericht Präzision GmbH',
    });
    await answerAll(page);
    await page.getByRole('link', { name: 'Ergebnisse anzeigen' }).click();
    await page.getByTestId('overall-index').waitFor();
    const report = await downloadReport(page);
    expect(report.name).toMatch(/^itas-bericht-resilience-bericht-praezision-gmbh\.pdf$/);
    expect(report.text).toContain('Bericht Präzision GmbH');
    expect(report.text).toContain('Markt-, Kunden- und Produktabhängigkeit');
    expect(session.errors).toEqual([]);

    // A colleague imports the PDF itself on a fresh device: the assessment is back.
    const other = await openSession();
    try {
      await other.page.goto(baseURL);
      // The downloaded file keeps no name here, so it is handed over as the report it is.
      await other.page.locator('input[type=file]').setInputFiles({
        name: 'itas-bericht.pdf',
        mimeType: 'application/pdf',
        buffer: readFileSync(report.path),
      });
      await other.page.getByText('Bewertung importiert.').waitFor();
      await other.page.getByRole('button', { name: 'Schließen' }).click();
      expect(await other.page.locator('.assessment-row').count()).toBe(1);
      expect(
        await other.page.getByRole('heading', { name: 'Bericht Präzision GmbH' }).count(),
      ).toBe(1);
    } finally {
      await other.close();
    }
  });
});
