// The regional study end to end: 30 generated study files (and a broken file and an ordinary
// export) into the workspace, the segments with one of 4 firms suppressed, the spreadsheet read
// back against core's figures, the regional PDF's text, the benchmark file; then that benchmark
// beside the app, and a firm sees its position on its results screen and in its PDF.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generatedStudyFiles, studyOfRecords } from '../../src/bench/study-files';
import type { StudyRecord } from '../../src/core/records/study';
import { restoreBenchmark } from '../../src/core/study/benchmark';
import { cutLevel, levelOf } from '../../src/core/scoring/scoring';
import { importFixtures } from './support/app';
import { violations } from './support/axe';
import { openSession, type Session } from './support/browser';
import { downloadReport } from './support/pdf';
import { serveStatic, type StaticServer } from './support/server';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'assessments', 'resilience-weak.json');
let dir: string;
let files: string[];
let records: StudyRecord[];
let session: Session;

async function download(page: Page, click: () => Promise<void>) {
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await click();
  const file = await downloading;
  return { name: file.suggestedFilename(), path: await file.path() };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'itas-study-'));
  // Four resilience firms of tier 3: a segment the study must not show.
  let resilience = 0;
  records = generatedStudyFiles(30, 11).map((r) => {
    if (r.questionnaire.id !== 'resilience') return r;
    const i = resilience++;
    return { ...r, profile: { ...r.profile, tier: i < 4 ? 'tier3' : i % 2 ? 'tier1' : 'tier2' } };
  });
  files = records.map((r, i) => {
    const path = join(dir, `itas-studie-${i}.json`);
    writeFileSync(path, JSON.stringify(r));
    return path;
  });
  writeFileSync(join(dir, 'kaputt.json'), '{"format": "itas-study", ');
  session = await openSession({ width: 1280, height: 900 });
}, 60_000);
afterAll(async () => {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the regional study', () => {
  it('takes in 30 files, refuses the broken one and the ordinary export, each with why', async () => {
    const { page } = session;
    await page.goto(`${inject('baseURL')}#/about`);
    await page.getByRole('link', { name: 'Für die Initiative: Regionalstudie auswerten' }).click();
    await page.getByRole('heading', { name: 'Regionalstudie auswerten' }).waitFor();
    await page.getByTestId('study-empty').waitFor();
    await page
      .getByTestId('study-files')
      .setInputFiles([...files, join(dir, 'kaputt.json'), FIXTURE]);
    await page.getByTestId('study-counts').waitFor();
    expect(await page.getByTestId('study-counts').innerText()).toBe(
      '30 Dateien mit 30 Bewertungen, daraus 30 Datenpunkte (ein Unternehmen je Fragebogen).',
    );
    const refused = page.getByTestId('study-refused');
    await refused.locator('summary').click();
    const text = await refused.innerText();
    expect(text).toContain('2 Dateien oder Einträge nicht übernommen');
    expect(text).toMatch(/kaputt\.json: Die Datei ist kein gültiges JSON/);
    expect(text).toMatch(/resilience-weak\.json: Das ist keine Studiendatei/);
    expect(await violations(page)).toEqual([]);
  });

  it('shows segments, and a segment of 4 firms without a figure', async () => {
    const { page } = session;
    const resilience = page.getByTestId('study-q').first();
    await resilience
      .getByLabel('Segmente nach')
      .selectOption({ label: 'Stufe in der Lieferkette' });
    const tier3 = resilience.locator('[data-segment="tier:tier3"]');
    expect(await tier3.innerText()).toContain('Weniger als 5 Unternehmen: keine Zahlen');
    expect(await tier3.locator('.field-chart').count()).toBe(0);
    // Tier 1's 5 firms are hidden too: else the 4 would be the total less the published ones.
    const tier1 = resilience.locator('[data-segment="tier:tier1"]');
    expect(await tier1.innerText()).toContain('Weniger als 5 Unternehmen: keine Zahlen');
    const tier2 = resilience.locator('[data-segment="tier:tier2"]');
    expect(await tier2.innerText()).toMatch(/Tier 2\s+· 6 Unternehmen/);
    expect(await tier2.locator('.box-row').count()).toBe(9); // the index and 8 fields
    expect(await violations(page)).toEqual([]);
  });

  it('writes a spreadsheet whose cells are core’s figures', async () => {
    const { page } = session;
    const file = await download(page, () =>
      page.getByRole('button', { name: 'Tabelle (Excel)' }).click(),
    );
    expect(file.name).toMatch(/^itas-regionalstudie-\d{4}-\d{2}\.xlsx$/);
    const { study } = studyOfRecords(records);
    const sheets = await readXlsxFile(readFileSync(file.path));
    const segments = sheets.find((s) => s.sheet === 'Segmente')!.data;
    expect(segments[0]!.slice(0, 6)).toEqual([
      'Fragebogen',
      'Segment nach',
      'Segment',
      'Themenfeld',
      'Unternehmen',
      'Niedrigste Stufe',
    ]);
    const all = study.questionnaires[0]!.segments[0]!;
    const row = segments.find((r) => r[2] === 'Alle Unternehmen' && r[3] === 'Index insgesamt')!;
    expect(row.slice(4, 10)).toEqual([
      all.n,
      cutLevel(levelOf(all.overall!.min)),
      cutLevel(levelOf(all.overall!.q1)),
      cutLevel(levelOf(all.overall!.median)),
      cutLevel(levelOf(all.overall!.q3)),
      cutLevel(levelOf(all.overall!.max)),
    ]);
    const tier3 = segments.find((r) => r[2] === 'Tier 3 oder tiefer')!;
    expect(tier3.slice(3, 6)).toEqual([null, 'weniger als 5', null]);
    for (const r of segments.slice(1))
      if (typeof r[4] === 'number') expect(r[4]).toBeGreaterThanOrEqual(5);
  });

  it('writes the regional report and the benchmark file', async () => {
    const { page } = session;
    const pdf = await download(page, () =>
      page.getByRole('button', { name: 'Regionalbericht (PDF)' }).click(),
    );
    const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Regionalbericht Resilienz-Studie');
    expect(text).toContain('Nach Segmenten');
    expect(text).toMatch(/Tier 3 oder tiefer\s+weniger als 5/);
    expect(text).toContain('So entstehen die Zahlen');
    const file = await download(page, () =>
      page.getByRole('button', { name: 'Vergleichsdatei (benchmark.json)' }).click(),
    );
    expect(file.name).toBe('benchmark.json');
    const benchmark = restoreBenchmark(JSON.parse(readFileSync(file.path, 'utf8')));
    expect(benchmark.ok).toBe(true);
    cpSync(file.path, join(dir, 'benchmark.json'));
  });
});

describe('a firm against the region', () => {
  let app: string;
  let server: StaticServer;
  let firm: Session;
  beforeAll(async () => {
    app = mkdtempSync(join(tmpdir(), 'itas-benchmark-'));
    cpSync(inject('distDir'), app, { recursive: true });
    cpSync(join(dir, 'benchmark.json'), join(app, 'region.json'));
    writeFileSync(join(app, 'hosting.json'), JSON.stringify({ benchmark: 'region.json' }));
    server = await serveStatic(app);
    firm = await openSession({ width: 390, height: 844 });
    await importFixtures(firm.page, server.url, ['resilience-weak']);
    await firm.page.locator('.assessment-row').first().waitFor();
  }, 60_000);
  afterAll(async () => {
    await firm.close();
    await server.close();
    rmSync(app, { recursive: true, force: true });
  });

  it('sees where its fields stand on the results screen and in the PDF', async () => {
    const { page } = firm;
    await page.goto(`${server.url}#/a/fixture-resilience-weak/results`);
    const region = page.getByTestId('region');
    await region.waitFor();
    const text = await region.innerText();
    expect(text).toContain('Im Vergleich mit der Region');
    expect(text).toMatch(/im unteren Viertel|in der mittleren Hälfte|im oberen Viertel/);
    expect(text).toMatch(/\d+ Unternehmen/);
    expect(await region.locator('li').count()).toBe(8);
    const report = await downloadReport(page);
    expect(report.text).toContain('Im Vergleich mit der Region');
    expect(report.text).toMatch(/Ihre Lage/);
  });

  it('without a benchmark nothing of this appears; a study file changes nothing; an imported benchmark shows until removed', async () => {
    const { page } = session;
    const url = inject('baseURL');
    await importFixtures(page, url, ['resilience-weak']);
    await page.locator('.assessment-row').first().waitFor();
    const results = async () => {
      await page.goto(`${url}#/a/fixture-resilience-weak/results`);
      await page.getByTestId('overall-index').waitFor();
      await page.getByTestId('field-chart').waitFor();
      await page.getByTestId('next-step').waitFor();
    };
    await results();
    expect(await page.getByTestId('region').count()).toBe(0);

    // A study file on the start page is refused with a pointer to the study.
    await page.goto(url);
    await page.locator('.assessment-row').first().waitFor();
    await page.locator('input[type=file]').setInputFiles(files[0]!);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Das ist eine Datei für die Regionalstudie').waitFor();
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    expect(await page.locator('.assessment-row').count()).toBe(1);

    // The benchmark imported in Settings: the results compare, until it is removed.
    await page.goto(`${url}#/settings`);
    await page.getByTestId('settings-benchmark').waitFor();
    await page.locator('input[type=file]').setInputFiles(join(dir, 'benchmark.json'));
    await dialog.getByText(/Vergleichsdatei der Region übernommen \(Stand \w+ \d{4}\)/).waitFor();
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await results();
    await page.getByTestId('region').waitFor();
    await page.goto(`${url}#/settings`);
    await page.getByRole('button', { name: 'Vergleichsdatei entfernen' }).click();
    await page.getByText(/können Sie mit „Datei importieren“ einlesen/).waitFor();
    await page.reload();
    await results();
    expect(await page.getByTestId('region').count()).toBe(0);
  });
});
