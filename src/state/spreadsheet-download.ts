import type { Assessment } from '../core/records/assessment';
import { scoreInputOf } from '../core/records/assessment';
import { scoreAssessment } from '../core/scoring/scoring';
import { assessmentWorkbook, workshopWorkbook, type Sheet } from '../core/present/sheets';
import type { Comparison } from '../core/compare/compare';
import type { Workshop } from '../core/records/workshop';
import { csvText } from '../core/present/csv';
import type { Lang } from '../core/common/text';
import { APP_VERSION } from '../core/common/version';
import { downloadFile, fileSlug } from '../transfer/download';
import { loadReportTexts, reportT } from './report-download';

/** What a person can ask for: the whole workbook, or one of its tables as CSV. */
export type SpreadsheetKind = 'xlsx' | Extract<Sheet['id'], 'answers' | 'fields'>;

/**
 * Offers one assessment as a spreadsheet, made here in the browser: XLSX with every table, or
 * one table as CSV. The texts and the XLSX writer load now, not before.
 */
export async function downloadSpreadsheet(a: Assessment, lang: Lang, kind: SpreadsheetKind) {
  await loadReportTexts(lang);
  const book = assessmentWorkbook({
    assessment: a,
    result: scoreAssessment(scoreInputOf(a)),
    lang,
    t: reportT(lang),
    appVersion: APP_VERSION,
  });
  const base = `itas-tabelle-${a.questionnaire.id}-${fileSlug(a.firm?.name ?? 'bewertung')}`;
  if (kind === 'xlsx') {
    const { xlsxBlob, XLSX_TYPE } = await import('../report/spreadsheet');
    downloadFile(`${base}.xlsx`, await xlsxBlob(book), XLSX_TYPE);
    return;
  }
  const sheet = book.sheets.find((s) => s.id === kind)!;
  downloadFile(
    `${base}-${fileSlug(sheet.name)}.csv`,
    csvText(sheet, lang),
    'text/csv;charset=utf-8',
  );
}

/** A workshop's group result as XLSX: the fields and questions, each participant a column. */
export async function downloadWorkshopSpreadsheet(
  workshop: Workshop,
  aggregate: Comparison,
  lang: Lang,
) {
  const [{ xlsxBlob, XLSX_TYPE }] = await Promise.all([
    import('../report/spreadsheet'),
    loadReportTexts(lang),
  ]);
  const book = workshopWorkbook({
    workshop,
    aggregate,
    lang,
    t: reportT(lang),
    appVersion: APP_VERSION,
  });
  downloadFile(`workshop-${fileSlug(workshop.name)}.xlsx`, await xlsxBlob(book), XLSX_TYPE);
}
