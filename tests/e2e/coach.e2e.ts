// The coach workspace in the browser: three assessments of one firm (one as its PDF report) come
// in at once, the comparison shows them, the session's note and action survive a reload and
// appear in the session report.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureFont } from '../../scripts/build-font';
import { readAssessmentText, type Assessment } from '../../src/core/records/assessment';
import { compareAssessments } from '../../src/core/compare/compare';
import { cutLevel, cutScore } from '../../src/core/scoring/scoring';
import readXlsxFile from 'read-excel-file/node';
import deCommon from '../../src/i18n/de/common.json';
import { generateReportInNode } from '../../src/report/node';
import { ROOT } from '../support/helpers';
import { violations } from './support/axe';
import { openSession, type Session } from './support/browser';
import { shippedFacts } from '../../scripts/lib/shipped';

const SHIPPED = shippedFacts();

const baseURL = inject('baseURL');
let session: Session | null = null;
let dir = '';
afterEach(async () => {
  await session?.close();
  session = null;
});

const fixture = (name: string): Assessment => {
  const r = readAssessmentText(
    readFileSync(join(ROOT, 'tests/fixtures/assessments', `${name}.json`), 'utf8'),
  );
  if (!r.ok) throw new Error(name);
  return r.value;
};

const gm = fixture('resilience-weak');
const firm = gm.firm!;
const br: Assessment = {
  ...fixture('resilience-strong'),
  id: 'coach-works-council',
  firm,
  role: 'works_council',
  finishedAt: '2026-10-20T09:00:00.000Z',
  updatedAt: '2026-10-20T09:00:00.000Z',
};
// Where management and works council are furthest apart, the works council left a note.
const disputed = compareAssessments([gm, br]).differences[0]!.question;
br.notes = { [disputed]: { text: 'Sehen wir im Betriebsrat deutlich anders', at: br.updatedAt } };
const pr: Assessment = {
  ...gm,
  id: 'coach-production',
  role: 'production',
  finishedAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'itas-coach-'));
  writeFileSync(join(dir, 'geschaeftsfuehrung.json'), JSON.stringify(gm));
  writeFileSync(join(dir, 'betriebsrat.json'), JSON.stringify(br));
  await ensureFont();
  const report = await generateReportInNode({
    shipped: SHIPPED,
    assessment: pr,
    lang: 'de',
    date: '2026-11-02',
  });
  writeFileSync(join(dir, 'produktion.pdf'), report.bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('coach workspace', () => {
  it('imports three assessments of one firm (one as PDF), compares them, keeps the session and prints it', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(`${baseURL}#/coach`);
    await page.getByRole('heading', { name: 'Coaching-Arbeitsplatz' }).waitFor();
    await page
      .locator('input[type=file]')
      .setInputFiles(
        ['geschaeftsfuehrung.json', 'betriebsrat.json', 'produktion.pdf'].map((f) => join(dir, f)),
      );
    const dialog = page.getByRole('dialog');
    await dialog.getByText('produktion.pdf').waitFor();
    expect(await dialog.locator('li.ok').count()).toBe(3);
    await dialog.getByRole('button', { name: 'Schließen' }).click();

    // One case for the firm, holding all three.
    const card = page.locator('.card', { hasText: firm.name });
    await card.getByText('3 Bewertungen').waitFor();
    await card.getByRole('link', { name: 'Öffnen' }).click();
    await page.waitForURL(/#\/coach\/.+/);
    await page.getByRole('heading', { name: `Fall: ${firm.name}` }).waitFor();

    // The overlay: one radar line per assessment; the table and the differences.
    const section = page.locator('.compare-section[data-questionnaire="resilience"]');
    await section.locator('.radar-series').first().waitFor();
    expect(await section.locator('.radar-series').count()).toBe(3);
    const core = compareAssessments([gm, br, pr]);
    for (const d of core.dimensions) {
      const row = section.locator(`[data-testid=compare-table] tr[data-dimension="${d.id}"]`);
      expect(await row.locator('[data-cell=mean]').innerText()).toBe(String(cutScore(d.mean!)));
      expect(await row.locator('[data-cell=range]').innerText()).toBe(
        `${cutScore(d.min!)}–${cutScore(d.max!)}`,
      );
      expect(await row.locator('[data-cell=agreement]').innerText()).toBe(
        d.disagreement ? 'Uneinig' : 'einig',
      );
    }
    // Each dimension's differences stand beside its notes.
    const differences = section.locator('[data-testid=differences] > li');
    await differences.first().waitFor();
    expect(await differences.count()).toBe(core.differences.length);
    const disputedDimension = core.differences[0]!.dimension;
    await section
      .locator('.session-dimension', {
        has: page.locator(`[id="note-resilience/${disputedDimension}"]`),
      })
      .getByText('Sehen wir im Betriebsrat deutlich anders')
      .waitFor();

    // The session: a note and an action for R1, saved as typed.
    await page.locator('[id="note-resilience/R1"]').fill('Kundenrisiko im Januar vertiefen');
    await page.getByRole('button', { name: 'Maßnahme hinzufügen (R1)' }).click();
    const action = page.getByTestId('action').first();
    await action.getByLabel('Was').fill('Szenario Ausfall Hauptkunde durchrechnen');
    await action.getByLabel('Wer').fill('Herr Lange');
    await action.getByLabel('Bis wann').fill('2027-01-31');
    await action.getByLabel('Angebot der Initiative').selectOption('coaching');
    await page.locator('[id="target-resilience/R1"]').selectOption('4');
    await page.waitForTimeout(300); // the last keystroke's write (IndexedDB is asynchronous)

    await page.reload();
    await page.getByRole('heading', { name: `Fall: ${firm.name}` }).waitFor();
    await expect
      .poll(() => page.locator('[id="note-resilience/R1"]').inputValue())
      .toBe('Kundenrisiko im Januar vertiefen');
    const kept = page.getByTestId('action').first();
    expect(await kept.getByLabel('Was').inputValue()).toBe(
      'Szenario Ausfall Hauptkunde durchrechnen',
    );
    expect(await kept.getByLabel('Wer').inputValue()).toBe('Herr Lange');
    expect(await kept.getByLabel('Bis wann').inputValue()).toBe('2027-01-31');
    expect(await page.locator('[id="target-resilience/R1"]').inputValue()).toBe('4');
    // The fields at a glance: each names its disagreement and its actions and jumps to its part.
    const jump = section.getByRole('navigation', {
      name: 'Themenfelder dieser Sitzung: Resilienz-Check',
    });
    expect(await jump.locator('li').count()).toBe(core.dimensions.length);
    const r1 = jump.locator('li').first();
    expect(await r1.innerText()).toContain('1 Maßnahme');
    const disputedTitle = await page
      .locator(`[id="s-resilience/${disputedDimension}"]`)
      .innerText();
    const disputed = jump.locator('li', { hasText: disputedTitle });
    expect(await disputed.innerText()).toContain('uneinig');
    await disputed.getByRole('button').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      `s-resilience/${disputedDimension}`,
    );
    expect(page.url()).toContain('#/coach/');

    expect(await violations(page), 'axe on the case page').toEqual([]);

    // The session report, read back.
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Sitzungsbericht (PDF)' }).click();
    const download = await downloading;
    const text = execFileSync('pdftotext', [await download.path(), '-'], { encoding: 'utf8' })
      .replace(/\s+/g, ' ')
      .replace(/- /g, '-');
    expect(download.suggestedFilename()).toMatch(/^itas-sitzung-.+\.pdf$/);
    expect(text).toContain('Kundenrisiko im Januar vertiefen');
    expect(text).toContain('Szenario Ausfall Hauptkunde durchrechnen');
    expect(text).toContain('Herr Lange');
    expect(text).toContain('31. Januar 2027');
    expect(text).toContain('Vereinbartes Ziel: 4');
    expect(text).toContain('Sehen wir im Betriebsrat deutlich anders');

    // The session's spreadsheet, read back: each respondent's level, the agreement, the actions.
    const sheetDownload = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Tabelle (Excel)' }).click();
    const sheets = await readXlsxFile(readFileSync(await (await sheetDownload).path()));
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Übersicht',
      'Themenfelder – Resilienz-Check',
      'Antworten – Resilienz-Check',
      'Maßnahmen',
    ]);
    const fieldRows = sheets[1]!.data;
    expect(fieldRows[0]!.slice(2, 5)).toEqual(
      core.columns.map(
        (col) =>
          `${(deCommon.role as Record<string, string>)[col.role]} · ${col.date.slice(0, 10)}`,
      ),
    );
    const r1Row = fieldRows.find((r) => r[0] === 'R1')!;
    expect(r1Row.slice(2, 5)).toEqual(core.dimensions[0]!.levels.map((l) => cutLevel(l!)));
    expect(r1Row.slice(-2)).toEqual([4, 'Kundenrisiko im Januar vertiefen']);
    expect(sheets[3]!.data[1]).toEqual([
      'R1 Markt-, Kunden- und Produktabhängigkeit',
      'Szenario Ausfall Hauptkunde durchrechnen',
      'Herr Lange',
      '2027-01-31',
      'Strategiecoaching und Beratung',
    ]);
    // The workspace in English, checked by axe as well.
    await page.goto(`${baseURL}#/coach`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Coaching workspace' }).waitFor();
    await page.getByText('3 assessments').waitFor();
    expect(await violations(page), 'axe on the workspace').toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
