import { catalog, profileDefinition } from 'virtual:questionnaires';
import i18next from 'i18next';
import type { Assessment } from '../core/records/assessment';
import { isDone } from '../core/scoring/summary';
import {
  exposureFactsOf,
  factNamesOf,
  newestFirst,
  portfolioAxesOf,
  portfolioPartner,
} from '../core/scoring/portfolio';
import type { Lang } from '../core/common/text';
import { useAppStore, storage } from './app-store';
import { downloadFile, fileSlug } from '../transfer/download';
import { APP_VERSION } from '../core/common/version';
import { scoreInputOf } from '../core/records/assessment';
import { studyProfile } from '../core/records/study';
import { scoreAssessment } from '../core/scoring/scoring';
import { firmPositions } from '../core/study/benchmark';
import { studyNames } from '../core/study/names';
import { segmentsOf } from '../core/study/panel';
import { monthText } from '../core/present/format';
import { loadBenchmark } from './benchmark';
import { loadHosting } from './hosting';

/** What the shipped questionnaires say about the portfolio and the exposure facts. */
export const SHIPPED = {
  portfolio: portfolioAxesOf(catalog),
  exposureFacts: exposureFactsOf(profileDefinition),
  factNames: factNamesOf(profileDefinition),
};

/** The same firm's most recently finished assessment of the other questionnaire, for the portfolio. */
async function otherQuestionnaire(a: Assessment): Promise<Assessment | undefined> {
  const { summaries } = useAppStore.getState();
  const backend = storage();
  const otherId = portfolioPartner(SHIPPED.portfolio, a.questionnaire.id);
  if (!backend || !otherId || !a.firm) return undefined;
  const [candidate] = newestFirst(
    Object.values(summaries).filter(
      (s) => s.firm?.id === a.firm?.id && s.questionnaire.id === otherId && isDone(s),
    ),
  );
  if (!candidate) return undefined;
  const { loadAssessment } = await import('../storage/assessments');
  const loaded = await loadAssessment(backend, candidate.id);
  return loaded.ok ? loaded.value : undefined;
}

/** Builds the PDF report in the browser (jsPDF and its font load now, not before) and offers it. */
/** The report's own texts load with the report, not with the start page. */
export async function loadReportTexts(lang: Lang) {
  if (i18next.hasResourceBundle(lang, 'report')) return;
  const texts =
    lang === 'en' ? await import('../i18n/en/report.json') : await import('../i18n/de/report.json');
  i18next.addResourceBundle(lang, 'report', texts.default, true, true);
}

/** The report texts' translate function in `lang` (loaded by loadReportTexts). */
export function reportT(lang: Lang) {
  // Keys come from the report model; the typed t of the screens does not know them statically.
  return (key: string, params?: Record<string, unknown>) =>
    String(i18next.t(key as never, { ...(params ?? {}), lng: lang } as never));
}

/** Hands a report's PDF to the browser as a download. */
export function offerPdf(name: string, bytes: Uint8Array | ArrayBuffer) {
  downloadFile(name, new Blob([bytes as BlobPart], { type: 'application/pdf' }), 'application/pdf');
}

/** Where the assessment's fields stand in the region, when a benchmark is beside the app. */
async function regionStanding(a: Assessment, lang: Lang) {
  const benchmark = await loadBenchmark();
  if (!benchmark) return null;
  const result = scoreAssessment(scoreInputOf(a));
  const positions = firmPositions(
    benchmark,
    a.questionnaire,
    segmentsOf({ profile: studyProfile(a) }),
    Object.fromEntries(result.dimensions.map((d) => [d.id, d.score])),
  );
  const first = positions[0];
  if (!first) return null;
  const names = studyNames([a.questionnaire], profileDefinition, lang, reportT(lang));
  return {
    segment: names.segment(first.segment),
    month: monthText(benchmark.month, lang),
    positions,
  };
}

/**
 * The host's logo as the PDF takes it: a PNG or JPEG beside the app, its bytes; null for none,
 * another format (SVG, WebP) or a file that does not load — the report is made without it.
 */
async function hostLogo(file: string): Promise<Uint8Array | null> {
  if (!/\.(png|jpe?g)$/i.test(file)) return null;
  try {
    const response = await fetch(`./${file}`);
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

export async function downloadReport(assessment: Assessment, lang: Lang) {
  const [{ generateReportPdf, localDay }, other] = await Promise.all([
    import('../report/download'),
    otherQuestionnaire(assessment),
    loadReportTexts(lang),
    import('../i18n/study-texts'),
  ]);
  const [region, hosting] = await Promise.all([regionStanding(assessment, lang), loadHosting()]);
  const logo = hosting?.logo.file ? await hostLogo(hosting.logo.file) : null;
  const bytes = await generateReportPdf({
    assessment,
    other,
    shipped: SHIPPED,
    lang,
    t: reportT(lang),
    date: localDay(new Date()),
    createdAt: new Date(),
    appVersion: APP_VERSION,
    region,
    coaching: hosting?.coaching ?? null,
    logo,
  });
  const name = `itas-bericht-${assessment.questionnaire.id}-${fileSlug(assessment.firm?.name ?? 'bewertung')}.pdf`;
  offerPdf(name, bytes);
}
