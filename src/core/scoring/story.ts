import { HORIZONS } from '../definition/model.ts';
import type { Questionnaire } from '../definition/questionnaire.ts';
import { CLASS_ORDER, measuresOf, type PlannedMeasure } from './plan.ts';
import type { DimensionScore, ScoreResult } from './scoring.ts';

/** How many fields the results' story names as the focus. */
export const STORY_FOCUS = 3;

export interface FocusField {
  dimension: string;
  level: number;
  target: number;
  /** target − level; ≤ 0 for a stretch field (at or above its target). */
  gap: number;
  /** The weakest answered topic of the field. */
  weakest: string | null;
  /** The first measure to take: the earliest horizon, quick wins before projects. */
  first: PlannedMeasure | null;
  /** A field already at its target: the measure keeps the lead rather than closes a gap. */
  stretch: boolean;
}

export interface ResultsStory {
  /** Fields with a score, and how many of them lie below their target. */
  assessed: number;
  belowTarget: number;
  /** The three fields to work on first, most urgent first. */
  focus: FocusField[];
  /** Fields at or above their target (never a field below it). */
  strengths: { dimension: string; margin: number }[];
  /** When no field reaches its target: the one closest to it, named as such, not as a strength. */
  closest: { dimension: string; level: number; target: number } | null;
  /** The initiative's services the measures shown point to, most often named first. */
  services: string[];
}

/** The measure to start with: the earliest horizon, quick wins first. */
function firstMeasure(q: Questionnaire, d: DimensionScore): PlannedMeasure | null {
  const rank = (m: PlannedMeasure) =>
    HORIZONS.indexOf(m.recommendation.horizon) * 10 + CLASS_ORDER[m.class];
  return measuresOf(q, d).sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/**
 * The results as a short story: where the firm stands against its own targets, the three fields
 * to work on (or, for a firm at its targets everywhere, the three with the least lead, with the
 * measures of their band), its real strengths and the services that help.
 */
export function resultsStory(result: ScoreResult, q: Questionnaire): ResultsStory {
  const scored = result.dimensions.filter((d) => d.level !== null);
  const fieldOf = (dimension: string, stretch: boolean): FocusField => {
    const d = scored.find((x) => x.id === dimension)!;
    return {
      dimension,
      level: d.level!,
      target: d.target,
      gap: d.target - d.level!,
      weakest: d.weakest,
      first: firstMeasure(q, d),
      stretch,
    };
  };
  const gaps = result.priorities.slice(0, STORY_FOCUS).map((p) => fieldOf(p.dimension, false));
  // A firm at its targets everywhere still gets the way forward: the fields with the least lead.
  const focus =
    gaps.length > 0
      ? gaps
      : [...scored]
          .sort((a, b) => a.level! - a.target - (b.level! - b.target) || a.order - b.order)
          .slice(0, STORY_FOCUS)
          .map((d) => fieldOf(d.id, true));
  const strengths = result.strengths
    .filter((s) => !s.relative)
    .map(({ dimension, margin }) => ({ dimension, margin }));
  const nearest = [...scored].sort((a, b) => b.level! - b.target - (a.level! - a.target))[0];
  const counts = new Map<string, number>();
  for (const f of focus)
    for (const s of f.first?.recommendation.services ?? []) counts.set(s, (counts.get(s) ?? 0) + 1);
  return {
    assessed: scored.length,
    belowTarget: result.priorities.length,
    focus,
    strengths,
    closest:
      strengths.length === 0 && nearest
        ? { dimension: nearest.id, level: nearest.level!, target: nearest.target }
        : null,
    services: [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s),
  };
}
