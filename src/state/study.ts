// The regional study's workspace state: the hand-overs taken in, held in this window only (the
// study stores nothing; leaving the app forgets them, the files stay where they are). Files are
// read in batches in slices (transfer/slices.ts), so hundreds come in with progress shown and a
// page that stays responsive; a cancelled intake leaves what was there unchanged.
import { create } from 'zustand';
import { catalog, profileDefinition } from 'virtual:questionnaires';
import type { ProfileDefinition, Questionnaire } from '../core/definition/questionnaire';
import { definitionHash } from '../core/records/packing';
import { parseUntrusted } from '../core/common/safety';
import {
  emptyIntake,
  takeInFile,
  type Intake,
  type KnownQuestionnaire,
} from '../core/study/intake';
import { readFileText } from '../transfer/read-text';
import { downloadFile } from '../transfer/download';
import type { RegionalStudy } from '../core/study/aggregate';
import { benchmarkOf } from '../core/study/benchmark';
import type { StudyNames } from '../core/study/names';
import { studyWorkbook } from '../core/study/study-sheets';
import type { Lang } from '../core/common/text';
import { APP_VERSION } from '../core/common/version';
import { now } from './clock';
import { loadReportTexts, offerPdf, reportT } from './report-download';
import { Cancelled, slices } from '../transfer/slices';

export interface StudyState {
  intake: Intake;
  /** Set while files are read: how many of how many. */
  progress: { done: number; total: number } | null;
  set(intake: Intake): void;
  clear(): void;
}

export const useStudyStore = create<StudyState>()((set) => ({
  intake: emptyIntake(),
  progress: null,
  set: (intake) => set({ intake }),
  clear: () => set({ intake: emptyIntake() }),
}));

/** The questionnaires the study knows: the listed ones this version ships, with their hashes. */
export async function knownQuestionnaires(): Promise<Map<string, KnownQuestionnaire>> {
  const loaded: Questionnaire[] = await Promise.all(catalog.map((entry) => entry.load()));
  return new Map(loaded.map((q) => [q.id, { questionnaire: q, hash: definitionHash(q) }]));
}

/** The tier's options, in the profile's order (the bands of the tier segment). */
export function tierOptions(): string[] {
  const profile: ProfileDefinition = profileDefinition;
  const tier = profile.questions.find((q) => q.id === 'tier');
  return tier?.type === 'single' ? tier.options.map((o) => o.id) : [];
}

/** Files read at the same time. */
const READ_BATCH = 64;

/**
 * Takes the files into a copy of the intake, then puts it in place: all of them, or (when
 * `signal` aborts) none. Returns whether they were taken in.
 */
export async function takeInFiles(
  files: readonly File[],
  anonymise: boolean,
  signal: AbortSignal,
): Promise<boolean> {
  const known = await knownQuestionnaires();
  const store = useStudyStore.getState();
  const before = store.intake;
  const into: Intake = {
    entries: [...before.entries],
    refused: [...before.refused],
    files: before.files,
  };
  useStudyStore.setState({ progress: { done: 0, total: files.length } });
  const slicer = slices(signal);
  try {
    // Files are read a batch at a time (reading waits on the browser, not on this thread), then
    // checked one by one.
    for (let i = 0; i < files.length; i += READ_BATCH) {
      const batch = files.slice(i, i + READ_BATCH);
      const texts = await Promise.all(batch.map((file) => readFileText(file, 'collection')));
      batch.forEach((file, k) => {
        const text = texts[k]!;
        const parsed = text.ok ? parseUntrusted(text.value, 'collection') : text;
        if (!parsed.ok) into.refused.push({ file: file.name, path: [], problems: parsed.problems });
        else takeInFile(into, file.name, parsed.value, { anonymise, known });
      });
      useStudyStore.setState({
        progress: { done: Math.min(i + READ_BATCH, files.length), total: files.length },
      });
      await slicer.turn();
    }
    if (signal.aborted) return false;
    useStudyStore.setState({ intake: into });
    return true;
  } catch (e) {
    if (e instanceof Cancelled) return false;
    throw e;
  } finally {
    useStudyStore.setState({ progress: null });
  }
}

const thisMonth = () => now().slice(0, 7);

/** The study's tables as XLSX (the writer and the report texts load now). */
export async function downloadStudySpreadsheet(input: {
  study: RegionalStudy;
  names: StudyNames;
  lang: Lang;
  files: number;
  entries: number;
  points: number;
}) {
  const [{ xlsxBlob, XLSX_TYPE }] = await Promise.all([
    import('../report/spreadsheet'),
    loadReportTexts(input.lang),
  ]);
  const month = thisMonth();
  const book = studyWorkbook({ ...input, t: reportT(input.lang), month, appVersion: APP_VERSION });
  downloadFile(`itas-regionalstudie-${month}.xlsx`, await xlsxBlob(book), XLSX_TYPE);
}

/** The benchmark file: aggregates only, hashed. */
export function downloadBenchmark(study: RegionalStudy) {
  downloadFile('benchmark.json', `${JSON.stringify(benchmarkOf(study, thisMonth()), null, 2)}\n`);
}

/** The regional report as PDF (jsPDF, the font and the report texts load now). */
export async function downloadStudyReport(input: {
  study: RegionalStudy;
  names: StudyNames;
  lang: Lang;
  files: number;
  points: number;
}) {
  const [{ generateStudyReportPdf, localDay }] = await Promise.all([
    import('../report/download'),
    loadReportTexts(input.lang),
  ]);
  const created = new Date();
  const bytes = await generateStudyReportPdf({
    ...input,
    t: reportT(input.lang),
    date: localDay(created),
    createdAt: created,
    appVersion: APP_VERSION,
    benchmarkJson: JSON.stringify(benchmarkOf(input.study, thisMonth())),
  });
  offerPdf(`itas-regionalbericht-${thisMonth()}.pdf`, bytes);
}
