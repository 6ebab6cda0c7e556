// Constants and helpers of the data model that need no schema library, so that scoring and the
// screens that only read data do not pull zod into their bundle.
// It imports no definition types (questionnaire.ts imports these constants).
import type { AnswerValue } from './conditions.ts';

/** The service types of the initiative a recommendation can point to (DOMAIN.md). */
export const SERVICE_IDS = [
  'training',
  'workshop',
  'network',
  'knowledge',
  'coaching',
  'events',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

export const HORIZONS = ['now', 'medium', 'long'] as const;
export type Horizon = (typeof HORIZONS)[number];
export const RATINGS = ['low', 'medium', 'high'] as const;
export type Rating = (typeof RATINGS)[number];
export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** Recommendation bands of a dimension's named level: 1-2, 3, 4-5. */
export const BANDS = ['low', 'mid', 'high'] as const;
export type Band = (typeof BANDS)[number];
/** A questionnaire's index spans the portfolio across (x) or up (y). */
export const PORTFOLIO_AXES = ['x', 'y'] as const;
export type PortfolioAxis = (typeof PORTFOLIO_AXES)[number];

/** Questions other than free text count towards a score. */
export function isScored<Q extends { type: string }>(q: Q): q is Exclude<Q, { type: 'text' }> {
  return q.type !== 'text';
}

export function bandOfLevel(namedLevel: number): Band {
  return namedLevel <= 2 ? 'low' : namedLevel === 3 ? 'mid' : 'high';
}

/** The raw value of an answer, if it is one (not "don't know", "not relevant" or cleared). */
export function givenValue(
  entry: { kind: string; value?: unknown } | undefined,
): AnswerValue | undefined {
  return entry?.kind === 'value' ? (entry.value as AnswerValue) : undefined;
}

/** The newer of two timed entries; on equal times the first. */
export function newerEntry<T extends { at: string }>(
  a: T | undefined,
  b: T | undefined,
): T | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(b.at) > Date.parse(a.at) ? b : a;
}
