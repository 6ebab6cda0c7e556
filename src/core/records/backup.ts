// The backup: every firm and assessment of a device in one file, each questionnaire version once.
import type { Assessment } from './assessment.ts';
import { restoreCase, type Case } from './case.ts';
import { restoreDraftRecord, type DraftRecord } from './draft.ts';
import { restoreFirm, type Firm } from './firm.ts';
import { packAssessment, restorePackedAssessment } from './packing.ts';
import { problem, type PathSegment, type Problem } from '../common/problems.ts';
import { checkTree, isPlainObject, parseUntrusted } from '../common/safety.ts';
import { migrateDocument } from './assessment.ts';
import type { Validated } from '../definition/validate.ts';
import { restoreWorkshop, type Workshop } from './workshop.ts';

/** The coach's and facilitator's work and the authors' drafts, kept beside firms and assessments. */
export interface BackupExtras {
  cases?: Case[];
  workshops?: Workshop[];
  drafts?: DraftRecord[];
}

export const BACKUP_FORMAT = 'itas-backup';
export const BACKUP_FORMAT_VERSION = 1;

export function backupFile(
  firms: Firm[],
  assessments: Assessment[],
  exportedAt: string,
  /** Stored records that could not be read, kept verbatim so that nothing is lost. */
  unreadable: unknown[] = [],
  extras: BackupExtras = {},
) {
  const definitions: Record<string, unknown> = {};
  const packed = assessments.map((a) => packAssessment(a, definitions));
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt,
    definitions,
    firms,
    assessments: packed,
    cases: extras.cases ?? [],
    workshops: extras.workshops ?? [],
    drafts: extras.drafts ?? [],
    ...(unreadable.length ? { unreadable } : {}),
  };
}

export interface RestoredBackup extends Required<BackupExtras> {
  firms: Firm[];
  assessments: Assessment[];
  /** Entries that were refused, with why; the others are still imported. */
  rejected: { path: PathSegment[]; problems: Problem[] }[];
}

export function restoreBackup(input: unknown): Validated<RestoredBackup> {
  if (!isPlainObject(input)) return { ok: false, problems: [problem('not_an_object', [])] };
  const bad = checkTree(input);
  if (bad) return { ok: false, problems: [bad] };
  const migrated = migrateDocument(input, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, {});
  if (!migrated.ok) return migrated;
  const doc = migrated.value;
  const definitions = isPlainObject(doc.definitions) ? doc.definitions : {};
  const list = (key: string) => (Array.isArray(doc[key]) ? (doc[key] as unknown[]) : null);
  const firmsIn = list('firms');
  const assessmentsIn = list('assessments');
  if (!firmsIn || !assessmentsIn) {
    return { ok: false, problems: [problem('missing', [firmsIn ? 'assessments' : 'firms'])] };
  }
  const result: RestoredBackup = {
    firms: [],
    assessments: [],
    cases: [],
    workshops: [],
    drafts: [],
    rejected: [],
  };
  // Lists a backup of an earlier release does not have yet are simply empty.
  const optional = (key: string) => (Array.isArray(doc[key]) ? (doc[key] as unknown[]) : []);
  const take = <T>(key: string, restore: (x: unknown) => Validated<T>, into: T[]) =>
    optional(key).forEach((x, i) => {
      const r = restore(x);
      if (r.ok) into.push(r.value);
      else result.rejected.push({ path: [key, i], problems: r.problems });
    });
  take('cases', restoreCase, result.cases);
  take('workshops', (x) => restoreWorkshop(x), result.workshops);
  take('drafts', restoreDraftRecord, result.drafts);
  firmsIn.forEach((f, i) => {
    const r = restoreFirm(f);
    if (r.ok) result.firms.push(r.value);
    else result.rejected.push({ path: ['firms', i], problems: r.problems });
  });
  assessmentsIn.forEach((a: unknown, i: number) => {
    const r = restorePackedAssessment(a, definitions);
    if (r.ok) result.assessments.push(r.value);
    else result.rejected.push({ path: ['assessments', i], problems: r.problems });
  });
  return { ok: true, value: result };
}

export function readBackupText(text: string): Validated<RestoredBackup> {
  const parsed = parseUntrusted(text, 'collection');
  return parsed.ok ? restoreBackup(parsed.value) : parsed;
}
