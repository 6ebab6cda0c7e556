import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { answerAll, startAssessment } from './support/app';
import { openSession, type Session } from './support/browser';

const baseURL = inject('baseURL');
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function completeAndOpenResults(s: Session, firm: string) {
  await startAssessment(s.page, baseURL, { questionnaire: 'resilience', firm });
  await answerAll(s.page);
  await s.page.getByRole('link', { name: 'Ergebnisse anzeigen' }).click();
  await s.page.getByTestId('overall-index').waitFor();
}

const priorities = (s: Session) =>
  s.page.getByTestId('priorities').locator(':scope > li > strong').allTextContents();

describe('results', () => {
  it('a changed target changes the priorities at once, and is kept', async () => {
    session = await openSession();
    await completeAndOpenResults(session, 'Ziel GmbH');
    const { page } = session;
    // Targets and the full list of priorities are one click away.
    await page.getByText('Alle Themenfelder, Ziele und Rechenweg').click();
    const before = await priorities(session);
    expect(before.length, 'the spread answers leave gaps').toBeGreaterThan(0);
    const top = before[0]!;
    // Lower the target of the top priority to 1: it can have no gap any more.
    await page.getByLabel(`Ziel-Stufe für ${top}`).selectOption('1');
    await expect.poll(() => priorities(session!)).not.toContain(top);
    // Raise another dimension's target to 5: it becomes a priority.
    const rows = await page.locator('.dimension-table tbody th').allTextContents();
    const other = rows.find((r) => r !== top)!;
    await page.getByLabel(`Ziel-Stufe für ${other}`).selectOption('5');
    await expect.poll(() => priorities(session!)).toContain(other);
    await page.reload();
    await page.getByTestId('overall-index').waitFor();
    await page.getByText('Alle Themenfelder, Ziele und Rechenweg').click();
    expect(await page.getByLabel(`Ziel-Stufe für ${top}`).inputValue()).toBe('1');
    expect(await priorities(session)).toContain(other);

    // The printout: no navigation or buttons, charts kept, targets as text.
    await page.locator('[data-testid=field-chart]').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible(), 'no navigation in print').toBe(false);
    expect(await page.getByRole('button', { name: 'Drucken' }).isVisible()).toBe(false);
    expect(
      await page.locator('[data-testid=field-chart]').isVisible(),
      'the chart is printed',
    ).toBe(true);
    expect(await page.locator('.print-only').first().textContent()).toMatch(/^\d \S/);
  });

  it('switches to English and back, and remembers the choice', async () => {
    session = await openSession();
    await completeAndOpenResults(session, 'Sprache GmbH');
    const { page } = session;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Overall index' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Results: Sprache GmbH',
    );
    expect(await page.getByText('Resilience check', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Overall index' }).waitFor();
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { name: 'Gesamtindex' }).waitFor();
    expect(session.errors).toEqual([]);
  });

  it('exports and re-imports: the same file is recognised, a changed one asks', async () => {
    session = await openSession();
    await completeAndOpenResults(session, 'Export GmbH');
    const { page } = session;
    await page.goto(baseURL);
    const downloading = page.waitForEvent('download');
    await page.locator('.row-menu > summary').first().click();
    await page.getByRole('button', { name: /^Exportieren/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      /^itas-resilience-export-gmbh-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const path = await download.path();

    // The same file again: already there, nothing changes.
    await page.locator('input[type=file]').setInputFiles(path);
    await page.getByText('Ist bereits auf diesem Gerät, unverändert.').waitFor();
    await page.getByRole('button', { name: 'Schließen' }).click();
    expect(await page.locator('.assessment-row').count()).toBe(1);

    // The same assessment with one answer changed: the app asks; "keep both" adds a second one.
    const data = JSON.parse(readFileSync(path, 'utf8'));
    const firstId = Object.keys(data.answers)[0]!;
    data.answers[firstId] = { kind: 'dontKnow', at: new Date().toISOString() };
    const changed = path + '-changed.json';
    writeFileSync(changed, JSON.stringify(data));
    await page.locator('input[type=file]').setInputFiles(changed);
    await page.getByRole('heading', { name: 'Diese Bewertung gibt es schon' }).waitFor();
    await page.getByRole('button', { name: 'Beide behalten' }).click();
    await expect.poll(() => page.locator('.assessment-row').count()).toBe(2);

    // A broken file gets a clear message and changes nothing.
    const broken = path + '-broken.json';
    writeFileSync(broken, '{"format": "itas-assessment", "formatVersion": 99}');
    await page.locator('input[type=file]').setInputFiles(broken);
    await page.getByText(/neueren Version des Werkzeugs/).waitFor();
    await page.getByRole('button', { name: 'Schließen' }).click();
    expect(await page.locator('.assessment-row').count()).toBe(2);
    expect(session.errors).toEqual([]);
  });
});
