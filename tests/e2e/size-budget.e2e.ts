import { describe, expect, inject, it } from 'vitest';
import { startAssessment } from './support/app';
import { openSession } from './support/browser';
import { BUDGET, gzipKiB, recordRequests } from './support/transfer';

const baseURL = inject('baseURL');
const distDir = inject('distDir');

function report(name: string, sized: ReturnType<typeof gzipKiB>) {
  const lines = sized.files.map(
    (f) => `  ${(f.bytes / 1024).toFixed(1).padStart(7)} KiB  ${f.path}`,
  );
  console.log(`${name}: ${sized.total.toFixed(1)} KiB gzip\n${lines.join('\n')}`);
}

describe('size budget (gzip level 6, from the production build)', () => {
  it(`the start page transfers at most ${BUDGET.startPageKiB} KiB, the answering screen of the larger questionnaire at most ${BUDGET.answeringScreenKiB} KiB`, async () => {
    const session = await openSession();
    try {
      const { page } = session;
      const paths = recordRequests(page, baseURL);
      await page.goto(baseURL, { waitUntil: 'networkidle' });
      const start = gzipKiB(distDir, paths);
      report('start page', start);
      expect(
        start.total,
        'charts, PDF and questionnaires must not load with the start page',
      ).toBeLessThanOrEqual(BUDGET.startPageKiB);
      expect(
        [...paths].some((p) => /Charts|jspdf|technology-readiness|resilience/.test(p)),
        'nothing heavy on the start page',
      ).toBe(false);

      await startAssessment(page, baseURL, { questionnaire: 'technology', firm: 'Budget GmbH' });
      await page.waitForLoadState('networkidle');
      const answering = gzipKiB(distDir, paths);
      report('answering screen (technology readiness)', answering);
      expect(answering.total).toBeLessThanOrEqual(BUDGET.answeringScreenKiB);
    } finally {
      await session.close();
    }
  });
});
