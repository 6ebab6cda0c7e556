// Export and import of files (loaded on demand: it brings the schemas). Every file that comes in
// passes the restore functions of core; nothing is overwritten without the user's say.
import { restoreAssessment, sameContent, type Assessment } from '../core/records/assessment';
import {
  backupFile,
  restoreBackupSteps,
  type BackupExtras,
  type RestoredBackup,
} from '../core/records/backup';
import type { Case } from '../core/records/case';
import { listCases, saveCase } from '../storage/cases';
import { listDrafts, saveDraft } from '../storage/drafts';
import { listWorkshops, saveWorkshop } from '../storage/workshops';
import { restoreCaseFile, type RestoredCase } from '../core/records/case';
import { firmFile, restoreFirmFile, type Firm } from '../core/records/firm';
import { problem, type Problem } from '../core/common/problems';
import { checkFileSize, MAX_SINGLE_FILE_BYTES } from '../core/common/safety';
import { readJsonFile } from './large-json';
import { canonicalJson } from '../core/common/hash';
import { loadAssessment, loadAssessments, saveAssessment } from '../storage/assessments';
import type { Backend } from '../storage/backend';
import { STORAGE_KEYS } from '../storage/keys';
import { listFirms } from '../storage/records';
import { withAppVersion } from '../core/common/version';
import { drive } from './slices';
import { restoreBenchmark, type Benchmark } from '../core/study/benchmark';
import { restoreWorkshopFileSteps, type RestoredWorkshop } from '../core/records/workshop';
import type { Validated } from '../core/definition/validate';

export type ImportStatus = 'new' | 'same' | 'conflict';

export type ImportItem =
  | { kind: 'assessment'; assessment: Assessment; status: ImportStatus }
  | { kind: 'firm'; firm: Firm; status: ImportStatus }
  | { kind: 'backup'; backup: RestoredBackup }
  | { kind: 'case'; restored: RestoredCase; status: ImportStatus }
  | { kind: 'benchmark'; benchmark: Benchmark }
  | { kind: 'error'; problems: Problem[] };

export function assessmentFileText(a: Assessment, exportedAt: string): string {
  return JSON.stringify(withAppVersion({ ...a, exportedAt }), null, 2);
}

export function firmFileText(firm: Firm, exportedAt: string): string {
  return JSON.stringify(withAppVersion(firmFile(firm, exportedAt)), null, 2);
}

/** A backup file's text (the arguments of core's `backupFile`). */
export function backupFileText(...args: Parameters<typeof backupFile>) {
  return JSON.stringify(withAppVersion(backupFile(...args)));
}

async function statusOfAssessment(backend: Backend, a: Assessment): Promise<ImportStatus> {
  const existing = await backend.get(STORAGE_KEYS.stores.assessments, a.id);
  if (existing === undefined) return 'new';
  const loaded = await loadAssessment(backend, a.id);
  return loaded.ok && sameContent(loaded.value, a) ? 'same' : 'conflict';
}

async function statusOfFirm(backend: Backend, firm: Firm): Promise<ImportStatus> {
  const existing = (await listFirms(backend)).firms.find((f) => f.id === firm.id);
  if (!existing) return 'new';
  const content = (f: Firm) => canonicalJson({ name: f.name, profile: f.profile });
  return content(existing) === content(firm) ? 'same' : 'conflict';
}

function formatOf(value: unknown): string | null {
  return value &&
    typeof value === 'object' &&
    typeof (value as { format?: unknown }).format === 'string'
    ? (value as { format: string }).format
    : null;
}

/** What a long read reports, and how it is stopped. */
export interface ReadOptions {
  /** How many of how many entries of a large file are checked, then taken in. */
  onProgress?: (done: number, total: number, stage: 'check' | 'store') => void;
  signal?: AbortSignal;
}

/**
 * Reads one file of any kind the app writes. Oversized files are refused before reading; a
 * backup is checked in slices (see slices.ts), with progress, and stops when `signal` aborts.
 */
export async function readImportFile(
  backend: Backend,
  file: File,
  options: ReadOptions = {},
): Promise<ImportItem> {
  const tooLarge = checkFileSize(file.size, 'collection');
  if (tooLarge) return { kind: 'error', problems: [tooLarge] };
  if (/\.pdf$/i.test(file.name) || file.type === 'application/pdf') {
    const single = checkFileSize(file.size, 'single');
    if (single) return { kind: 'error', problems: [single] };
    const { extractAssessmentFromPdf } = await import('../report/read-embedded');
    const r = extractAssessmentFromPdf(new Uint8Array(await file.arrayBuffer()));
    if (!r.ok) return { kind: 'error', problems: r.problems };
    return {
      kind: 'assessment',
      assessment: r.value,
      status: await statusOfAssessment(backend, r.value),
    };
  }
  const parsed = await readJsonFile(file, 'collection', options.signal);
  if (!parsed.ok) return { kind: 'error', problems: parsed.problems };
  const format = formatOf(parsed.value);
  if (format === 'itas-assessment') {
    const single = checkFileSize(file.size, 'single');
    if (single) return { kind: 'error', problems: [single] };
    const r = restoreAssessment(parsed.value);
    if (!r.ok) return { kind: 'error', problems: r.problems };
    return {
      kind: 'assessment',
      assessment: r.value,
      status: await statusOfAssessment(backend, r.value),
    };
  }
  if (format === 'itas-firm') {
    if (file.size > MAX_SINGLE_FILE_BYTES)
      return { kind: 'error', problems: [checkFileSize(file.size, 'single')!] };
    const r = restoreFirmFile(parsed.value);
    if (!r.ok) return { kind: 'error', problems: r.problems };
    return { kind: 'firm', firm: r.value, status: await statusOfFirm(backend, r.value) };
  }
  if (format === 'itas-backup') {
    const r = await drive(
      restoreBackupSteps(parsed.value),
      (step) => options.onProgress?.(step.done, step.total, 'check'),
      options.signal,
    );
    return r.ok ? { kind: 'backup', backup: r.value } : { kind: 'error', problems: r.problems };
  }
  if (format === 'itas-case') {
    const r = restoreCaseFile(parsed.value);
    if (!r.ok) return { kind: 'error', problems: r.problems };
    return { kind: 'case', restored: r.value, status: await statusOfCase(backend, r.value) };
  }
  if (format === 'itas-benchmark') {
    const r = restoreBenchmark(parsed.value);
    return r.ok
      ? { kind: 'benchmark', benchmark: r.value }
      : { kind: 'error', problems: r.problems };
  }
  if (format === 'itas-study')
    return { kind: 'error', problems: [problem('study_file_elsewhere', [])] };
  return { kind: 'error', problems: [problem('unknown_file', [], { found: format ?? '' })] };
}

async function statusOfCase(backend: Backend, r: RestoredCase): Promise<ImportStatus> {
  const existing = await backend.get(STORAGE_KEYS.stores.cases, r.case.id);
  if (existing === undefined) return 'new';
  const { updatedAt: _a, ...mine } = existing as Record<string, unknown>;
  const { updatedAt: _b, ...theirs } = r.case;
  return canonicalJson(mine) === canonicalJson(theirs) ? 'same' : 'conflict';
}

/** Stores an imported assessment: as new, replacing the one with its id, or beside it (new id). */
export async function storeImportedAssessment(
  backend: Backend,
  a: Assessment,
  mode: 'add' | 'replace' | 'keepBoth',
  newId: () => string,
): Promise<Assessment> {
  const toStore = mode === 'keepBoth' ? { ...a, id: newId() } : a;
  if (mode === 'replace') await backend.delete(STORAGE_KEYS.stores.assessments, a.id);
  return saveAssessment(backend, toStore);
}

/** Everything on this device, for a backup; unreadable records are carried along verbatim. */
export async function collectAll(backend: Backend) {
  const ids = await backend.getAllKeys(STORAGE_KEYS.stores.assessments);
  const assessments: Assessment[] = [];
  const raw: unknown[] = [];
  for (const [id, r] of await loadAssessments(backend, ids)) {
    if (r.ok) assessments.push(r.value);
    else raw.push(await backend.get(STORAGE_KEYS.stores.assessments, id));
  }
  const firms = await listFirms(backend);
  for (const key of firms.unreadable) raw.push(await backend.get(STORAGE_KEYS.stores.firms, key));
  const [cases, workshops, drafts] = await Promise.all([
    listCases(backend),
    listWorkshops(backend),
    listDrafts(backend),
  ]);
  const { stores } = STORAGE_KEYS;
  for (const [store, keys] of [
    [stores.cases, cases.unreadable],
    [stores.workshops, workshops.unreadable],
    [stores.drafts, drafts.unreadable],
  ] as const)
    for (const key of keys) raw.push(await backend.get(store, key));
  const extras: BackupExtras = {
    cases: cases.cases,
    workshops: workshops.workshops,
    drafts: drafts.drafts,
  };
  return { firms: firms.firms, assessments, raw, extras };
}

/**
 * A backup's cases, workshops and drafts go where none of the same key is; a case that is here
 * with other content is returned, for the person to decide. Returns how many were added.
 */
export async function storeBackupExtras(
  backend: Backend,
  backup: RestoredBackup,
): Promise<{ added: number; conflicts: Case[] }> {
  const { stores } = STORAGE_KEYS;
  let added = 0;
  const conflicts: Case[] = [];
  for (const c of backup.cases) {
    const status = await statusOfCase(backend, { case: c, assessments: [], rejected: [] });
    if (status === 'new') {
      await saveCase(backend, c);
      added++;
    } else if (status === 'conflict') conflicts.push(c);
  }
  for (const w of backup.workshops)
    if (!(await backend.has(stores.workshops, w.id))) {
      await saveWorkshop(backend, w);
      added++;
    }
  for (const d of backup.drafts)
    if (!(await backend.has(stores.drafts, d.key))) {
      await saveDraft(backend, d);
      added++;
    }
  return { added, conflicts };
}

/** Reads a workshop file, its participants checked in slices with progress; stops when `signal` aborts. */
export async function readWorkshopFile(
  file: File,
  options: ReadOptions = {},
): Promise<Validated<RestoredWorkshop>> {
  const parsed = await readJsonFile(file, 'collection', options.signal);
  if (!parsed.ok) return parsed;
  return drive(
    restoreWorkshopFileSteps(parsed.value),
    (step) => options.onProgress?.(step.done, step.total, 'check'),
    options.signal,
  );
}
