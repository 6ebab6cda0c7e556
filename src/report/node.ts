// The report from Node (the command line, tests): translations read from the JSON files. The
// font module must exist: scripts/build-font.ts `ensureFont()` makes it.
import {
  generateReport,
  generateSessionReport,
  type ReportPdfArgs,
  type SessionReportPdfArgs,
} from './generate';
import { loadReportFonts } from './download';
import type { RenderedReport } from './render';
import { makeTranslate } from './translate';

export async function generateReportInNode(
  args: Omit<ReportPdfArgs, 't'>,
): Promise<RenderedReport> {
  return generateReport({ ...args, t: makeTranslate(args.lang) }, await loadReportFonts());
}

export async function generateSessionReportInNode(
  args: Omit<SessionReportPdfArgs, 't'>,
): Promise<RenderedReport> {
  return generateSessionReport({ ...args, t: makeTranslate(args.lang) }, await loadReportFonts());
}
