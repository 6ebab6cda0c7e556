// The backup: every firm and assessment of a device in one file, each questionnaire version once.
import type { Assessment } from './assessment.ts';
import { restoreCase, type Case } from './case.ts';
import { restoreDraftRecord, type DraftRecord } from './draft.ts';
import { restoreFirm, type Firm } from './firm.ts';
import { definitionsIn, packAssessment, packedRestorer } from './packing.ts';
import { problem, type PathSegment, type Problem } from '../common/problems.ts';
import { allSteps, parseUntrusted } from '../common/safety.ts';
import type { Validated } from '../definition/validate.ts';
import { restoreWorkshop, type Workshop } from './workshop.ts';
import { openDocument, restoreEach, restoreEachSteps, type DocumentFormat } from './restore.ts';

/** The coach's and facilitator's work and the authors' drafts, kept beside firms and assessments. */
export interface BackupExtras {
  cases?: Case[];
  workshops?: Workshop[];
  drafts?: DraftRecord[];
}

export const BACKUP_FORMAT = 'itas-backup';
export const BACKUP_FORMAT_VERSION = 1;
const FORMAT: DocumentFormat = { format: BACKUP_FORMAT, version: BACKUP_FORMAT_VERSION };

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

/**
 * The backup restored step by step, so that a caller can give the screen a turn between steps
 * (core has no clock): yields how many of how many assessments are done (none yet while its
 * firms are checked), returns the result.
 */
export function* restoreBackupSteps(
  input: unknown,
): Generator<{ done: number; total: number }, Validated<RestoredBackup>> {
  const opened = openDocument(input, FORMAT);
  if (!opened.ok) return opened;
  const doc = opened.value;
  const definitions = definitionsIn(doc);
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
  const take = <T>(
    key: string,
    list: unknown[],
    restore: (x: unknown) => Validated<T>,
    into: T[],
  ) => restoreEach(list, key, restore, into, result.rejected);
  take('cases', optional('cases'), restoreCase, result.cases);
  take('workshops', optional('workshops'), restoreWorkshop, result.workshops);
  take('drafts', optional('drafts'), restoreDraftRecord, result.drafts);
  const total = assessmentsIn.length;
  for (const _ of restoreEachSteps(firmsIn, 'firms', restoreFirm, result.firms, result.rejected))
    yield { done: 0, total };
  const restore = packedRestorer(definitions);
  const assessments = restoreEachSteps(
    assessmentsIn,
    'assessments',
    restore,
    result.assessments,
    result.rejected,
  );
  for (const done of assessments) yield { done, total };
  return { ok: true, value: result };
}

/** Every step of `restoreBackupSteps` at once. */
export function restoreBackup(input: unknown): Validated<RestoredBackup> {
  return allSteps(restoreBackupSteps(input));
}

export function readBackupText(text: string): Validated<RestoredBackup> {
  const parsed = parseUntrusted(text, 'collection');
  return parsed.ok ? restoreBackup(parsed.value) : parsed;
}
