// The import of files chosen or dropped, loaded when a file comes in (not with the start page).
// An import never overwrites silently: the same content is recognised as already there; the same
// id with other content is returned as a conflict for the person to decide.
import { sameContent, type Assessment } from '../core/records/assessment';
import type { Case } from '../core/records/case';
import type { Firm } from '../core/records/firm';
import type { Problem } from '../core/common/problems';
import { useAppStore, storage } from './app-store';
import { newId } from './clock';
import { loadAssessment } from '../storage/assessments';
import { saveCase } from '../storage/cases';
import { readImportFile, storeBackupExtras, storeImportedAssessment } from '../transfer/files';

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

export async function importFiles(files: File[], t: T): Promise<Outcome | null> {
  // A file chosen while storage is still opening waits for it instead of being ignored.
  await useAppStore.getState().init();
  const app = useAppStore.getState();
  const backend = storage();
  if (!backend || files.length === 0) return null;
  const out: Report[] = [];
  const open: Conflict[] = [];
  const imported: Assessment[] = [];
  // An assessment of a firm this device does not know brings the firm along.
  const addFirmOf = async (a: Assessment) => {
    if (a.firm && !useAppStore.getState().firms[a.firm.id])
      await app.putFirm({
        id: a.firm.id,
        name: a.firm.name,
        profile: a.profile,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
      });
  };
  for (const file of files) {
    const item = await readImportFile(backend, file);
    if (item.kind === 'error') {
      out.push({
        file: file.name,
        ok: false,
        text: t('import.rejected'),
        problems: item.problems,
      });
    } else if (item.kind === 'assessment') {
      if (item.status === 'same')
        out.push({ file: file.name, ok: true, text: t('import.alreadyThere') });
      else if (item.status === 'conflict')
        open.push({ kind: 'assessment', assessment: item.assessment });
      else {
        imported.push(await storeImportedAssessment(backend, item.assessment, 'add', newId));
        await addFirmOf(item.assessment);
        out.push({ file: file.name, ok: true, text: t('import.imported') });
      }
    } else if (item.kind === 'firm') {
      if (item.status === 'same')
        out.push({ file: file.name, ok: true, text: t('import.alreadyThere') });
      else if (item.status === 'conflict') open.push({ kind: 'firm', firm: item.firm });
      else {
        await app.putFirm(item.firm);
        out.push({
          file: file.name,
          ok: true,
          text: t('import.firmImported', { name: item.firm.name }),
        });
      }
    } else {
      // A backup or a case file: many assessments, each with the duplicate rule.
      const { assessments, rejected } = item.kind === 'backup' ? item.backup : item.restored;
      if (item.kind === 'backup')
        for (const firm of item.backup.firms) if (!app.firms[firm.id]) await app.putFirm(firm);
      let added = 0;
      for (const a of assessments) {
        const existing = await backend.get('assessments', a.id);
        if (existing === undefined) {
          imported.push(await storeImportedAssessment(backend, a, 'add', newId));
          if (item.kind === 'case') await addFirmOf(a);
          added++;
        } else {
          open.push({ kind: 'assessment', assessment: a });
        }
      }
      if (item.kind === 'backup') {
        const extras = await storeBackupExtras(backend, item.backup);
        for (const c of extras.conflicts) open.push({ kind: 'case', case: c });
      }
      if (item.kind === 'case') {
        if (item.status === 'new') await saveCase(backend, item.restored.case);
        else if (item.status === 'conflict') open.push({ kind: 'case', case: item.restored.case });
      }
      out.push({
        file: file.name,
        ok: rejected.length === 0,
        text: t(item.kind === 'backup' ? 'import.backup' : 'import.case', {
          added,
          rejected: rejected.length,
        }),
        problems: rejected.flatMap((r) =>
          r.problems.map((p) => ({ ...p, path: [...r.path, ...p.path] })),
        ),
      });
    }
  }
  await app.refresh();
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

export async function resolveConflict(
  first: Conflict,
  choice: 'keepBoth' | 'replace' | 'skip',
  t: T,
): Promise<{ report: Report | null; imported: Assessment[] | null }> {
  const app = useAppStore.getState();
  const backend = storage();
  if (!backend) return { report: null, imported: null };
  let report: Report | null = null;
  let imported: Assessment[] | null = null;
  if (first.kind === 'assessment' && choice !== 'skip') {
    const stored = await storeImportedAssessment(backend, first.assessment, choice, newId);
    imported = [stored];
    report = {
      file: first.assessment.id,
      ok: true,
      text: t(choice === 'replace' ? 'import.replaced' : 'import.keptBoth'),
    };
  }
  if (first.kind === 'case' && choice === 'replace') {
    await saveCase(backend, first.case);
    report = { file: first.case.name, ok: true, text: t('import.replaced') };
    imported = [];
  }
  if (first.kind === 'firm' && choice === 'replace') {
    await app.putFirm(first.firm);
    report = { file: first.firm.name, ok: true, text: t('import.replaced') };
  }
  await app.refresh();
  return { report, imported };
}
