// After the questionnaires' revision to 1.1, in the browser: an assessment answered on 1.0.0 is
// imported and shows the results it had on 1.0.0; in the coach workspace it is compared with the
// same firm's 1.1 assessment, matched through the id map of the questionnaire's revisions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { readAssessmentText, type Assessment } from '../../src/core/records/assessment';
import { compareAssessments } from '../../src/core/compare/compare';
import { cutScore } from '../../src/core/scoring/scoring';
import { readJson, ROOT } from '../support/helpers';
import { openSession, type Session } from './support/browser';

const baseURL = inject('baseURL');
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const OLD = join(ROOT, 'tests/fixtures/assessments/v1.0.0/resilience-weak.json');
const NEW = join(ROOT, 'tests/fixtures/assessments/resilience-weak.json');
const read = (path: string): Assessment => {
  const r = readAssessmentText(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(path);
  return r.value;
};
const recorded = (
  readJson('tests/fixtures/assessments/v1.0.0/results.json') as Record<
    string,
    { overall: { score: number }; dimensions: Record<string, { score: number | null }> }
  >
)['resilience-weak']!;

describe('questionnaire versions', () => {
  it('opens a 1.0.0 assessment with the results it had on 1.0.0', async () => {
    session = await openSession();
    const { page } = session;
    const before = read(OLD);
    await page.goto(baseURL);
    await page.locator('input[type=file]').setInputFiles(OLD);
    await page.getByRole('button', { name: 'Schließen' }).click();
    await page.goto(`${baseURL}#/a/${before.id}/results`);
    await page.getByTestId('overall-index').waitFor();
    expect(await page.getByTestId('overall-index').innerText()).toBe(
      String(cutScore(recorded.overall.score)),
    );
    await page.getByText('Alle Themenfelder, Ziele und Rechenweg').click();
    const rows = page.locator('.dimension-table tbody tr');
    expect(await rows.count()).toBe(Object.keys(recorded.dimensions).length);
    for (const [i, [id, d]] of Object.entries(recorded.dimensions).entries()) {
      const cell = rows.nth(i).locator('td').first();
      expect(await cell.innerText(), id).toContain(String(cutScore(d.score!)));
    }
  });

  it('compares a 1.0.0 and a 1.1 assessment of the same firm in the coach workspace', async () => {
    session = await openSession();
    const { page } = session;
    const before = read(OLD);
    const now = read(NEW);
    const core = compareAssessments([before, now]);
    await page.goto(`${baseURL}#/coach`);
    await page.getByRole('heading', { name: 'Coaching-Arbeitsplatz' }).waitFor();
    await page.locator('input[type=file]').setInputFiles([OLD, NEW]);
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('li.ok').count()).toBe(2);
    await dialog.getByRole('button', { name: 'Schließen' }).click();

    const card = page.locator('.card', { hasText: now.firm!.name });
    await card.getByText('2 Bewertungen').waitFor();
    await card.getByRole('link', { name: 'Öffnen' }).click();
    await page.waitForURL(/#\/coach\/.+/);
    const section = page.locator('.compare-section[data-questionnaire="resilience"]');
    await section.locator('.radar-series').first().waitFor();
    expect(await section.locator('.radar-series').count()).toBe(2);
    for (const d of core.dimensions) {
      const row = section.locator(`[data-testid=compare-table] tr[data-dimension="${d.id}"]`);
      expect(await row.locator('[data-cell=mean]').innerText(), d.id).toBe(
        String(cutScore(d.mean!)),
      );
    }
    // The versions and what the revision changed, with its reasons.
    const note = section.locator('.banner-info');
    await note.waitFor();
    expect(await note.innerText()).toMatch(
      /verschiedenen Versionen des Fragebogens gemacht \((1\.0\.0, 1\.1\.0|1\.1\.0, 1\.0\.0)\)/,
    );
    const moved = core.versionDifferences.find((v) => v.kind === 'moved')!;
    expect(await note.innerText()).toContain(
      `Frage ${moved.id} (Version 1.0.0) wird jetzt in ${moved.movedTo!.questionnaire} als ${moved.movedTo!.question} gefragt`,
    );
    expect(await note.innerText()).toContain(moved.reason!.de);
    const renamed = core.versionDifferences.find((v) => v.kind === 'renamed');
    if (renamed)
      expect(await note.innerText()).toContain(
        `Frage ${renamed.id} hieß in Version 1.0.0 ${renamed.from}`,
      );
  });
});
