// An assessment as a spreadsheet: the tables hold core's scores as numbers, the XLSX file read
// back (read-excel-file) has the same cells, a bold and frozen header row and the column widths;
// CSV is in the language's separator and decimal mark.
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { scoreInputOf, type Assessment } from '../../src/core/records/assessment';
import { cutLevel, cutScore, scoreAssessment } from '../../src/core/scoring/scoring';
import {
  assessmentWorkbook,
  caseWorkbook,
  workshopWorkbook,
  type Sheet,
} from '../../src/core/present/sheets';
import { newCase, type Case } from '../../src/core/records/case';
import { compareAssessments, compareByQuestionnaire } from '../../src/core/compare/compare';
import { csvText } from '../../src/core/present/csv';
import { xlsxBlob } from '../../src/report/spreadsheet';
import { makeTranslate } from '../../src/report/translate';
import type { Lang } from '../../src/core/common/text';
import { fixtureAssessment } from '../support/helpers';

const fixture = fixtureAssessment;

function book(a: Assessment, lang: Lang = 'de') {
  const result = scoreAssessment(scoreInputOf(a));
  return {
    result,
    book: assessmentWorkbook({
      assessment: a,
      result,
      lang,
      t: makeTranslate(lang),
      appVersion: '9.9.9',
    }),
  };
}

const sheet = (sheets: Sheet[], id: Sheet['id']) => sheets.find((s) => s.id === id)!;

describe('an assessment as tables', () => {
  const a = fixture('resilience-weak');
  const { result, book: wb } = book(a);

  it('the fields: level, score, target, gap and rank as numbers, as core scores them', () => {
    const fields = sheet(wb.sheets, 'fields');
    expect(fields.columns.map((c) => c.header)).toEqual([
      'Nr.',
      'Themenfeld',
      'Stufe',
      'Punkte (0–100)',
      'Ziel',
      'Lücke',
      'Gewicht',
      'Priorität (Rang)',
      'Beantwortet',
      '„Weiß nicht“',
      'Schwächste Frage',
    ]);
    expect(fields.rows).toHaveLength(result.dimensions.length);
    for (const [i, d] of result.dimensions.entries()) {
      const row = fields.rows[i]!;
      expect(row[0]).toBe(d.id);
      expect(row[2]).toBe(cutLevel(d.level!));
      expect(row[3]).toBe(cutScore(d.score!));
      expect(row[4]).toBe(d.target);
      expect(row[5]).toBe(cutLevel(d.gap!));
      const rank = result.priorities.findIndex((p) => p.dimension === d.id);
      expect(row[7]).toBe(rank < 0 ? null : rank + 1);
    }
  });

  it('every question with its answer in words, its score and the note on it', () => {
    const answers = sheet(wb.sheets, 'answers');
    const questions = a.questionnaire.dimensions.flatMap((d) => d.questions);
    expect(answers.rows).toHaveLength(questions.length);
    const notes = Object.entries(a.notes);
    expect(notes.length).toBeGreaterThan(0);
    for (const [id, note] of notes) {
      const i = questions.findIndex((q) => q.id === id);
      expect(answers.rows[i]![7]).toBe(note.text.trim());
    }
    // A maturity answer: its level in words and as a number, its score 0–100.
    const first = questions.findIndex(
      (q) => q.type === 'maturity' && a.answers[q.id]?.kind === 'value',
    );
    const entry = a.answers[questions[first]!.id]!;
    const level = entry.kind === 'value' ? (entry.value as number) : 0;
    expect(answers.rows[first]![4]).toMatch(new RegExp(`^Stufe ${level}`));
    expect(answers.rows[first]![5]).toBe(level);
    expect(answers.rows[first]![6]).toBe(cutScore(((level - 1) / 4) * 100));
  });

  it('the overview and the profile', () => {
    const overview = sheet(wb.sheets, 'overview');
    const value = (label: string) => overview.rows.find((r) => r[0] === label)?.[1];
    expect(value('Unternehmen')).toBe(a.firm!.name);
    expect(value('Gesamtindex (0–100)')).toBe(cutScore(result.overall.score!));
    expect(value('Version der App')).toBe('9.9.9');
    const profile = sheet(wb.sheets, 'profile');
    expect(profile.rows).toHaveLength(a.profileDefinition.questions.length);
    const staff = a.profileDefinition.questions.findIndex((q) => q.type === 'number');
    const given = a.profile[a.profileDefinition.questions[staff]!.id];
    expect(profile.rows[staff]![2]).toBe(given?.kind === 'value' ? given.value : null);
  });

  it('in English too', () => {
    const en = book(a, 'en').book;
    expect(en.sheets.map((s) => s.name)).toEqual(['Overview', 'Fields', 'Answers', 'Profile']);
    expect(sheet(en.sheets, 'answers').rows.some((r) => /^Level \d/.test(String(r[4])))).toBe(true);
  });
});

describe('CSV', () => {
  const table: Sheet = {
    id: 'fields',
    name: 'T',
    columns: [
      { header: 'Name', width: 10 },
      { header: 'Stufe', width: 5 },
    ],
    rows: [
      ['Müller; Söhne "KG"', 2.5],
      ['=HYPERLINK("x")', null],
      ['Zeile\nzwei', 3],
    ],
  };

  it('German: BOM, semicolons, decimal comma, quotes where needed, formulas kept as text', () => {
    expect(csvText(table, 'de')).toBe(
      '\uFEFFName;Stufe\r\n"Müller; Söhne ""KG""";2,5\r\n"\'=HYPERLINK(""x"")";\r\n"Zeile\nzwei";3\r\n',
    );
  });

  it('English: commas and a decimal point', () => {
    expect(csvText(table, 'en').split('\r\n')[1]).toBe('"Müller; Söhne ""KG""",2.5');
  });

  it('an assessment’s answers: one line per question and the header', () => {
    const a = fixture('technology-readiness-strong');
    const answers = sheet(book(a).book.sheets, 'answers');
    const lines = csvText(answers, 'de').trimEnd().split('\r\n');
    // Quoted line breaks in notes would split a line; the fixture's notes have none.
    expect(lines).toHaveLength(answers.rows.length + 1);
    expect(lines[0]).toBe('\uFEFFNr.;Themenfeld;Nr.;Frage;Antwort;Stufe;Punkte (0–100);Notiz');
  });
});

describe('XLSX', () => {
  it('read back: the same cells, numbers as numbers, header bold and frozen, widths set', async () => {
    const a = fixture('resilience-weak');
    const { book: wb } = book(a);
    const bytes = new Uint8Array(await (await xlsxBlob(wb)).arrayBuffer());
    const sheets = await readXlsxFile(Buffer.from(bytes));
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Übersicht',
      'Themenfelder',
      'Antworten',
      'Profil',
    ]);
    for (const written of wb.sheets) {
      const read = sheets.find((s) => s.sheet === written.name)!.data;
      expect(read[0]).toEqual(written.columns.map((c) => c.header));
      expect(read.slice(1)).toEqual(written.rows);
    }
    const files = unzipSync(bytes);
    const fields = strFromU8(files['xl/worksheets/sheet2.xml']!);
    expect(fields).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(fields).toMatch(/<col [^>]*width="40"/);
    expect(strFromU8(files['xl/styles.xml']!)).toMatch(/<b\s*\/>/);
  });
});

describe('a coaching case as a spreadsheet', () => {
  const AT = '2026-11-20T10:00:00.000Z';
  const gm = fixture('resilience-weak');
  const wc: Assessment = {
    ...fixture('resilience-strong'),
    id: 'case-wc',
    firm: gm.firm,
    role: 'works_council',
  };
  const tech = fixture('technology-readiness-weak');
  const c: Case = {
    ...newCase('case-1', gm.firm!, AT),
    notes: { 'resilience/R1': { text: 'Kundenrisiko vertiefen', at: AT } },
    targets: { 'resilience/R1': { level: 4, at: AT } },
    actions: [
      {
        id: 'a1',
        dimension: 'resilience/R1',
        what: 'Szenario Hauptkunde',
        who: 'Herr Lange',
        due: '2027-01-31',
        service: 'coaching',
        at: AT,
      },
    ],
  };
  const comparisons = compareByQuestionnaire([gm, wc, tech]);
  const wb = caseWorkbook({
    case: c,
    comparisons,
    lang: 'de',
    t: makeTranslate('de'),
    appVersion: '9.9.9',
  });

  it('per questionnaire the fields with each respondent’s level, the group and the agreement', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual([
      'Übersicht',
      'Themenfelder – Resilienz-Check',
      'Antworten – Resilienz-Check',
      'Themenfelder – Technologie-…',
      'Antworten – Technologie- und…',
      'Maßnahmen',
    ]);
    const fields = wb.sheets[1]!;
    const cmp = comparisons[0]!;
    expect(fields.columns.slice(2, 4).map((col) => col.header)).toEqual(
      cmp.columns.map(
        (col) =>
          `${col.role === 'management' ? 'Geschäftsführung' : 'Betriebsrat'} · ${col.date.slice(0, 10)}`,
      ),
    );
    for (const [i, d] of cmp.dimensions.entries()) {
      const row = fields.rows[i]!;
      expect(row.slice(2, 4)).toEqual(d.levels.map((l) => cutLevel(l!)));
      expect(row[4]).toBe(cutLevel(d.meanLevel!));
      expect(row[7]).toBe(d.disagreement ? 'Ja' : 'Nein');
    }
    const r1 = fields.rows.find((r) => r[0] === 'R1')!;
    expect(r1.slice(-2)).toEqual([4, 'Kundenrisiko vertiefen']);
  });

  it('every question with each respondent’s answer, and the actions', () => {
    const answers = wb.sheets[2]!;
    const cmp = comparisons[0]!;
    expect(answers.rows).toHaveLength(cmp.questions.length);
    const differing = cmp.questions.findIndex((q) => q.differs);
    expect(answers.rows[differing]!.at(-2)).toBe('Ja');
    expect(wb.sheets[5]!.rows).toEqual([
      [
        'R1 Markt-, Kunden- und Produktabhängigkeit',
        'Szenario Hauptkunde',
        'Herr Lange',
        '2027-01-31',
        'Strategiecoaching und Beratung',
      ],
    ]);
  });

  it('reads back as XLSX, long tab names cut as spreadsheets require', async () => {
    const bytes = new Uint8Array(await (await xlsxBlob(wb)).arrayBuffer());
    const sheets = await readXlsxFile(Buffer.from(bytes));
    expect(sheets.map((s) => s.sheet)).toEqual(wb.sheets.map((s) => s.name));
    for (const s of wb.sheets) expect(s.name.length).toBeLessThanOrEqual(31);
    expect(sheets[5]!.data[1]).toEqual(wb.sheets[5]!.rows[0]);
  });
});

describe('a workshop as a spreadsheet', () => {
  it('numbers the participants with their role only, and holds the group’s figures', () => {
    const a = fixture('resilience-weak');
    const participants = [
      { ...a, id: 'p1', firm: undefined, role: 'production' as const },
      { ...fixture('resilience-strong'), id: 'p2', firm: undefined, role: 'hr' as const },
    ];
    const aggregate = compareAssessments(participants);
    const wb = workshopWorkbook({
      workshop: { name: 'Zukunftswerkstatt' },
      aggregate,
      lang: 'de',
      t: makeTranslate('de'),
      appVersion: '9.9.9',
    });
    expect(wb.sheets.map((s) => s.id)).toEqual(['overview', 'fields', 'answers']);
    const fields = wb.sheets[1]!;
    const words = { production: 'Produktion', hr: 'Personal' } as Record<string, string>;
    expect(fields.columns.slice(2, 4).map((c) => c.header)).toEqual(
      aggregate.columns.map((col, i) => `${i + 1} · ${words[col.role]}`),
    );
    expect(fields.rows[0]![4]).toBe(cutLevel(aggregate.dimensions[0]!.meanLevel!));
    // No firm, no name anywhere in the workbook.
    const text = JSON.stringify(wb);
    expect(text).not.toContain(a.firm!.name);
    expect(wb.sheets[0]!.rows).toContainEqual(['Teilnehmende (abgeschlossen)', 2]);
  });
});
