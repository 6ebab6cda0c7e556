import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { answerAll, importFixtures, startAssessment } from './support/app';
import { openSession, type Session } from './support/browser';

const baseURL = inject('baseURL');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'assessments');
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('no network, ever', () => {
  it('a full journey requests nothing from another origin and violates no CSP', async () => {
    session = await openSession();
    const { page, context } = session;
    const foreign: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL) && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreign.push(url);
    });
    await context.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __csp: string[] }).__csp.push(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });
    await page.goto(baseURL);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    await startAssessment(page, baseURL, {
      questionnaire: 'resilience',
      firm: 'Datensparsam GmbH',
    });
    await answerAll(page);
    await page.getByRole('link', { name: 'Ergebnisse anzeigen' }).click();
    await page.getByTestId('overall-index').waitFor();
    await page.getByRole('link', { name: 'Über & Datenschutz' }).click();
    await page.getByTestId('hosting').waitFor();
    expect(await page.getByTestId('hosting').textContent()).toContain('lokal ausgeführt');
    await page.getByRole('link', { name: 'Einstellungen', exact: true }).click();
    await page.getByRole('heading', { name: 'Einstellungen' }).waitFor();
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
      'CSP violations',
    ).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe('data safety', () => {
  it('a backup round-trips: export, delete all, import — every firm and assessment is back', async () => {
    session = await openSession();
    const { page } = session;
    await importFixtures(page, baseURL);
    // One note typed here, so the backup carries fresh work as well.
    await startAssessment(page, baseURL, { questionnaire: 'technology', firm: 'Sicherung GmbH' });
    await page.locator('.question input[type=radio]').first().click();
    await page.getByRole('button', { name: 'Notiz hinzufügen' }).first().click();
    await page
      .getByLabel('Ihre Notiz zu dieser Frage')
      .fill('Nächste Woche mit dem Betriebsrat klären');
    await page.getByRole('link', { name: 'Einstellungen', exact: true }).click();

    const backup = async () => {
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Sicherung aller Daten exportieren' }).click();
      return JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
    };
    const before = await backup();
    expect(before.assessments).toHaveLength(5);
    expect(before.firms).toHaveLength(3);
    expect(Object.keys(before.definitions), 'each questionnaire version stored once').toHaveLength(
      3,
    );

    await page.getByRole('button', { name: 'Alle Daten auf diesem Gerät löschen' }).click();
    await page.getByRole('button', { name: 'Endgültig löschen' }).click();
    await page.getByText('Alle Daten wurden gelöscht.').waitFor();
    expect(await page.getByTestId('storage-usage').textContent()).toContain(
      '0 Bewertungen, 0 Unternehmen',
    );

    const file = join(FIXTURES, '..', '..', '..', 'test-results-backup.json');
    const { writeFileSync, rmSync } = await import('node:fs');
    writeFileSync(file, JSON.stringify(before));
    await page.locator('input[type=file]').setInputFiles(file);
    await page
      .getByText(/Sicherung gelesen: 5 Bewertungen hinzugefügt, 0 Einträge abgelehnt/)
      .waitFor();
    rmSync(file);
    await page.getByRole('button', { name: 'Schließen' }).click();

    const after = await backup();
    const byId = (list: { id: string }[]) => Object.fromEntries(list.map((x) => [x.id, x]));
    const strip = ({ exportedAt: _e, ...rest }: Record<string, unknown>) => rest;
    expect(byId(after.assessments), 'answers, notes and times identical').toEqual(
      byId(before.assessments),
    );
    expect(byId(after.firms)).toEqual(byId(before.firms));
    expect(strip(after).definitions).toEqual(strip(before).definitions);
    expect(session.errors).toEqual([]);
  });
});
