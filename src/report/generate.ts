// From assessments to PDF bytes: score, build the report's content in core, render it.
import { scoreInputOf, type Assessment } from '../core/records/assessment';
import { caseFile, type Case } from '../core/records/case';
import { compareByQuestionnaire } from '../core/compare/compare';
import { buildReport, type ReportInput } from '../core/report/build-report';
import { buildSessionReport } from '../core/report/session-report';
import { buildStudyReport, type StudyReportInput } from '../core/study/study-report';
import type { ReportModel, Translate } from '../core/report/report-model';
import { scoreAssessment } from '../core/scoring/scoring';
import type { Lang } from '../core/common/text';
import type { Hyphenate } from './hyphenation';
import { renderReport, type RenderedReport, type ReportFonts } from './render';

export interface ReportPdfArgs {
  assessment: Assessment;
  /**
   * The same firm's assessment of the other portfolio questionnaire (resilience with technology
   * readiness): the report then shows the portfolio and both results.
   */
  other?: Assessment | null | undefined;
  /** Which questionnaires span the portfolio and which profile facts are exposure facts. */
  shipped: Pick<ReportInput, 'portfolio' | 'exposureFacts' | 'factNames'>;
  lang: Lang;
  t: Translate;
  /** The day printed on the report, YYYY-MM-DD (the user's local day; see `localDay`). */
  date: string;
  /** The PDF's creation time; by default the report's date at midnight UTC. */
  createdAt?: Date | undefined;
  /** The app's version, printed in the footer and named in the PDF's metadata. */
  appVersion?: string | undefined;
  /** Where the fields stand in the region, when a benchmark is beside the app. */
  region?: ReportInput['region'];
  /** The host's contact for strategy coaching (hosting.json), printed on the cover and the plan. */
  coaching?: ReportInput['coaching'];
  /** The host's logo (hosting.json), a PNG or JPEG file's bytes, printed on the cover. */
  logo?: Uint8Array | null | undefined;
}

/** A date as the user's local calendar day, YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The app's version in the footer of every page and as the PDF's creator. */
function stamped(model: ReportModel, t: Translate, version: string | undefined): ReportModel {
  if (!version) return model;
  return {
    ...model,
    meta: { ...model.meta, creator: `${model.meta.creator} ${version}` },
    footer: {
      ...model.footer,
      left: `${model.footer.left} · ${t('report:footer.version', { version })}`,
    },
  };
}

/** What the renderer sets type with: the embedded font and the language's hyphenation. */
export interface Typesetting {
  fonts: ReportFonts;
  hyphenate?: Hyphenate | null | undefined;
}

export function generateReport(args: ReportPdfArgs, type: Typesetting): RenderedReport {
  const score = (a: Assessment) => ({ assessment: a, result: scoreAssessment(scoreInputOf(a)) });
  const main = score(args.assessment);
  const model = stamped(
    buildReport({
      ...main,
      other: args.other ? score(args.other) : null,
      ...args.shipped,
      lang: args.lang,
      t: args.t,
      date: args.date,
      region: args.region,
      coaching: args.coaching,
    }),
    args.t,
    args.appVersion,
  );
  return renderReport(model, {
    ...type,
    logo: args.logo,
    assessmentJson: JSON.stringify(args.assessment),
    createdAt: args.createdAt,
  });
}

export interface SessionReportPdfArgs {
  case: Case;
  assessments: Assessment[];
  lang: Lang;
  t: Translate;
  date: string;
  createdAt?: Date | undefined;
  appVersion?: string | undefined;
}

/** The session report of a coaching case; the case file rides in the metadata like an assessment. */
export function generateSessionReport(
  args: SessionReportPdfArgs,
  type: Typesetting,
): RenderedReport {
  const model = stamped(
    buildSessionReport({
      case: args.case,
      comparisons: compareByQuestionnaire(args.assessments),
      lang: args.lang,
      t: args.t,
      date: args.date,
    }),
    args.t,
    args.appVersion,
  );
  const file = caseFile(
    args.case,
    args.assessments,
    (args.createdAt ?? new Date(`${args.date}T00:00:00Z`)).toISOString(),
  );
  return renderReport(model, {
    ...type,
    assessmentJson: JSON.stringify(file),
    createdAt: args.createdAt,
  });
}

/** The regional study's report; its benchmark file rides in the metadata. */
export function generateStudyReport(
  args: StudyReportInput & {
    benchmarkJson: string;
    createdAt?: Date | undefined;
    appVersion?: string | undefined;
  },
  type: Typesetting,
): RenderedReport {
  const model = stamped(buildStudyReport(args), args.t, args.appVersion);
  return renderReport(model, {
    ...type,
    assessmentJson: args.benchmarkJson,
    createdAt: args.createdAt,
  });
}
