// Words wider than their box break between syllables, with a hyphen, in German and English.
import { jsPDF } from 'jspdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFont } from '../../scripts/build-font';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shippedFacts } from '../../scripts/lib/shipped';
import { loadReportFonts } from '../../src/report/download';
import { generateReportInNode } from '../../src/report/node';
import { fixtureAssessment } from '../support/helpers';
import { loadHyphenation } from '../../src/report/hyphenation';
import type { ReportFonts } from '../../src/report/render';
import { Typesetter } from '../../src/report/text';

let fonts: ReportFonts;
let dir: string;
beforeAll(async () => {
  await ensureFont();
  fonts = await loadReportFonts();
  dir = mkdtempSync(join(tmpdir(), 'itas-hyphen-'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function typesetter(): Typesetter {
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  doc.addFileToVFS('r.ttf', fonts.regular);
  doc.addFont('r.ttf', fonts.name, 'normal');
  doc.addFileToVFS('b.ttf', fonts.bold);
  doc.addFont('b.ttf', fonts.name, 'bold');
  return new Typesetter(doc, fonts.name, fonts.coverage, fonts.replacement);
}

const lines = (ts: Typesetter, text: string, max: number) =>
  ts.wrap([{ text }], 9, max).map((l) => l.runs.map((r) => r.text).join(''));

describe('hyphenation of words wider than their box', () => {
  it.each([
    ['de', 'Kontinuitätsmanagement', ['Kon', 'ti', 'nui', 'täts', 'ma', 'nage', 'ment']],
    ['en', 'responsibilities', ['re', 'spons', 'ib', 'il', 'it', 'ies']],
  ] as const)('breaks %s "%s" between syllables', async (lang, word, syllables) => {
    const ts = typesetter();
    ts.hyphenate = await loadHyphenation(lang);
    expect(ts.hyphenate(word)).toEqual(syllables);
    const max = ts.width(word, 9) / 2;
    const broken = lines(ts, word, max);
    expect(broken.length).toBeGreaterThan(1);
    // Every line but the last ends with a hyphen after a whole syllable, and fits its box.
    expect(broken.join('').replace(/-/g, '')).toBe(word);
    broken.slice(0, -1).forEach((l) => {
      expect(l).toMatch(/-$/);
      const joined = l.slice(0, -1);
      const ends = syllables.map((_, i) => syllables.slice(0, i + 1).join(''));
      expect(
        ends.some(
          (e) => broken.slice(0, broken.indexOf(l)).join('').replace(/-/g, '') + joined === e,
        ),
      ).toBe(true);
    });
    for (const l of broken) expect(ts.width(l, 9)).toBeLessThanOrEqual(max + 1e-6);
  });

  it('leaves words that fit alone, and breaks anywhere without patterns', async () => {
    const ts = typesetter();
    ts.hyphenate = await loadHyphenation('de');
    expect(lines(ts, 'Die Zulieferindustrie', 200)).toEqual(['Die Zulieferindustrie']);
    const plain = typesetter();
    const max = plain.width('Kontinuitätsmanagement', 9) / 2.5;
    const broken = lines(plain, 'Kontinuitätsmanagement', max);
    expect(broken.join('')).toBe('Kontinuitätsmanagement');
    expect(broken.some((l) => l.endsWith('-'))).toBe(false);
  });
});

describe('a report with a word wider than its box', () => {
  const LONG = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';

  it('is set again with hyphenation, which breaks the word between syllables', async () => {
    const a = fixtureAssessment('resilience-strong');
    const make = (name: string) =>
      generateReportInNode({
        shipped: shippedFacts(),
        assessment: { ...a, firm: { ...a.firm!, name } },
        lang: 'de',
        date: '2026-12-04',
      });
    expect((await make('Muster GmbH')).overflow, 'an ordinary report needs no patterns').toBe(
      false,
    );
    const rendered = await make(`${LONG} mbH`);
    expect(rendered.overflow).toBe(true);
    const file = join(dir, 'long.pdf');
    writeFileSync(file, rendered.bytes);
    // -layout keeps the lines as printed (without it pdftotext joins hyphenated words).
    const cover = execFileSync(
      'pdftotext',
      ['-enc', 'UTF-8', '-layout', '-f', '1', '-l', '1', file, '-'],
      { encoding: 'utf8' },
    )
      .split('\n')
      .map((l) => l.trim());
    const start = cover.findIndex((l) => l.startsWith('Donau'));
    const broken: string[] = [];
    for (let i = start; cover[i]!.endsWith('-'); i++) broken.push(cover[i]!.slice(0, -1));
    expect(broken.length, 'the name breaks over lines, each ending with a hyphen').toBeGreaterThan(
      0,
    );
    const syllables = (await loadHyphenation('de'))(LONG);
    const ends = syllables.map((_, i) => syllables.slice(0, i + 1).join(''));
    let joined = '';
    for (const part of broken) {
      joined += part;
      expect(ends, `"${part}" ends at a syllable`).toContain(joined);
    }
  }, 60_000);
});
