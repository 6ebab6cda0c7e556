// From a scoring result to what screens and reports show: chart data and the action plan.
import { HORIZONS, type Horizon, type Rating } from '../definition/model.ts';
import type { Dimension, Questionnaire, Recommendation } from '../definition/questionnaire.ts';
import type { DimensionScore, ScoreResult } from './scoring.ts';

export interface ChartPoint {
  dimension: string;
  title: Dimension['title'];
  /** 1..5, or null when the dimension has no score. */
  level: number | null;
  target: number;
}

/** One point per dimension, in questionnaire order, for the radar and the bars. */
export function toChartData(result: ScoreResult, questionnaire: Questionnaire): ChartPoint[] {
  return result.dimensions.map((d, i) => ({
    dimension: d.id,
    title: questionnaire.dimensions[i]!.title,
    level: d.level,
    target: d.target,
  }));
}

export type MeasureClass = 'quickWin' | 'strategic' | 'later';

/** Quick wins: impact high or medium, effort low; strategic: impact high, effort medium or high. */
export function classifyMeasure(impact: Rating, effort: Rating): MeasureClass {
  if (impact !== 'low' && effort === 'low') return 'quickWin';
  if (impact === 'high') return 'strategic';
  return 'later';
}

export interface PlannedMeasure {
  dimension: string;
  recommendation: Recommendation;
  class: MeasureClass;
}

/** Within a horizon: quick wins first, then strategic projects, then the rest. */
export const CLASS_ORDER: Record<MeasureClass, number> = { quickWin: 0, strategic: 1, later: 2 };

/**
 * The recommendations of the priority dimensions (those with a gap, most urgent first), grouped
 * by horizon; within a horizon quick wins first, then strategic projects, then the rest.
 */
/** A scored dimension's recommendations for its band, each with its class; none without a band. */
export function measuresOf(questionnaire: Questionnaire, scored: DimensionScore): PlannedMeasure[] {
  const dim = questionnaire.dimensions.find((d) => d.id === scored.id);
  if (!dim || !scored.band) return [];
  return dim.recommendations[scored.band].map((r) => ({
    dimension: scored.id,
    recommendation: r,
    class: classifyMeasure(r.impact, r.effort),
  }));
}

export function actionPlan(
  result: ScoreResult,
  questionnaire: Questionnaire,
  limit = Infinity,
): Record<Horizon, PlannedMeasure[]> {
  const plan = Object.fromEntries(HORIZONS.map((h) => [h, [] as PlannedMeasure[]])) as Record<
    Horizon,
    PlannedMeasure[]
  >;
  for (const p of result.priorities.slice(0, limit)) {
    const scored = result.dimensions.find((d) => d.id === p.dimension);
    for (const m of scored ? measuresOf(questionnaire, scored) : [])
      plan[m.recommendation.horizon].push(m);
  }
  for (const h of HORIZONS) {
    plan[h].sort((a, b) => CLASS_ORDER[a.class] - CLASS_ORDER[b.class]);
  }
  return plan;
}

/**
 * The first step for each of the most urgent priorities: one measure per priority dimension, a
 * different class for each where the dimension offers one (a quick win, a strategic project,
 * then what comes later), ordered by class and then by horizon. The one-page plan of the report.
 */
export function firstSteps(
  result: ScoreResult,
  questionnaire: Questionnaire,
  limit: number,
): PlannedMeasure[] {
  const horizon = (m: PlannedMeasure) => HORIZONS.indexOf(m.recommendation.horizon);
  const byClass = (a: PlannedMeasure, b: PlannedMeasure) =>
    CLASS_ORDER[a.class] - CLASS_ORDER[b.class] || horizon(a) - horizon(b);
  const taken = new Set<MeasureClass>();
  const steps: PlannedMeasure[] = [];
  for (const p of result.priorities.slice(0, limit)) {
    const scored = result.dimensions.find((d) => d.id === p.dimension);
    const measures = scored ? [...measuresOf(questionnaire, scored)].sort(byClass) : [];
    const step = measures.find((m) => !taken.has(m.class)) ?? measures[0];
    if (!step) continue;
    taken.add(step.class);
    steps.push(step);
  }
  return steps.sort(byClass);
}

/** The services of the initiative that the planned measures point to, most often named first. */
export function servicesOf(plan: Record<Horizon, PlannedMeasure[]>): string[] {
  const counts = new Map<string, number>();
  for (const h of HORIZONS)
    for (const m of plan[h])
      for (const s of m.recommendation.services) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
}

export type Quadrant = 'robustReady' | 'robustNotReady' | 'vulnerableReady' | 'vulnerableNotReady';

/** The portfolio: resilience index (x) and technology readiness index (y), split at 50. */
export function quadrantOf(resilience: number, technology: number): Quadrant {
  const robust = resilience >= 50;
  const ready = technology >= 50;
  return robust
    ? ready
      ? 'robustReady'
      : 'robustNotReady'
    : ready
      ? 'vulnerableReady'
      : 'vulnerableNotReady';
}
