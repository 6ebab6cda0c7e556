// The regional report read back with pdftotext: its sections in both languages, the suppressed
// segments worded, and no count of firms under 5 anywhere in it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFont } from '../../scripts/build-font';
import {
  generatedStudyFiles,
  shippedProfile,
  shippedQuestionnaires,
  studyOfRecords,
} from '../../src/bench/study-files';
import { studyNames } from '../../src/core/study/names';
import { benchmarkOf } from '../../src/core/study/benchmark';
import { generateStudyReportInNode } from '../../src/report/node';
import { makeTranslate } from '../../src/report/translate';

let dir = '';
beforeAll(async () => {
  await ensureFont();
  dir = mkdtempSync(join(tmpdir(), 'itas-study-report-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const records = generatedStudyFiles(60, 4);
const { points, study } = studyOfRecords(records);

describe.each(['de', 'en'] as const)('the regional report (%s)', (lang) => {
  it('prints each questionnaire by segment, the portfolio and the method, with no figure from fewer than 5 firms', async () => {
    const t = makeTranslate(lang);
    const report = await generateStudyReportInNode({
      study,
      names: studyNames(shippedQuestionnaires, shippedProfile, lang, t),
      lang,
      date: '2026-12-04',
      files: records.length,
      points: points.length,
      benchmarkJson: JSON.stringify(benchmarkOf(study, '2026-12')),
    });
    const path = join(dir, `study-${lang}.pdf`);
    writeFileSync(path, report.bytes);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const words = {
      de: [
        'Regionalbericht Resilienz-Studie',
        'Nach Segmenten',
        'Portfolio der Region',
        'So entstehen die Zahlen',
        'weniger als 5',
      ],
      en: [
        'Regional report of the resilience study',
        'By segment',
        "The region's portfolio",
        'How the figures are made',
        'fewer than 5',
      ],
    }[lang];
    for (const w of words) expect(text).toContain(w);
    for (const q of study.questionnaires) {
      const title = studyNames(shippedQuestionnaires, shippedProfile, lang, t).questionnaire(
        q.questionnaire,
      );
      expect(text).toContain(title);
      // Each published segment's count is printed; no suppressed one is.
      for (const s of q.segments)
        if (s.n !== null) expect(text).toMatch(new RegExp(`\\s${s.n}\\s`));
    }
    // Firm counts stand in the "n" column and in "n firms" phrases: none below 5.
    for (const m of text.matchAll(/(\d+) (?:Unternehmen|firms)/g))
      expect(Number(m[1])).toBeGreaterThanOrEqual(5);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Creator:\s+ITAS .+ 0\.\d+\.\d+/);
  });
});
