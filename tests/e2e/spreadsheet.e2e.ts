// The results screen offers the assessment as a spreadsheet: the XLSX read back (read-excel-file)
// holds core's scores as numbers, the CSV uses the language's separator (offline: offline.e2e.ts).
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { scoreInputOf } from '../../src/core/records/assessment';
import { cutLevel, cutScore, scoreAssessment } from '../../src/core/scoring/scoring';
import { fixtureAssessment } from '../support/helpers';
import { importFixtures } from './support/app';
import { violations } from './support/axe';
import { openSession, type Session } from './support/browser';

const baseURL = inject('baseURL');
let session: Session;

async function download(page: Page, click: () => Promise<void>) {
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

beforeAll(async () => {
  session = await openSession({ width: 390, height: 844 });
  await importFixtures(session.page, baseURL, ['resilience-weak']);
  await session.page.locator('.assessment-row').first().waitFor();
}, 60_000);
afterAll(() => session.close());

describe('the assessment as a spreadsheet', () => {
  it('XLSX: every table, the fields with core’s scores as numbers', async () => {
    const { page } = session;
    await page.goto(`${baseURL}#/a/fixture-resilience-weak/results`);
    await page.getByTestId('overall-index').waitFor();
    const file = await download(page, () =>
      page.getByRole('button', { name: 'Tabelle herunterladen (Excel)' }).click(),
    );
    expect(file.name).toBe('itas-tabelle-resilience-erzgebirgische-praezisionsteile-gmbh.xlsx');
    const sheets = await readXlsxFile(file.bytes);
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Übersicht',
      'Themenfelder',
      'Antworten',
      'Profil',
    ]);

    const fixture = fixtureAssessment('resilience-weak');
    const result = scoreAssessment(scoreInputOf(fixture));
    const fields = sheets[1]!.data;
    expect(fields[0]!.slice(0, 6)).toEqual([
      'Nr.',
      'Themenfeld',
      'Stufe',
      'Punkte (0–100)',
      'Ziel',
      'Lücke',
    ]);
    for (const [i, d] of result.dimensions.entries()) {
      const row = fields[i + 1]!;
      expect(row[0]).toBe(d.id);
      expect(row[2]).toBe(cutLevel(d.level!));
      expect(row[3]).toBe(cutScore(d.score!));
      expect(row[4]).toBe(d.target);
    }
    const overview = Object.fromEntries(sheets[0]!.data.map((r) => [r[0], r[1]]));
    expect(overview['Gesamtindex (0–100)']).toBe(cutScore(result.overall.score!));
    const answers = sheets[2]!.data;
    expect(answers.length - 1).toBe(
      fixture.questionnaire.dimensions.flatMap((d) => d.questions).length,
    );
    expect(session.errors).toEqual([]);
  });

  it('CSV in German and English', async () => {
    const { page } = session;
    await page.goto(`${baseURL}#/a/fixture-resilience-weak/results`);
    await page.getByTestId('overall-index').waitFor();
    await page.getByText('Weitere Formate').click();
    const de = await download(page, () =>
      page.getByRole('button', { name: 'Antworten als CSV' }).click(),
    );
    expect(de.name).toBe(
      'itas-tabelle-resilience-erzgebirgische-praezisionsteile-gmbh-antworten.csv',
    );
    const text = de.bytes.toString('utf8');
    expect(
      text.startsWith('\uFEFFNr.;Themenfeld;Nr.;Frage;Antwort;Stufe;Punkte (0–100);Notiz\r\n'),
    ).toBe(true);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Download spreadsheet (Excel)' }).waitFor();
    // The menu stays open across the change of language.
    const en = await download(page, () =>
      page.getByRole('button', { name: 'Fields as CSV' }).click(),
    );
    const lines = en.bytes.toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFNo.,Field,Level,Points (0–100),Target,Gap,Weight,Priority (rank),Answered,“Don’t know”,Weakest question',
    );
    expect(lines[1]).toMatch(/^R1,/);
    await page.getByRole('button', { name: 'Deutsch' }).click();
    expect(session.errors).toEqual([]);
  });

  it('for the regional study: the dialog shows the file as saved, without name, notes or figures', async () => {
    const { page } = session;
    await page.goto(`${baseURL}#/a/fixture-resilience-weak/results`);
    await page.getByTestId('overall-index').waitFor();
    await page.reload(); // the menu opened closed
    await page.getByTestId('overall-index').waitFor();
    await page.getByText('Weitere Formate').click();
    await page.getByRole('button', { name: 'Für die Regionalstudie (anonym)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Für die Regionalstudie der Initiative' });
    const shown = await dialog.getByTestId('study-content').innerText();
    expect(await violations(page), 'axe with the dialog open').toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'itas-study-dialog.png') });
    const file = await download(page, () =>
      dialog.getByRole('button', { name: 'Datei speichern' }).click(),
    );
    expect(file.name).toMatch(/^itas-studie-resilience-\d{4}-\d{2}\.json$/);
    const text = file.bytes.toString('utf8');
    expect(JSON.parse(text)).toEqual(JSON.parse(shown));
    const fixture = fixtureAssessment('resilience-weak');
    expect(text).not.toContain(fixture.firm!.name);
    expect(text).not.toContain('Wellen, Flansche');
    for (const note of Object.values(fixture.notes)) expect(text).not.toContain(note.text);
    const study = JSON.parse(text);
    expect(study.profile.employees).toBe('50–249');
    expect(study.profile.largest_customer_share).toBe('25–49');
    expect(study.month).toBe(fixture.finishedAt!.slice(0, 7));
    expect(session.errors).toEqual([]);
  });
});
