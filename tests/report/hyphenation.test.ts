// Words wider than their box break between syllables, with a hyphen, in German and English.
import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureFont } from '../../scripts/build-font';
import { loadReportFonts } from '../../src/report/download';
import { loadHyphenation } from '../../src/report/hyphenation';
import type { ReportFonts } from '../../src/report/render';
import { Typesetter } from '../../src/report/text';

let fonts: ReportFonts;
beforeAll(async () => {
  await ensureFont();
  fonts = await loadReportFonts();
}, 60_000);

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
