// The report from Node (the command line, tests): translations read from the JSON files. The
// font module must exist: scripts/build-font.ts `ensureFont()` makes it.
import {
  generateReport,
  generateSessionReport,
  generateStudyReport,
  type ReportPdfArgs,
  type SessionReportPdfArgs,
} from './generate';
import { typeset } from './download';
import type { RenderedReport } from './render';
import { makeTranslate } from './translate';
import { readFileSync } from 'node:fs';

/** The version in package.json, as the built app has it. */
const APP_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

export async function generateReportInNode(
  args: Omit<ReportPdfArgs, 't'>,
): Promise<RenderedReport> {
  const full = { appVersion: APP_VERSION, ...args, t: makeTranslate(args.lang) };
  return typeset(args.lang, (type) => generateReport(full, type));
}

export async function generateSessionReportInNode(
  args: Omit<SessionReportPdfArgs, 't'>,
): Promise<RenderedReport> {
  const full = { appVersion: APP_VERSION, ...args, t: makeTranslate(args.lang) };
  return typeset(args.lang, (type) => generateSessionReport(full, type));
}

export async function generateStudyReportInNode(
  args: Omit<Parameters<typeof generateStudyReport>[0], 't'>,
): Promise<RenderedReport> {
  const full = { appVersion: APP_VERSION, ...args, t: makeTranslate(args.lang) };
  return typeset(args.lang, (type) => generateStudyReport(full, type));
}
