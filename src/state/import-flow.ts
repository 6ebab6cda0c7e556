// The import of files chosen or dropped, loaded when a file comes in (not with the start page).
// An import never overwrites silently: the same content is recognised as already there; the same
// id with other content is returned as a conflict for the person to decide.
import { sameContent, type Assessment } from '../core/records/assessment';
import type { Case } from '../core/records/case';
import type { Firm } from '../core/records/firm';
import type { Problem } from '../core/common/problems';
import { announce, useAppStore, storage } from './app-store';
import { newId } from './clock';
import { loadAssessment } from '../storage/assessments';
import type { Backend } from '../storage/backend';
import { saveCase } from '../storage/cases';
import { STORAGE_KEYS } from '../storage/keys';
import { saveFirm } from '../storage/records';
import {
  readImportFile,
  storeBackupExtras,
  storeImportedAssessment,
  type ImportItem,
  type ReadOptions,
} from '../transfer/files';
import { storeAll } from './store-import';
import { Cancelled, slices } from '../transfer/slices';
import { saveBenchmark } from '../storage/benchmark';
import { forgetBenchmark } from './benchmark';
import { monthText } from '../core/present/format';
import i18next from 'i18next';

type T = (key: string, params?: Record<string, string | number>) => string;

export type Conflict =
  | { kind: 'assessment'; assessment: Assessment }
  | { kind: 'firm'; firm: Firm }
  | { kind: 'case'; case: Case };

export interface Report {
  file: string;
  ok: boolean;
  text: string;
  problems?: Problem[];
}

export interface Outcome {
  reports: Report[];
  conflicts: Conflict[];
  /** The assessments stored. */
  imported: Assessment[];
}

export async function importFiles(
  files: File[],
  t: T,
  options: ReadOptions = {},
): Promise<Outcome | null> {
  // A file chosen while storage is still opening waits for it instead of being ignored.
  await useAppStore.getState().init();
  const app = useAppStore.getState();
  const backend = storage();
  if (!backend || files.length === 0) return null;
  const out: Report[] = [];
  const open: Conflict[] = [];
  const imported: Assessment[] = [];
  for (const file of files) {
    let stored: Awaited<ReturnType<typeof storeAll<ItemOutcome>>>;
    try {
      const item = await readImportFile(backend, file, options);
      if (item.kind === 'error') {
        out.push({
          file: file.name,
          ok: false,
          text: t('import.rejected'),
          problems: item.problems,
        });
        continue;
      }
      // Each file is stored as a whole or not at all: a cancelled one not at all.
      stored = await storeAll((staged) => storeItem(staged, item, file.name, t, options));
    } catch (e) {
      if (!(e instanceof Cancelled)) throw e;
      out.push({ file: file.name, ok: false, text: t('import.cancelled') });
      break;
    }
    if (!stored.ok) {
      out.push({
        file: file.name,
        ok: false,
        text: t('import.notStored'),
        problems: [stored.problem],
      });
      continue;
    }
    const { report, conflicts, assessments } = stored.value;
    if (report) out.push(report);
    open.push(...conflicts);
    imported.push(...assessments);
  }
  await app.refresh();
  if (imported.length) announce({ type: 'all', id: imported[0]!.id });
  // Conflicts whose content turns out identical need no question.
  const real: Conflict[] = [];
  for (const c of open) {
    if (c.kind === 'assessment') {
      const existing = await loadAssessment(backend, c.assessment.id);
      if (existing.ok && sameContent(existing.value, c.assessment)) {
        out.push({ file: c.assessment.id, ok: true, text: t('import.alreadyThere') });
        continue;
      }
    }
    real.push(c);
  }
  return { reports: out, conflicts: real, imported };
}

/** An assessment of a firm this device does not know brings the firm along. */
async function addFirmOf(staged: Backend, a: Assessment) {
  if (a.firm && !(await staged.has(STORAGE_KEYS.stores.firms, a.firm.id)))
    await saveFirm(staged, {
      id: a.firm.id,
      name: a.firm.name,
      profile: a.profile,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    });
}

/** What one file read for import puts into (staged) storage, and what it leaves to ask. */
interface ItemOutcome {
  report: Report | null;
  conflicts: Conflict[];
  assessments: Assessment[];
}

async function storeItem(
  staged: Backend,
  item: Exclude<ImportItem, { kind: 'error' }>,
  file: string,
  t: T,
  options: ReadOptions = {},
): Promise<ItemOutcome> {
  const conflicts: Conflict[] = [];
  const assessments: Assessment[] = [];
  if (item.kind === 'assessment') {
    if (item.status === 'same')
      return { report: { file, ok: true, text: t('import.alreadyThere') }, conflicts, assessments };
    if (item.status === 'conflict')
      return {
        report: null,
        conflicts: [{ kind: 'assessment', assessment: item.assessment }],
        assessments,
      };
    assessments.push(await storeImportedAssessment(staged, item.assessment, 'add', newId));
    await addFirmOf(staged, item.assessment);
    return { report: { file, ok: true, text: t('import.imported') }, conflicts, assessments };
  }
  if (item.kind === 'firm') {
    if (item.status === 'same')
      return { report: { file, ok: true, text: t('import.alreadyThere') }, conflicts, assessments };
    if (item.status === 'conflict')
      return { report: null, conflicts: [{ kind: 'firm', firm: item.firm }], assessments };
    await saveFirm(staged, item.firm);
    const text = t('import.firmImported', { name: item.firm.name });
    return { report: { file, ok: true, text }, conflicts, assessments };
  }
  if (item.kind === 'benchmark') {
    // The region's figures, not the firm's data: the one imported last replaces the one before.
    await saveBenchmark(staged, item.benchmark);
    forgetBenchmark();
    const month = monthText(item.benchmark.month, i18next.language === 'en' ? 'en' : 'de');
    return {
      report: { file, ok: true, text: t('import.benchmarkImported', { month }) },
      conflicts,
      assessments,
    };
  }
  // A backup or a case file: many assessments, each with the duplicate rule.
  const { assessments: inFile, rejected } = item.kind === 'backup' ? item.backup : item.restored;
  if (item.kind === 'backup')
    for (const firm of item.backup.firms)
      if (!(await staged.has(STORAGE_KEYS.stores.firms, firm.id))) await saveFirm(staged, firm);
  const slicer = slices(options.signal);
  for (const [i, a] of inFile.entries()) {
    // The staged store answers at once: without turns, thousands would freeze the page.
    await slicer.turn();
    options.onProgress?.(i + 1, inFile.length, 'store');
    if (await staged.has(STORAGE_KEYS.stores.assessments, a.id)) {
      conflicts.push({ kind: 'assessment', assessment: a });
      continue;
    }
    assessments.push(await storeImportedAssessment(staged, a, 'add', newId));
    if (item.kind === 'case') await addFirmOf(staged, a);
  }
  if (item.kind === 'backup') {
    const extras = await storeBackupExtras(staged, item.backup);
    for (const c of extras.conflicts) conflicts.push({ kind: 'case', case: c });
  }
  if (item.kind === 'case') {
    if (item.status === 'new') await saveCase(staged, item.restored.case);
    else if (item.status === 'conflict') conflicts.push({ kind: 'case', case: item.restored.case });
  }
  const report: Report = {
    file,
    ok: rejected.length === 0,
    text: t(item.kind === 'backup' ? 'import.backup' : 'import.case', {
      added: assessments.length,
      rejected: rejected.length,
    }),
    problems: rejected.flatMap((r) =>
      r.problems.map((p) => ({ ...p, path: [...r.path, ...p.path] })),
    ),
  };
  return { report, conflicts, assessments };
}

export async function resolveConflict(
  first: Conflict,
  choice: 'keepBoth' | 'replace' | 'skip',
  t: T,
): Promise<{ report: Report | null; imported: Assessment[] | null }> {
  const stored = await storeAll(async (staged) => {
    if (first.kind === 'assessment' && choice !== 'skip') {
      const kept = await storeImportedAssessment(staged, first.assessment, choice, newId);
      const text = t(choice === 'replace' ? 'import.replaced' : 'import.keptBoth');
      return { report: { file: first.assessment.id, ok: true, text }, imported: [kept] };
    }
    if (first.kind === 'case' && choice === 'replace') {
      await saveCase(staged, first.case);
      return {
        report: { file: first.case.name, ok: true, text: t('import.replaced') },
        imported: [],
      };
    }
    if (first.kind === 'firm' && choice === 'replace') {
      await saveFirm(staged, first.firm);
      return {
        report: { file: first.firm.name, ok: true, text: t('import.replaced') },
        imported: null,
      };
    }
    return { report: null, imported: null };
  });
  await useAppStore.getState().refresh();
  if (!stored.ok) {
    const file =
      first.kind === 'assessment'
        ? first.assessment.id
        : first.kind === 'case'
          ? first.case.name
          : first.firm.name;
    const report = { file, ok: false, text: t('import.notStored'), problems: [stored.problem] };
    return { report, imported: null };
  }
  if (stored.value.report) announce({ type: 'all', id: stored.value.report.file });
  return stored.value;
}
