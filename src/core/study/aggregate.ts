// The regional study's figures: per questionnaire and segment (all firms, and each band of tier,
// staff, combustion-only share and non-automotive share) each field's spread over the firms —
// median, quartiles, lowest and highest, the share of firms on each level — the most frequent
// flags and priorities, the questions most often answered "don't know", and the portfolio of the
// region as the number of firms in each quadrant.
//
// No figure comes from fewer than MIN_FIRMS firms (k-anonymity): such a segment, field or
// quadrant is marked suppressed and carries no number at all, not even its count. And so that a
// suppressed segment's count cannot be worked out as the total less the published ones, an axis
// whose hidden firms (suppressed bands and firms of unknown band) number 1 to 4 hides its smallest
// published band as well, until the hidden firms are at least MIN_FIRMS or none.
import type { DataPoint, SegmentAxis } from './panel.ts';
import { bandsOf, SEGMENT_AXES } from './panel.ts';
import { levelOf, namedLevelOf } from '../scoring/scoring.ts';
import { quadrantOf, type Quadrant } from '../scoring/plan.ts';
import type { PortfolioAxes } from '../scoring/portfolio.ts';

/** The fewest firms a published figure may come from. */
export const MIN_FIRMS = 5;

/** A field's (or the index's) spread over the firms of a segment: scores 0..100. */
export interface Spread {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** The share (0..1) of firms on each named level 1..5. */
  levels: [number, number, number, number, number];
}

export type SegmentRef = { axis: 'all'; band: 'all' } | { axis: SegmentAxis; band: string };

export interface SegmentFigures {
  segment: SegmentRef;
  /** Null when suppressed: fewer than MIN_FIRMS firms (or hidden so that another stays hidden). */
  n: number | null;
  overall: Spread | null;
  /** Each field's spread; null when fewer than MIN_FIRMS firms of the segment have a score in it. */
  dimensions: Record<string, Spread | null>;
}

export interface Count<K extends string> {
  id: string;
  kind: K;
  firms: number;
  share: number;
}

export interface QuestionnaireStudy {
  questionnaire: string;
  versions: string[];
  /** Firms in all; null when fewer than MIN_FIRMS (then nothing else is published). */
  firms: number | null;
  segments: SegmentFigures[];
  /** The flags fired in most firms, most first; only those of at least MIN_FIRMS firms. */
  flags: Count<'flag'>[];
  /** The fields most often among a firm's first three priorities (at least MIN_FIRMS firms). */
  priorities: Count<'dimension'>[];
  /** The questions most often answered "don't know" (by at least MIN_FIRMS firms). */
  dontKnow: Count<'question'>[];
}

export interface RegionPortfolio {
  /** Firms with both indexes; null when fewer than MIN_FIRMS. */
  firms: number | null;
  /** Firms per quadrant; null for a quadrant of fewer than MIN_FIRMS. */
  quadrants: Record<Quadrant, number | null>;
}

export interface RegionalStudy {
  questionnaires: QuestionnaireStudy[];
  portfolio: RegionPortfolio | null;
}

/** The value at quantile p of sorted values, interpolated between neighbours (Excel's QUARTILE.INC). */
export function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** The spread of scores, or null for fewer than MIN_FIRMS. */
export function spreadOf(scores: readonly number[]): Spread | null {
  if (scores.length < MIN_FIRMS) return null;
  const sorted = [...scores].sort((a, b) => a - b);
  const levels: Spread['levels'] = [0, 0, 0, 0, 0];
  for (const s of sorted) levels[namedLevelOf(levelOf(s)) - 1]! += 1 / sorted.length;
  return {
    n: sorted.length,
    min: sorted[0]!,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted.at(-1)!,
    levels,
  };
}

const scores = (points: readonly DataPoint[], pick: (p: DataPoint) => number | null | undefined) =>
  points.map(pick).filter((s): s is number => typeof s === 'number');

function figuresOf(segment: SegmentRef, points: DataPoint[], dims: string[]): SegmentFigures {
  if (points.length < MIN_FIRMS) return { segment, n: null, overall: null, dimensions: {} };
  return {
    segment,
    n: points.length,
    overall: spreadOf(scores(points, (p) => p.overall)),
    dimensions: Object.fromEntries(
      dims.map((d) => [d, spreadOf(scores(points, (p) => p.dimensions[d]))]),
    ),
  };
}

const hidden = (): SegmentFigures['dimensions'] => ({});

/** Hides the smallest published bands of an axis until its hidden firms are none or ≥ MIN_FIRMS. */
function protectAxis(all: number, bands: SegmentFigures[]): void {
  const published = () => bands.filter((b) => b.n !== null);
  for (;;) {
    const shown = published().reduce((s, b) => s + (b.n ?? 0), 0);
    const rest = all - shown;
    if (rest === 0 || rest >= MIN_FIRMS) return;
    const smallest = published().sort((a, b) => (a.n ?? 0) - (b.n ?? 0))[0];
    if (!smallest) return;
    Object.assign(smallest, { n: null, overall: null, dimensions: hidden() });
  }
}

function counted<K extends string>(
  kind: K,
  points: readonly DataPoint[],
  pick: (p: DataPoint) => string[],
): Count<K>[] {
  const counts = new Map<string, number>();
  for (const p of points) for (const id of pick(p)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .filter(([, firms]) => firms >= MIN_FIRMS)
    .map(([id, firms]) => ({ id, kind, firms, share: firms / points.length }))
    .sort((a, b) => b.firms - a.firms || a.id.localeCompare(b.id));
}

function studyOf(
  questionnaire: string,
  dims: string[],
  points: DataPoint[],
  tierOptions: readonly string[],
): QuestionnaireStudy {
  const versions = [...new Set(points.map((p) => p.version))].sort();
  const all = figuresOf({ axis: 'all', band: 'all' }, points, dims);
  if (all.n === null)
    return {
      questionnaire,
      versions,
      firms: null,
      segments: [all],
      flags: [],
      priorities: [],
      dontKnow: [],
    };
  const segments = [all];
  for (const axis of SEGMENT_AXES) {
    const bands = bandsOf(axis, tierOptions).map((band) =>
      figuresOf(
        { axis, band },
        points.filter((p) => p.segments[axis] === band),
        dims,
      ),
    );
    protectAxis(points.length, bands);
    segments.push(...bands);
  }
  return {
    questionnaire,
    versions,
    firms: points.length,
    segments,
    flags: counted('flag', points, (p) => p.flags),
    priorities: counted('dimension', points, (p) => p.priorities),
    dontKnow: counted('question', points, (p) => p.dontKnow),
  };
}

function portfolioOf(
  points: readonly DataPoint[],
  axes: PortfolioAxes | null,
): RegionPortfolio | null {
  if (!axes) return null;
  const across = new Map(
    points.filter((p) => p.questionnaire === axes.x).map((p) => [p.firmKey, p]),
  );
  const quadrants: Record<Quadrant, number> = {
    robustReady: 0,
    robustNotReady: 0,
    vulnerableReady: 0,
    vulnerableNotReady: 0,
  };
  let firms = 0;
  for (const up of points) {
    if (up.questionnaire !== axes.y) continue;
    const x = across.get(up.firmKey)?.overall;
    if (typeof x !== 'number' || up.overall === null) continue;
    quadrants[quadrantOf(x, up.overall)]++;
    firms++;
  }
  if (firms < MIN_FIRMS)
    return {
      firms: null,
      quadrants: {
        robustReady: null,
        robustNotReady: null,
        vulnerableReady: null,
        vulnerableNotReady: null,
      },
    };
  const shown = Object.fromEntries(
    Object.entries(quadrants).map(([q, n]) => [q, n >= MIN_FIRMS ? n : null]),
  ) as Record<Quadrant, number | null>;
  // As with segments: hidden quadrants together hold 0 or at least MIN_FIRMS firms.
  const order = (Object.keys(shown) as Quadrant[]).sort((a, b) => quadrants[a] - quadrants[b]);
  const rest = () => firms - order.reduce((s, q) => s + (shown[q] ?? 0), 0);
  for (const q of order) {
    const left = rest();
    if (left === 0 || left >= MIN_FIRMS) break;
    shown[q] = null;
  }
  return { firms, quadrants: shown };
}

/** The study's figures for the questionnaires given (each with its fields in order). */
export function regionalStudy(
  points: readonly DataPoint[],
  questionnaires: readonly { id: string; dimensions: readonly { id: string }[] }[],
  tierOptions: readonly string[],
  axes: PortfolioAxes | null,
): RegionalStudy {
  return {
    questionnaires: questionnaires.map((q) =>
      studyOf(
        q.id,
        q.dimensions.map((d) => d.id),
        points.filter((p) => p.questionnaire === q.id),
        tierOptions,
      ),
    ),
    portfolio: portfolioOf(points, axes),
  };
}
