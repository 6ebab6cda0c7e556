// The app's entry to the report, loaded on demand: `import('../report/download')`. jsPDF and
// the font (a generated module, so it works offline and from file:// without a fetch) come with
// it, in chunks of their own.
import type { Lang } from '../core/common/text';
import { loadHyphenation } from './hyphenation';
import type { RenderedReport, ReportFonts } from './render';
import {
  generateReport,
  generateSessionReport,
  generateStudyReport,
  type ReportPdfArgs,
  type SessionReportPdfArgs,
  type Typesetting,
} from './generate';

export type { ReportPdfArgs } from './generate';
export { localDay } from './generate';

let fonts: Promise<ReportFonts> | null = null;

/** A face from the font module (zlib, base64) as jsPDF takes it: the TrueType file in base64. */
async function unpacked(packed: string): Promise<string> {
  const bytes = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
  const stream = new Response(bytes).body!.pipeThrough(new DecompressionStream('deflate'));
  const font = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (let i = 0; i < font.length; i += 0x8000)
    binary += String.fromCharCode(...font.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function loadReportFonts(): Promise<ReportFonts> {
  fonts ??= import('./generated/fonts.js').then(async (m) => ({
    name: m.FONT_NAME,
    regular: await unpacked(m.REGULAR),
    bold: await unpacked(m.BOLD),
    coverage: m.COVERAGE,
    replacement: m.REPLACEMENT,
  }));
  return fonts;
}

/**
 * Makes a report, and once more with the language's hyphenation when a word was wider than its
 * box: the patterns (about 300 KB for German) load only for the reports that need them.
 */
export async function typeset(
  lang: Lang,
  make: (type: Typesetting) => RenderedReport,
): Promise<RenderedReport> {
  const fonts = await loadReportFonts();
  const first = make({ fonts });
  if (!first.overflow) return first;
  return make({ fonts, hyphenate: await loadHyphenation(lang) });
}

/** The report as PDF bytes, ready for a Blob of type application/pdf. */
export async function generateReportPdf(args: ReportPdfArgs): Promise<Uint8Array> {
  return (await typeset(args.lang, (type) => generateReport(args, type))).bytes;
}

/** The session report of a coaching case as PDF bytes. */
export async function generateSessionReportPdf(args: SessionReportPdfArgs): Promise<Uint8Array> {
  return (await typeset(args.lang, (type) => generateSessionReport(args, type))).bytes;
}

/** The regional study's report as PDF bytes. */
export async function generateStudyReportPdf(
  args: Parameters<typeof generateStudyReport>[0],
): Promise<Uint8Array> {
  return (await typeset(args.lang, (type) => generateStudyReport(args, type))).bytes;
}
