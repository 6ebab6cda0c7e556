// The PDF report read back as a reader (pdftotext, pdffonts from poppler-utils) would read it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { zlibSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFont } from '../../scripts/build-font';
import {
  readAssessmentText,
  scoreInputOf,
  type Assessment,
} from '../../src/core/records/assessment';
import { buildReport } from '../../src/core/report/build-report';
import type { ReportModel } from '../../src/core/report/report-model';
import { displayOf, scoreAssessment } from '../../src/core/scoring/scoring';
import { localize, type Lang } from '../../src/core/common/text';
import { generateReportInNode } from '../../src/report/node';
import { extractAssessmentFromPdf } from '../../src/report/read-embedded';
import type { RenderedReport } from '../../src/report/render';
import { PRINTABLE, PAGE } from '../../src/report/theme';
import { makeTranslate } from '../../src/report/translate';
import { ROOT } from '../support/helpers';
import { shippedFacts } from '../../scripts/lib/shipped';

const SHIPPED = shippedFacts();

const DATE = '2026-11-24';
const FIXTURES = [
  'resilience-weak',
  'resilience-strong',
  'technology-readiness-weak',
  'technology-readiness-strong',
] as const;
type Fixture = (typeof FIXTURES)[number];
const PARTNER: Record<Fixture, Fixture> = {
  'resilience-weak': 'technology-readiness-weak',
  'resilience-strong': 'technology-readiness-strong',
  'technology-readiness-weak': 'resilience-weak',
  'technology-readiness-strong': 'resilience-strong',
};

let dir: string;
beforeAll(async () => {
  await ensureFont();
  dir = mkdtempSync(join(tmpdir(), 'itas-report-'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixture(name: string): Assessment {
  const r = readAssessmentText(
    readFileSync(join(ROOT, 'tests/fixtures/assessments', `${name}.json`), 'utf8'),
  );
  if (!r.ok) throw new Error(`fixture ${name}`);
  return r.value;
}

interface Made {
  rendered: RenderedReport;
  file: string;
  model: ReportModel;
  assessment: Assessment;
}
const made = new Map<string, Promise<Made>>();

/** One report per fixture, language and portfolio choice, made once and kept for all tests. */
function make(name: Fixture, lang: Lang, withPartner: boolean): Promise<Made> {
  const key = `${name}-${lang}-${withPartner}`;
  if (!made.has(key))
    made.set(
      key,
      (async () => {
        const assessment = fixture(name);
        const other = withPartner ? fixture(PARTNER[name]) : null;
        const rendered = await generateReportInNode({
          shipped: SHIPPED,
          assessment,
          other,
          lang,
          date: DATE,
        });
        const file = join(dir, `${key}.pdf`);
        writeFileSync(file, rendered.bytes);
        const score = (a: Assessment) => ({
          assessment: a,
          result: scoreAssessment(scoreInputOf(a)),
        });
        const model = buildReport({
          ...SHIPPED,
          ...score(assessment),
          other: other ? score(other) : null,
          lang,
          t: makeTranslate(lang),
          date: DATE,
        });
        return { rendered, file, model, assessment };
      })(),
    );
  return made.get(key)!;
}

const pdftotext = (file: string, ...args: string[]) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, file, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });

/** Whitespace as one space; a line break after a hyphen joins the word again. */
const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/- /g, '-').trim();

const CASES = FIXTURES.flatMap((f) =>
  (['de', 'en'] as const).flatMap((lang) => [[f, lang, false] as const, [f, lang, true] as const]),
);

describe.each(CASES)('report %s (%s, portfolio: %s)', (name, lang, withPartner) => {
  it('prints every section title, the firm, and keeps umlauts and ß', async () => {
    const { file, model, assessment } = await make(name, lang, withPartner);
    const text = flat(pdftotext(file));
    for (const s of model.sections) expect(text, `section title ${s.id}`).toContain(flat(s.title));
    expect(text).toContain(flat(assessment.firm!.name));
    expect(text).toContain('Südwestsachsen');
    if (lang === 'de') {
      expect(text).toContain('Maßnahmen');
      expect(text).toContain('Größter Kunde');
    }
    expect(text, 'no replacement characters in the fixtures').not.toContain('□');
  }, 60_000);

  it('prints the index and every dimension score as the engine gives them', async () => {
    const { file, assessment } = await make(name, lang, withPartner);
    const result = scoreAssessment(scoreInputOf(assessment));
    const lines = pdftotext(file, '-layout').split('\n');
    const dec = (n: number) => (lang === 'de' ? n.toFixed(1).replace('.', ',') : n.toFixed(1));
    const overall = displayOf(result.overall);
    const figureLabels = lines.findIndex((l) =>
      l.includes(lang === 'de' ? 'Gesamtindex' : 'Overall index'),
    );
    const figureValues = lines.slice(figureLabels + 1).find((l) => l.trim())!;
    expect(
      figureValues
        .trim()
        .split(/\s{2,}/)
        .slice(0, 2),
    ).toEqual([String(overall.score), dec(overall.level!)]);
    // Each field's figures on its own section's first page: "<score> Punkte", "<level> Stufe".
    const { rendered } = await make(name, lang, withPartner);
    for (const d of result.dimensions) {
      const shown = displayOf(d);
      const at = rendered.sections.find((s) => s.id === `dimension:${d.id}`)!;
      const page = flat(pdftotext(file, '-f', String(at.first), '-l', String(at.last)));
      const t = makeTranslate(lang);
      const [points, level] = [t('report:dimension.score'), t('report:dimension.level')];
      expect(page, `${d.id}: score ${shown.score}`).toContain(`${shown.score} ${points}`);
      expect(page, `${d.id}: level ${dec(shown.level!)}`).toContain(
        `${dec(shown.level!)} ${level}`,
      );
    }
  }, 60_000);

  it('lists every question of the questionnaire in the appendix', async () => {
    const { file, model, assessment } = await make(name, lang, withPartner);
    const text = flat(pdftotext(file));
    const appendixTitle = flat(model.sections.find((s) => s.kind === 'appendix')!.title);
    const appendix = text.slice(text.lastIndexOf(appendixTitle));
    for (const d of assessment.questionnaire.dimensions)
      for (const q of d.questions) expect(appendix, q.id).toContain(flat(localize(q.text, lang)));
  }, 60_000);

  it('embeds every font it uses', async () => {
    const { file } = await make(name, lang, withPartner);
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cols = row.trim().split(/\s+/);
      expect(cols[cols.length - 5], `embedded: ${row}`).toBe('yes');
      expect(row, 'no built-in Windows-1252 font').not.toMatch(/Helvetica|Times|Courier/);
    }
  }, 60_000);

  it('keeps the summary on one page', async () => {
    const { rendered } = await make(name, lang, withPartner);
    const summary = rendered.sections.find((s) => s.kind === 'summary')!;
    expect(summary.last, 'summary ends on the page it starts').toBe(summary.first);
  }, 60_000);

  it('keeps to the layout rules: no page ends with a heading, no text outside the printable area', async () => {
    const { file, model } = await make(name, lang, withPartner);
    const pages = parseBbox(pdftotext(file, '-bbox-layout'));
    const mm = 72 / 25.4;
    const tol = 0.6;
    const headings = new Set(
      model.sections.flatMap((s) => [
        flat(s.title),
        ...s.blocks.flatMap((b) => (b.kind === 'heading' ? [flat(b.text)] : [])),
      ]),
    );
    pages.forEach((lines, i) => {
      for (const l of lines) {
        expect(l.xMin, `page ${i + 1} "${l.text}" left`).toBeGreaterThanOrEqual(
          PRINTABLE.left * mm - tol,
        );
        expect(l.xMax, `page ${i + 1} "${l.text}" right`).toBeLessThanOrEqual(
          PRINTABLE.right * mm + tol,
        );
        expect(l.yMin, `page ${i + 1} "${l.text}" top`).toBeGreaterThanOrEqual(
          PRINTABLE.top * mm - tol,
        );
        expect(l.yMax, `page ${i + 1} "${l.text}" bottom`).toBeLessThanOrEqual(
          PRINTABLE.bottom * mm + tol,
        );
      }
      if (i === 0) return; // the cover
      const content = lines.filter(
        (l) => l.yMin > PAGE.headerRule * mm && l.yMax < PAGE.footerRule * mm,
      );
      const last = content.reduce((a, b) => (b.yMax > a.yMax ? b : a));
      const size = last.height / 1.164; // DejaVu: ascent + descent = 1.164 em
      const isHeading = size > 10 && [...headings].some((h) => h.endsWith(flat(last.text)));
      expect(isHeading, `page ${i + 1} ends with the heading "${last.text}"`).toBe(false);
    });
  }, 60_000);
});

/** Pages before the appendix of a report of one questionnaire, as the issue sets them. */
const LIMIT = { weak: 16, strong: 12 } as const;

describe.each(CASES)(
  'the editorial layout of %s (%s, portfolio: %s)',
  (name, lang, withPartner) => {
    it('puts the one-page plan within the first three pages and keeps to the page limit', async () => {
      const { rendered } = await make(name, lang, withPartner);
      const plan = rendered.sections.find((s) => s.kind === 'plan')!;
      expect(plan.first, 'plan within the first three pages').toBeLessThanOrEqual(3);
      expect(plan.last, 'the plan on one page').toBe(plan.first);
      const before = rendered.sections.find((s) => s.kind === 'appendix')!.first - 1;
      // With a second questionnaire the portfolio section comes on top.
      const limit = LIMIT[name.endsWith('weak') ? 'weak' : 'strong'] + (withPartner ? 1 : 0);
      expect(before, 'pages before the appendix').toBeLessThanOrEqual(limit);
      // Every word fits its box: no word broken (the hyphenation patterns are not even loaded).
      expect(rendered.overflow, 'no word wider than its box').toBe(false);
    }, 60_000);

    it('sets running text at 9 pt or more and nothing below 7.5 pt, at most 90 characters a line', async () => {
      const { file, rendered } = await make(name, lang, withPartner);
      const pages = parseBbox(pdftotext(file, '-bbox-layout'));
      const appendix = rendered.sections.find((s) => s.kind === 'appendix')!.first;
      const mm = 72 / 25.4;
      const problems: string[] = [];
      pages.forEach((lines, i) => {
        const sizes = new Map<number, number>();
        for (const l of lines) {
          const size = l.height / 1.164; // DejaVu: ascent + descent = 1.164 em
          if (l.xMax - l.xMin < l.height) continue; // turned text (an axis title) measures its width
          if (size < 7.5 - 0.05)
            problems.push(`page ${i + 1} "${l.text}" at ${size.toFixed(2)} pt`);
          // Running text only: the header and the footer are one cut line each.
          const inside = l.yMin > PAGE.headerRule * mm && l.yMax < PAGE.footerRule * mm;
          if (inside && l.text.length > 90)
            problems.push(`page ${i + 1} "${l.text}" has ${l.text.length} characters`);
          if (!inside) continue;
          const key = Math.round(size * 10) / 10;
          sizes.set(key, (sizes.get(key) ?? 0) + l.text.length);
        }
        if (i === 0 || i + 1 >= appendix) return;
        // Running text: the size most characters between header and footer are set in.
        const body = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
        if (body < 9 - 0.05) problems.push(`page ${i + 1}: most text at ${body} pt`);
      });
      expect(problems).toEqual([]);
    }, 60_000);

    it('fills every page to a third at least, except the last page of a section', async () => {
      const { file, rendered } = await make(name, lang, withPartner);
      const pages = parseBbox(pdftotext(file, '-bbox-layout'));
      const mm = 72 / 25.4;
      const ends = new Set(rendered.sections.map((s) => s.last));
      pages.forEach((lines, i) => {
        if (i === 0 || ends.has(i + 1)) return;
        const content = lines.filter(
          (l) => l.yMin > PAGE.headerRule * mm && l.yMax < PAGE.footerRule * mm,
        );
        const bottom = Math.max(...content.map((l) => l.yMax)) / mm;
        const filled = (bottom - PAGE.top) / (PAGE.bottom - PAGE.top);
        expect(filled, `page ${i + 1} filled`).toBeGreaterThanOrEqual(1 / 3);
      });
    }, 60_000);

    it('keeps each measure and each finding whole on one page', async () => {
      const { file, model } = await make(name, lang, withPartner);
      const pages = pdftotext(file).split('\f').map(flat);
      const boxes = model.sections.flatMap((s) =>
        s.blocks.flatMap((b) =>
          b.kind === 'measure'
            ? [[b.measure.title, b.measure.text]]
            : b.kind === 'flag'
              ? [[b.label, b.text]]
              : [],
        ),
      );
      expect(boxes.length).toBeGreaterThan(0);
      for (const [head, text] of boxes) {
        const words = flat(text!).split(' ');
        const last = words.slice(-3).join(' ');
        const page = pages.findIndex((p) => p.includes(flat(head!)) && p.includes(last));
        expect(page, `"${head}" and the end of its text on one page`).toBeGreaterThanOrEqual(0);
      }
    }, 60_000);

    it('gives every section a bookmark', async () => {
      const { rendered } = await make(name, lang, withPartner);
      const text = new TextDecoder('latin1').decode(rendered.bytes);
      const titles = [...text.matchAll(/\/Title \(((?:[^()\\]|\\.)*)\)/g)].map((m) => m[1]);
      for (const s of rendered.sections.filter((x) => x.kind !== 'cover'))
        expect(
          titles.some((t) =>
            t!.includes(
              s.title
                .slice(0, 8)
                .replace(/[„“”–]/g, '')
                .trim()
                .slice(0, 5),
            ),
          ),
          `bookmark for "${s.title}"`,
        ).toBe(true);
    }, 60_000);
  },
);

interface BoxLine {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  height: number;
}

/** Lines with their boxes (points, origin top left) from `pdftotext -bbox-layout`, per page. */
function parseBbox(html: string): BoxLine[][] {
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
        ),
      ].map((m) => {
        const words = [...m[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => decode(w[1]!));
        const [xMin, yMin, xMax, yMax] = [m[1], m[2], m[3], m[4]].map(Number) as [
          number,
          number,
          number,
          number,
        ];
        return { text: words.join(' '), xMin, xMax, yMin, yMax, height: yMax - yMin };
      }),
    );
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('the assessment inside the PDF', () => {
  it.each(FIXTURES)(
    'comes back exactly as it went in: %s',
    async (name) => {
      const { rendered, assessment } = await make(name, 'de', false);
      const back = extractAssessmentFromPdf(rendered.bytes);
      expect(back.ok).toBe(true);
      if (back.ok) expect(back.value, 'round trip loses nothing').toEqual(assessment);
    },
    60_000,
  );

  it('survives characters that XML and PDF would escape', async () => {
    const a = fixture('resilience-weak');
    const tricky = {
      ...a,
      firm: { id: a.firm!.id, name: 'Müller & Söhne <GmbH> "Präzision" \\ ) ( ]]> %%EOF' },
      notes: {
        ...a.notes,
        r1_customer_spread: { text: '</itas:assessment> endstream 😀 ß', at: a.updatedAt },
      },
    };
    const { bytes } = await generateReportInNode({
      shipped: SHIPPED,
      assessment: tricky,
      lang: 'en',
      date: DATE,
    });
    const back = extractAssessmentFromPdf(bytes);
    expect(back.ok && back.value).toEqual(tricky);
  }, 60_000);

  it('refuses a PDF without embedded data', () => {
    const doc = new jsPDF({ putOnlyUsedFonts: true });
    doc.text('Nothing to see', 20, 20);
    const r = extractAssessmentFromPdf(new Uint8Array(doc.output('arraybuffer')));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toEqual(['pdf_no_assessment']);
  });

  it('refuses what is not a PDF, and damaged data', async () => {
    const notPdf = extractAssessmentFromPdf(
      new TextEncoder().encode('{"format":"itas-assessment"}'),
    );
    expect(!notPdf.ok && notPdf.problems[0]!.code).toBe('pdf_not_pdf');
    const { rendered } = await make('resilience-strong', 'de', false);
    const bytes = rendered.bytes.slice();
    const text = new TextDecoder('latin1').decode(bytes);
    const at = text.indexOf('<itas:assessment>') + '<itas:assessment>'.length + 10;
    bytes[at] = '!'.charCodeAt(0);
    const damaged = extractAssessmentFromPdf(bytes);
    expect(!damaged.ok && damaged.problems[0]!.code).toBe('pdf_assessment_damaged');
  }, 60_000);

  it('compresses the embedded assessment, still reads a report written before that, and stops an inflating bomb', async () => {
    const a = fixture('resilience-strong');
    const { rendered } = await make('resilience-strong', 'de', false);
    const text = new TextDecoder('latin1').decode(rendered.bytes);
    const open = text.indexOf('<itas:assessment>') + '<itas:assessment>'.length;
    const close = text.indexOf('</itas:assessment>');
    const json = JSON.stringify(a);
    const embedded = text.slice(open, close).replace(/\s+/g, '').length;
    expect(embedded, 'the packet is half the JSON or less').toBeLessThan(json.length / 2);
    const withPacket = (packet: string) =>
      Uint8Array.from(Buffer.from(text.slice(0, open) + packet + text.slice(close), 'latin1'));
    // Before the compression: base64 of the JSON's UTF-8 bytes.
    const older = extractAssessmentFromPdf(withPacket(Buffer.from(json).toString('base64')));
    expect(older.ok && older.value.id).toBe(a.id);
    // 11 MB of spaces packed into a few kilobytes: refused as too large, not inflated.
    const bomb = zlibSync(new TextEncoder().encode(`{${' '.repeat(11 * 1024 * 1024)}}`));
    expect(bomb.length).toBeLessThan(50_000);
    const refused = extractAssessmentFromPdf(withPacket(Buffer.from(bomb).toString('base64')));
    expect(!refused.ok && refused.problems[0]!.code).toBe('file_too_large');
  }, 60_000);
});

describe('characters outside the embedded font', () => {
  it('print as a visible replacement, never as garbage', async () => {
    const a = fixture('resilience-strong');
    const odd = { ...a, firm: { id: a.firm!.id, name: 'Ωmega 中 Präzision' } };
    const { bytes } = await generateReportInNode({
      shipped: SHIPPED,
      assessment: odd,
      lang: 'de',
      date: DATE,
    });
    const file = join(dir, 'odd.pdf');
    writeFileSync(file, bytes);
    const text = pdftotext(file);
    expect(text).toContain('□mega □ Präzision');
  }, 60_000);
});

describe('the PDF file', () => {
  it('carries title, subject, author, language and creation date', async () => {
    const { file, assessment } = await make('resilience-weak', 'de', false);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Resilienz-Check: Erzgebirgische Präzisionsteile GmbH/);
    expect(info).toMatch(/Subject:\s+Bericht zur Selbstbewertung \(Resilienz-Check 1\.1\.0\)/);
    expect(info).toMatch(new RegExp(`Author:\\s+${assessment.firm!.name}`));
    expect(info).toMatch(/CreationDate:\s+Tue Nov 24/);
    expect(readFileSync(file, 'latin1')).toContain('/Lang (de-DE)');
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(info, 'the app version names the creator').toMatch(
      new RegExp(`Creator:\\s+ITAS Transformations-Check ${version.replace(/\./g, '\\.')}`),
    );
    const pages = pdftotext(file)
      .split('\f')
      .filter((p) => p.trim());
    expect(
      pages.slice(1).every((p) => p.includes(`Fragebogen 1.1.0 · Version ${version}`)),
      'every page after the cover has the versions in its footer',
    ).toBe(true);
  }, 60_000);

  it('names the partners and the funding on the cover, and the host’s coaching contact on the cover and in the plan', async () => {
    const plain = await make('resilience-weak', 'de', false);
    // Without any white space: a line may break anywhere in an address.
    const bare = (text: string) => text.replace(/\s+/g, '');
    const cover = (file: string) => bare(pdftotext(file, '-f', '1', '-l', '1'));
    const first = cover(plain.file);
    expect(first).toContain(
      bare('Partner: IHK Chemnitz · AMZ Sachsen · IG Metall Chemnitz & Zwickau'),
    );
    expect(first).toContain(
      bare(
        'Gefördert im Bundesprogramm „Transformationsstrategien für Regionen der Fahrzeug- und Zulieferindustrie“.',
      ),
    );
    expect(first, 'without a named contact: the initiative’s site').toContain(
      bare('Weitere Informationen und Kontakt: itas-projekt.de'),
    );
    const coaching = {
      name: 'Dr. Anna Beispiel',
      organisation: 'IHK Chemnitz',
      phone: '0371 6900-0',
      email: 'coaching@example.org',
      bookingUrl: 'https://example.org/termin',
    };
    for (const lang of ['de', 'en'] as const) {
      const rendered = await generateReportInNode({
        shipped: SHIPPED,
        assessment: plain.assessment,
        lang,
        date: DATE,
        coaching,
      });
      const file = join(dir, `coaching-${lang}.pdf`);
      writeFileSync(file, rendered.bytes);
      const contact =
        lang === 'de'
          ? 'Ihr Kontakt für das Strategiecoaching: Dr. Anna Beispiel, IHK Chemnitz · Tel. 0371 6900-0 · coaching@example.org · https://example.org/termin'
          : 'Your contact for strategy coaching: Dr. Anna Beispiel, IHK Chemnitz · phone 0371 6900-0 · coaching@example.org · https://example.org/termin';
      expect(cover(file)).toContain(bare(contact));
      expect(cover(file)).not.toContain('itas-projekt.de');
      expect(bare(pdftotext(file, '-f', '2')), 'the plan names the contact too').toContain(
        bare(
          `${contact}. ${lang === 'de' ? 'Das Strategiecoaching der IHK Chemnitz' : 'The strategy coaching at IHK Chemnitz'}`,
        ),
      );
    }
  }, 60_000);

  it('prints the host’s PNG or JPEG logo on the cover and leaves out anything else', async () => {
    const { assessment } = await make('resilience-strong', 'de', false);
    const png = new Uint8Array(readFileSync(join(ROOT, 'public/icon-192.png')));
    const images = (logo: Uint8Array | null) =>
      generateReportInNode({ shipped: SHIPPED, assessment, lang: 'de', date: DATE, logo }).then(
        (rendered) => {
          const file = join(dir, `logo-${logo?.length ?? 0}.pdf`);
          writeFileSync(file, rendered.bytes);
          return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
            .trim()
            .split('\n')
            .slice(2)
            .map((row) => row.trim().split(/\s+/));
        },
      );
    const withLogo = await images(png);
    // The picture and its transparency (a soft mask), both on the cover.
    expect(withLogo.map((r) => `${r[0]} ${r[2]}`)).toEqual(['1 image', '1 smask']);
    expect(withLogo[0]![3], 'at its full resolution').toBe('192');
    expect(await images(null)).toEqual([]);
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(await images(svg), 'an SVG is left out').toEqual([]);
    const broken = png.slice(0, 40);
    expect(await images(broken), 'a damaged PNG is left out, the report still made').toEqual([]);
  }, 60_000);

  it('is the same for the same input', async () => {
    const a = fixture('technology-readiness-strong');
    const one = await generateReportInNode({
      shipped: SHIPPED,
      assessment: a,
      lang: 'en',
      date: DATE,
    });
    const two = await generateReportInNode({
      shipped: SHIPPED,
      assessment: a,
      lang: 'en',
      date: DATE,
    });
    expect(Buffer.from(one.bytes).equals(Buffer.from(two.bytes))).toBe(true);
  }, 60_000);
});
