// The case's files, loaded on demand: the case file and the session report (jsPDF comes then).
import type { Assessment } from '../core/records/assessment';
import { caseFile, caseMembers, type Case } from '../core/records/case';
import { isFirmWork } from '../core/scoring/summary';
import type { Lang } from '../core/common/text';
import { useAppStore, storage } from './app-store';
import { now } from './clock';
import { loadAssessments } from '../storage/assessments';
import { downloadFile, fileSlug } from '../transfer/download';
import { loadReportTexts, offerPdf, reportT } from './report-download';
import { useCaseStore } from './case-store';
import { APP_VERSION, withAppVersion } from '../core/common/version';
import { caseWorkbook } from '../core/present/sheets';
import { compareByQuestionnaire } from '../core/compare/compare';

async function caseWithAssessments(
  caseId: string,
): Promise<{ c: Case; assessments: Assessment[] }> {
  await useCaseStore.getState().load();
  const c = useCaseStore.getState().cases[caseId];
  const { summaries } = useAppStore.getState();
  const backend = storage();
  if (!c || !backend) throw new Error('case or storage missing');
  const members = caseMembers(c, Object.values(summaries).filter(isFirmWork));
  // Those that cannot be read are left out (the case page says how many).
  const loaded = await loadAssessments(
    backend,
    members.map((m) => m.id),
  );
  const assessments = loaded.flatMap(([, r]) => (r.ok ? [r.value] : []));
  return { c, assessments };
}

/** One file with the case, its assessments and their questionnaires. */
export async function exportCase(caseId: string) {
  const { c, assessments } = await caseWithAssessments(caseId);
  downloadFile(
    `itas-fall-${fileSlug(c.name)}.json`,
    JSON.stringify(withAppVersion(caseFile(c, assessments, now())), null, 2),
  );
}

export async function downloadSessionReport(caseId: string, lang: Lang) {
  const [{ c, assessments }, { generateSessionReportPdf, localDay }] = await Promise.all([
    caseWithAssessments(caseId),
    import('../report/download'),
    loadReportTexts(lang),
  ]);
  const bytes = await generateSessionReportPdf({
    case: c,
    assessments,
    lang,
    t: reportT(lang),
    date: localDay(new Date()),
    createdAt: new Date(),
    appVersion: APP_VERSION,
  });
  offerPdf(`itas-sitzung-${fileSlug(c.name)}.pdf`, bytes);
}

/** The case as a spreadsheet for the session: the fields, the questions and the actions. */
export async function downloadCaseSpreadsheet(caseId: string, lang: Lang) {
  const [{ c, assessments }, { xlsxBlob, XLSX_TYPE }] = await Promise.all([
    caseWithAssessments(caseId),
    import('../report/spreadsheet'),
    loadReportTexts(lang),
  ]);
  const book = caseWorkbook({
    case: c,
    comparisons: compareByQuestionnaire(assessments),
    lang,
    t: reportT(lang),
    appVersion: APP_VERSION,
  });
  downloadFile(`itas-fall-${fileSlug(c.name)}.xlsx`, await xlsxBlob(book), XLSX_TYPE);
}
