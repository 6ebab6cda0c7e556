// One data point per firm and questionnaire. Of the hand-overs of one firm, questionnaire and role
// the latest month counts (of two alike, the one taken in later: a later hand-over replaces the
// earlier). Unfinished assessments do not count. When several roles of one firm handed over in
// that latest month (management, works council, ...), they are combined: each field's score is
// their mean, every role counting the same, and a flag, priority or "don't know" counts for the
// firm when it holds for any of them. A workshop counts as one data point in the same way.
import type { StudyEntry } from './intake.ts';
import { bandNames, SHARE_BANDS, STAFF_BANDS, type StudyRecord } from '../records/study.ts';

/** The profile facts a segment is drawn by, and their bands. */
export const SEGMENT_AXES = ['tier', 'staff', 'combustion', 'nonAutomotive'] as const;
export type SegmentAxis = (typeof SEGMENT_AXES)[number];

const AXIS_FACT: Record<SegmentAxis, string> = {
  tier: 'tier',
  staff: 'employees',
  combustion: 'combustion_share',
  nonAutomotive: 'non_automotive_share',
};

export interface DataPoint {
  firmKey: string;
  questionnaire: string;
  version: string;
  month: string;
  /** The roles combined (one entry per respondent). */
  roles: string[];
  /** The firm's band (or option) on each segment axis; absent when not known. */
  segments: Partial<Record<SegmentAxis, string>>;
  overall: number | null;
  dimensions: Record<string, number | null>;
  flags: string[];
  priorities: string[];
  dontKnow: string[];
}

/** Every band of an axis, in order (option ids for the tier come from the profile). */
export function bandsOf(axis: SegmentAxis, tierOptions: readonly string[]): string[] {
  if (axis === 'tier') return [...tierOptions];
  return axis === 'staff' ? bandNames(STAFF_BANDS) : bandNames(SHARE_BANDS, 100);
}

/** A firm's band on each segment axis, from its hand-over's profile. */
export function segmentsOf(r: Pick<StudyRecord, 'profile'>): DataPoint['segments'] {
  const out: DataPoint['segments'] = {};
  for (const axis of Object.keys(AXIS_FACT) as SegmentAxis[]) {
    const value = r.profile[AXIS_FACT[axis]];
    if (typeof value === 'string' && value !== 'dontKnow' && value !== 'notRelevant')
      out[axis] = value;
  }
  return out;
}

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

function combined(scores: (number | null | undefined)[]): number | null {
  const given = scores.filter((s): s is number => typeof s === 'number');
  return given.length ? mean(given) : null;
}

const union = (lists: string[][]) => [...new Set(lists.flat())];

function combine(records: StudyRecord[]): DataPoint {
  const first = records[0]!;
  const dims = new Set(records.flatMap((r) => Object.keys(r.result.dimensions)));
  // The profile of the firm: the first record that names a segment's band decides it.
  const segments: DataPoint['segments'] = {};
  for (const r of records)
    for (const [axis, band] of Object.entries(segmentsOf(r)))
      segments[axis as SegmentAxis] ??= band;
  return {
    firmKey: first.firmKey,
    questionnaire: first.questionnaire.id,
    version: first.questionnaire.version,
    month: first.month,
    roles: records.map((r) => r.role),
    segments,
    overall: combined(records.map((r) => r.result.overall)),
    dimensions: Object.fromEntries(
      [...dims].map((id) => [id, combined(records.map((r) => r.result.dimensions[id]))]),
    ),
    flags: union(records.map((r) => r.result.flags)),
    priorities: union(records.map((r) => r.result.priorities.slice(0, 3))),
    dontKnow: union(records.map((r) => r.result.dontKnow)),
  };
}

/** The study's data points from the entries taken in (see the rules at the top). */
export function dataPoints(entries: readonly StudyEntry[]): DataPoint[] {
  const latest = new Map<string, StudyEntry>();
  for (const e of entries) {
    if (!e.record.finished) continue;
    const r = e.record;
    const key = [r.firmKey, r.questionnaire.id, r.role, e.seat ?? ''].join('|');
    const held = latest.get(key);
    if (
      !held ||
      r.month > held.record.month ||
      (r.month === held.record.month && e.order > held.order)
    )
      latest.set(key, e);
  }
  const byFirm = new Map<string, StudyRecord[]>();
  for (const e of latest.values()) {
    const key = `${e.record.firmKey}|${e.record.questionnaire.id}`;
    byFirm.set(key, [...(byFirm.get(key) ?? []), e.record]);
  }
  const points: DataPoint[] = [];
  for (const records of byFirm.values()) {
    const month = records.reduce((m, r) => (r.month > m ? r.month : m), '');
    points.push(combine(records.filter((r) => r.month === month)));
  }
  return points.sort((a, b) =>
    a.questionnaire === b.questionnaire
      ? a.firmKey.localeCompare(b.firmKey)
      : a.questionnaire.localeCompare(b.questionnaire),
  );
}
