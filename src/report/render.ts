/**
 * The PDF renderer: lays out and draws a report model (src/core/report.ts) with jsPDF. It
 * decides nothing about content and computes no score; it measures text to paginate, draws the
 * charts as vectors, embeds the subset font and writes the assessment into the XMP metadata.
 *
 * Translations: `buildReport` takes a `Translate` function,
 *   `(key: string, params?: Record<string, string | number>) => string`,
 * with namespaced keys — `report:…` (src/i18n/{de,en}/report.json), `common:…` (level names,
 * services, horizons, ratings, severities, roles) and `results:…` (the portfolio's quadrants, as
 * the screen words them) — and `{{name}}` placeholders.
 * - In the app, pass i18next's `t` once the `report` namespace is registered:
 *   `(key, params) => i18next.t(key as never, params as never) as string`
 *   (i18next reads `namespace:key` with its default nsSeparator ":").
 * - In Node (command line, tests), `makeTranslate(lang)` from ./translate reads the JSON files.
 *
 * Runs in the browser and in Node alike; src/report/download.ts is the app's lazy entry.
 */
import { jsPDF } from 'jspdf';
import { sha256Hex } from '../core/common/hash';
import type { ReportModel, ReportSection } from '../core/report/report-model';
import { Composer } from './blocks';
import { label, line } from './charts';
import { paginate, type Atom, type FlowSection } from './flow';
import { fill, stroke } from './paint';
import type { Hyphenate } from './hyphenation';
import { Typesetter } from './text';
import { COLOR, CONTENT_WIDTH, PAGE, SIZE, TEXT_WIDTH } from './theme';
import { xmpPacket } from './xmp';

export interface ReportFonts {
  name: string;
  /** TrueType faces, base64. */
  regular: string;
  bold: string;
  /** Code points both faces print, as sorted [from, to] ranges. */
  coverage: readonly (readonly [number, number])[];
  /** What any other character prints as. */
  replacement: string;
}

export interface RenderOptions {
  fonts: ReportFonts;
  /** Syllables of a word in the report's language, for words wider than their box. */
  hyphenate?: Hyphenate | null | undefined;
  /** The assessment file's JSON, embedded so that importing the PDF restores the assessment. */
  assessmentJson: string;
  /** The document's creation time; by default the report's date at midnight UTC. */
  createdAt?: Date | undefined;
  /** The host's logo for the cover: a PNG or JPEG file's bytes (anything else is left out). */
  logo?: Uint8Array | null | undefined;
}

/** Where the logo goes: the cover's top right, within this box (mm), its proportions kept. */
const LOGO_BOX = { width: 42, height: 16 } as const;

/** The image format of a file's bytes, as jsPDF names it; null for anything but PNG and JPEG. */
export function imageFormat(bytes: Uint8Array): 'PNG' | 'JPEG' | null {
  const at = (i: number, ...values: number[]) => values.every((v, k) => bytes[i + k] === v);
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'PNG';
  if (at(0, 0xff, 0xd8, 0xff)) return 'JPEG';
  return null;
}

interface Logo {
  bytes: Uint8Array;
  format: 'PNG' | 'JPEG';
  width: number;
  height: number;
}

/** The logo measured to fit its box; null when it is not a picture jsPDF can read. */
function measuredLogo(doc: jsPDF, bytes: Uint8Array | null | undefined): Logo | null {
  const format = bytes ? imageFormat(bytes) : null;
  if (!bytes || !format) return null;
  try {
    const { width, height } = doc.getImageProperties(bytes);
    if (!(width > 0 && height > 0)) return null;
    const scale = Math.min(LOGO_BOX.width / width, LOGO_BOX.height / height);
    return { bytes, format, width: width * scale, height: height * scale };
  } catch {
    return null; // a damaged file: the cover goes without it
  }
}

export interface RenderedReport {
  bytes: Uint8Array;
  pageCount: number;
  /** Whether a word was wider than its box: rendered again with hyphenation, it breaks better. */
  overflow: boolean;
  /** Where each section lies, 1-based pages, in report order. */
  sections: {
    id: string;
    kind: ReportSection['kind'];
    title: string;
    first: number;
    last: number;
  }[];
}

/** Space above a section that continues on the page of the one before. */
const SECTION_GAP = 7;

/** Outline titles are written in PDFDocEncoding by jsPDF: keep them within Latin-1. */
function outlineTitle(text: string): string {
  return text
    .replace(/[„“”]/g, '"')
    .replace(/[‚‘’]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, '?');
}

function coverAtom(
  ts: Typesetter,
  section: ReportSection,
  sections: ReportSection[],
  pagesOf: () => Map<string, { first: number; last: number }>,
  logo: Logo | null,
): Atom {
  const c = section.cover!;
  const x = PAGE.left;
  const w = CONTENT_WIDTH;
  /** The initiative's lines leave room for the host's logo at the right. */
  const headW = logo ? w - logo.width - 6 : w;
  const box = (text: string, size: number, bold: boolean, color = COLOR.ink, width = w) => {
    const lines = ts.wrap([{ text, bold }], size, width, color);
    const lh = ts.lineHeight(size);
    return {
      h: lines.length * lh,
      draw: (bx: number, by: number) =>
        lines.forEach((l, i) => ts.drawLine(l, bx, by + i * lh, size)),
    };
  };
  return {
    h: PAGE.bottom - PAGE.top,
    before: 0,
    draw: () => {
      let y = 20;
      const logoTop = y - 2;
      if (logo)
        ts.doc.addImage(
          logo.bytes,
          logo.format,
          x + w - logo.width,
          logoTop,
          logo.width,
          logo.height,
        );
      const initiative = box(c.initiative, SIZE.small, true, COLOR.actual, headW);
      initiative.draw(x, y);
      y += initiative.h;
      const partners = box(c.partners, SIZE.small, false, COLOR.muted, headW);
      partners.draw(x, y);
      y = Math.max(y + partners.h + 1.5, logo ? logoTop + logo.height + 1.5 : 0);
      stroke(ts, COLOR.actual, 0.8);
      line(ts, x, y, x + w, y);
      y += 20;
      const kicker = box(c.kicker, 11, true, COLOR.actual);
      kicker.draw(x, y);
      y += kicker.h + 2;
      const title = box(c.title, 30, true);
      title.draw(x, y);
      y += title.h + 1.5;
      const sub = box(c.questionnaire, 13, false, COLOR.muted);
      sub.draw(x, y);
      y += sub.h + 12;
      const firm = box(c.firm, 20, true, COLOR.ink);
      firm.draw(x, y);
      y += firm.h + 6;
      const labelW = 42;
      for (const f of c.facts) {
        const v = box(f.value, SIZE.body, false, COLOR.ink, w - labelW);
        label(ts, f.label, x, y + 0.3, SIZE.small, COLOR.muted);
        v.draw(x + labelW, y);
        y += Math.max(v.h, 4.6) + 1.4;
      }
      y += 5;
      const note = box(c.note, SIZE.small, false, COLOR.ink, Math.min(w - 8, TEXT_WIDTH));
      fill(ts, COLOR.panel);
      ts.doc.rect(x, y, w, note.h + 7, 'F');
      fill(ts, COLOR.actual);
      ts.doc.rect(x, y, 1.1, note.h + 7, 'F');
      note.draw(x + 4.5, y + 3.5);
      y += note.h + 7 + 8;

      // Contents, with the pages the layout gave each section.
      const pages = pagesOf();
      const entries = sections.filter((s) => s.kind !== 'cover');
      const contact = box(c.contact, SIZE.small, false, COLOR.ink, TEXT_WIDTH);
      const funding = box(c.funding, SIZE.small, false, COLOR.muted, TEXT_WIDTH);
      const foot = contact.h + 2 + funding.h;
      const room = PAGE.bottom - foot - 4 - y - 7;
      const step = Math.min(5, room / entries.length);
      const size = step < 4.4 ? SIZE.tiny : SIZE.small;
      label(ts, c.contentsTitle, x, y, SIZE.h3, COLOR.ink, { bold: true });
      y += 7;
      for (const s of entries) {
        const indent = s.kind === 'dimension' ? 6 : 0;
        const page = String(pages.get(s.id)?.first ?? '');
        const pageW = label(ts, page, x + w, y, size, COLOR.muted, { align: 'right' });
        const text = s.number ? `${s.number}  ${s.title}` : s.title;
        label(ts, text, x + indent, y, size, s.kind === 'dimension' ? COLOR.muted : COLOR.ink, {
          bold: s.kind !== 'dimension',
          max: w - indent - pageW - 6,
        });
        y += step;
      }
      contact.draw(x, PAGE.bottom - foot);
      // The address as a plain link; the app itself fetches nothing from it.
      if (c.contactUrl) ts.doc.link(x, PAGE.bottom - foot, w, contact.h, { url: c.contactUrl });
      funding.draw(x, PAGE.bottom - funding.h);
    },
  };
}

function drawHeaderFooter(ts: Typesetter, model: ReportModel, page: number, pages: number) {
  const x = PAGE.left;
  const w = CONTENT_WIDTH;
  const right = ts.clean(model.header.right);
  const rightW = ts.width(right, SIZE.tiny);
  label(ts, model.header.left, x, PAGE.headerBaseline - 2.6, SIZE.tiny, COLOR.muted, {
    max: w - rightW - 8,
  });
  label(ts, right, x + w, PAGE.headerBaseline - 2.6, SIZE.tiny, COLOR.muted, { align: 'right' });
  stroke(ts, COLOR.line, 0.25);
  line(ts, x, PAGE.headerRule, x + w, PAGE.headerRule);
  line(ts, x, PAGE.footerRule, x + w, PAGE.footerRule);
  const pageText = model.footer.page
    .replace('{page}', String(page))
    .replace('{pages}', String(pages));
  const pageW = label(ts, pageText, x + w, PAGE.footerBaseline - 2.6, SIZE.tiny, COLOR.muted, {
    align: 'right',
  });
  label(ts, model.footer.left, x, PAGE.footerBaseline - 2.6, SIZE.tiny, COLOR.muted, {
    max: w - pageW - 8,
  });
}

export function renderReport(model: ReportModel, options: RenderOptions): RenderedReport {
  const { fonts } = options;
  const doc = new jsPDF({
    unit: 'mm',
    format: 'a4',
    orientation: 'portrait',
    putOnlyUsedFonts: true,
    compress: true,
  });
  doc.addFileToVFS(`${fonts.name}.ttf`, fonts.regular);
  doc.addFont(`${fonts.name}.ttf`, fonts.name, 'normal');
  doc.addFileToVFS(`${fonts.name}-Bold.ttf`, fonts.bold);
  doc.addFont(`${fonts.name}-Bold.ttf`, fonts.name, 'bold');
  const ts = new Typesetter(doc, fonts.name, fonts.coverage, fonts.replacement);
  ts.hyphenate = options.hyphenate ?? null;
  ts.setFont(SIZE.body, false);
  const composer = new Composer(ts);
  const logo = measuredLogo(doc, options.logo);

  let ranges = new Map<string, { first: number; last: number }>();
  const flow: FlowSection[] = model.sections.map((section) => ({
    id: section.id,
    flow: section.flow ?? false,
    atoms:
      section.kind === 'cover'
        ? [coverAtom(ts, section, model.sections, () => ranges, logo)]
        : [
            {
              ...composer.sectionTitle(section.title, section.eyebrow, PAGE.left, CONTENT_WIDTH),
              before: section.flow ? SECTION_GAP : 0,
            },
            ...section.blocks.flatMap((b) => composer.compose(b, PAGE.left, CONTENT_WIDTH)),
          ],
  }));
  const laid = paginate(flow);
  ranges = laid.ranges;
  ts.pageOf = (id) => String(ranges.get(id)?.first ?? '');

  laid.pages.forEach((page, i) => {
    if (i > 0) doc.addPage('a4', 'portrait');
    for (const placed of page) placed.atom.draw(placed.y);
    if (i > 0) drawHeaderFooter(ts, model, i + 1, laid.pages.length);
  });

  for (const s of model.sections) {
    const range = ranges.get(s.id);
    if (!range || s.kind === 'cover') continue;
    doc.outline.add(null, outlineTitle(s.number ? `${s.number} ${s.title}` : s.title), {
      pageNumber: range.first,
    });
  }

  const createdAt = options.createdAt ?? new Date(`${model.meta.date}T00:00:00Z`);
  doc.setDocumentProperties({
    title: model.meta.title,
    subject: model.meta.subject,
    author: model.meta.author,
    keywords: model.meta.keywords,
    creator: model.meta.creator,
  });
  doc.setLanguage(model.meta.language as Parameters<jsPDF['setLanguage']>[0]);
  doc.setCreationDate(createdAt);
  // The same input gives the same file, from the app and from the command line.
  doc.setFileId(
    sha256Hex(`${options.assessmentJson}\n${model.lang}\n${createdAt.toISOString()}`)
      .slice(0, 32)
      .toUpperCase(),
  );
  doc.addMetadata(
    xmpPacket({
      title: model.meta.title,
      author: model.meta.author,
      subject: model.meta.subject,
      language: model.meta.language,
      creator: model.meta.creator,
      created: createdAt.toISOString(),
      assessment: options.assessmentJson,
    }),
    true,
  );

  return {
    bytes: new Uint8Array(doc.output('arraybuffer')),
    pageCount: laid.pages.length,
    overflow: ts.overflow,
    sections: model.sections.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      first: ranges.get(s.id)?.first ?? 0,
      last: ranges.get(s.id)?.last ?? 0,
    })),
  };
}
