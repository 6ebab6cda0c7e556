// The app's entry to the report, loaded on demand: `import('../report/download')`. jsPDF and
// the font (a generated module, so it works offline and from file:// without a fetch) come with
// it, in chunks of their own.
import type { ReportFonts } from './render';
import {
  generateReport,
  generateSessionReport,
  type ReportPdfArgs,
  type SessionReportPdfArgs,
} from './generate';

export type { ReportPdfArgs } from './generate';
export { localDay } from './generate';

let fonts: Promise<ReportFonts> | null = null;

export function loadReportFonts(): Promise<ReportFonts> {
  fonts ??= import('./generated/fonts.js').then((m) => ({
    name: m.FONT_NAME,
    regular: m.REGULAR,
    bold: m.BOLD,
    coverage: m.COVERAGE,
    replacement: m.REPLACEMENT,
  }));
  return fonts;
}

/** The report as PDF bytes, ready for a Blob of type application/pdf. */
export async function generateReportPdf(args: ReportPdfArgs): Promise<Uint8Array> {
  return generateReport(args, await loadReportFonts()).bytes;
}

/** The session report of a coaching case as PDF bytes. */
export async function generateSessionReportPdf(args: SessionReportPdfArgs): Promise<Uint8Array> {
  return generateSessionReport(args, await loadReportFonts()).bytes;
}
