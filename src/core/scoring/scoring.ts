import type { Answers } from '../records/answers.ts';
import type { Assessment } from '../records/assessment.ts';
import type { AssessmentSummary } from './summary.ts';
import { givenValue } from '../definition/model.ts';
import {
  evaluateCondition,
  type AnswerValue,
  type Condition,
  type ConditionContext,
} from '../definition/conditions.ts';
import { bandOfLevel, isScored } from '../definition/model.ts';
import type {
  Band,
  ProfileDefinition,
  ProfileQuestion,
  Question,
  QuestionType,
  Questionnaire,
  ScoredQuestion,
  Severity,
} from '../definition/questionnaire.ts';

// Sums of weighted values are not exact in floating point: 74.99999999999999 must still reach
// the level 4.0 that 75 gives. Comparisons allow this much.
const EPS = 1e-9;

export type AnswerState = 'value' | 'dontKnow' | 'notRelevant' | 'unanswered';

export interface QuestionScore {
  id: string;
  type: QuestionType;
  weight: number;
  visible: boolean;
  scored: boolean;
  state: AnswerState;
  /** 0..1 when the answer is included in the score, else null. */
  value: number | null;
  included: boolean;
}

export interface DimensionScore {
  id: string;
  order: number;
  weight: number;
  /** 0..100, or null when nothing in it is included ("not assessed"). */
  score: number | null;
  /** 1.0..5.0, unrounded. */
  level: number | null;
  /** The level reached: ⌊level⌋. */
  namedLevel: number | null;
  band: Band | null;
  visibleScored: number;
  answered: number;
  included: number;
  completeness: number;
  coverage: number;
  /** The included question with the lowest value (ties: the first). */
  weakest: string | null;
  dontKnow: string[];
  flags: string[];
  recommendations: string[];
  target: number;
  targetSource: 'assessment' | 'questionnaire';
  gap: number | null;
  priority: number | null;
  questions: QuestionScore[];
}

export interface Priority {
  dimension: string;
  gap: number;
  weight: number;
  priority: number;
  level: number;
  weakest: string | null;
}

export interface Strength {
  dimension: string;
  /** level − target; negative for a relative strength. */
  margin: number;
  relative: boolean;
}

export interface FiredFlag {
  id: string;
  dimension: string;
  severity: Severity;
}

export interface ScoreResult {
  questionnaire: { id: string; version: string };
  overall: {
    score: number | null;
    level: number | null;
    namedLevel: number | null;
    visibleScored: number;
    answered: number;
    included: number;
    completeness: number;
    coverage: number;
  };
  dimensions: DimensionScore[];
  /** Dimensions with a gap, most urgent first. */
  priorities: Priority[];
  /** The three dimensions furthest above (or least below) their target. */
  strengths: Strength[];
  /** Dimensions with no score. */
  blindSpots: string[];
  flags: FiredFlag[];
  dontKnow: { question: string; dimension: string }[];
}

export interface ScoreInput {
  questionnaire: Questionnaire;
  profileDefinition?: ProfileDefinition | null | undefined;
  answers: Answers;
  profileAnswers?: Answers | undefined;
  /** The assessment's own target levels per dimension id. */
  targets?: Record<string, number> | undefined;
}

/** Level 1..5 from a score 0..100. */
export function levelOf(score: number): number {
  return 1 + (4 * score) / 100;
}

export function namedLevelOf(level: number): number {
  return Math.min(5, Math.max(1, Math.floor(level + EPS)));
}

/** Levels are shown cut, not rounded, to one decimal: 3.96 shows as 3.9. */
export function cutLevel(level: number): number {
  return Math.floor(level * 10 + EPS) / 10;
}

/** Scores are shown cut to whole numbers, for the same reason as levels. */
export function cutScore(score: number): number {
  return Math.floor(score + EPS);
}

function numberScore(q: Extract<ScoredQuestion, { type: 'number' }>, raw: number): number | null {
  const v = Math.min(q.max, Math.max(q.min, raw));
  const band = q.bands.find((b) => v >= b.from && v < b.to) ?? q.bands.find((b) => v === b.to);
  return band ? band.score : null;
}

/** The value 0..1 of a given answer, or null if it does not fit the question. */
export function answerValue(q: ScoredQuestion, raw: AnswerValue): number | null {
  switch (q.type) {
    case 'maturity':
      return typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= 5
        ? (raw - 1) / 4
        : null;
    case 'single': {
      const option = typeof raw === 'string' ? q.options.find((o) => o.id === raw) : undefined;
      return option ? option.score : null;
    }
    case 'multi': {
      // An option id the question does not have makes the whole answer one that does not fit
      // (README §9), as it does for a single choice: no answer, not a score from the rest.
      if (!Array.isArray(raw) || raw.length === 0) return null;
      if (!raw.every((id) => q.options.some((o) => o.id === id))) return null;
      const ticked = q.options.filter((o) => raw.includes(o.id));
      return Math.min(
        1,
        ticked.reduce((sum, o) => sum + o.score, 0),
      );
    }
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? numberScore(q, raw) : null;
    case 'boolean':
      return typeof raw === 'boolean' ? (raw ? q.scores.yes : q.scores.no) : null;
  }
}

/** Whether a raw value is a well-formed answer to a question (of any type, scored or not). */
function fits(q: Question | ProfileQuestion, raw: AnswerValue): boolean {
  switch (q.type) {
    case 'text':
      return typeof raw === 'string' && raw.trim().length > 0;
    case 'maturity':
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw);
    case 'boolean':
      return typeof raw === 'boolean';
    case 'single':
      return typeof raw === 'string' && q.options.some((o) => o.id === raw);
    case 'multi':
      return (
        Array.isArray(raw) &&
        raw.length > 0 &&
        raw.every((id) => q.options.some((o) => o.id === id))
      );
  }
}

/**
 * Which questions are shown, given the answers. A hidden question's answer counts as no answer,
 * also for the conditions of other questions, so visibility is resolved recursively.
 */
function visibilityResolver<Q extends Question | ProfileQuestion>(
  questions: readonly Q[],
  answers: Answers,
  outer: (id: string) => AnswerValue | undefined,
  subject: 'question' | 'profile',
) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const memo = new Map<string, boolean>();
  const resolving = new Set<string>();

  const valueOf = (id: string): AnswerValue | undefined => {
    const q = byId.get(id);
    if (!q || !isVisible(id)) return undefined;
    const raw = givenValue(answers[id]);
    return raw !== undefined && fits(q, raw) ? raw : undefined;
  };
  const ctx: ConditionContext =
    subject === 'question'
      ? { question: valueOf, profile: outer }
      : { question: () => undefined, profile: valueOf };

  function isVisible(id: string): boolean {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const q = byId.get(id);
    if (!q) return false;
    // A cycle (refused by validation) makes the questions in it hidden rather than looping.
    if (resolving.has(id)) return false;
    resolving.add(id);
    const visible = q.visibleIf ? evaluateCondition(q.visibleIf as Condition, ctx) : true;
    resolving.delete(id);
    memo.set(id, visible);
    return visible;
  }
  return { isVisible, valueOf, ctx };
}

/** The profile answers that conditions see (hidden profile fields count as unanswered). */
export function profileResolver(
  definition: ProfileDefinition | null | undefined,
  answers: Answers,
) {
  if (!definition) return { isVisible: () => false, valueOf: () => undefined };
  return visibilityResolver(definition.questions, answers, () => undefined, 'profile');
}

/** Which questions of a questionnaire are visible, for screens that show them. */
export function questionResolver(input: ScoreInput) {
  const profile = profileResolver(input.profileDefinition, input.profileAnswers ?? {});
  const questions = input.questionnaire.dimensions.flatMap((d) => d.questions);
  return visibilityResolver(questions, input.answers, profile.valueOf, 'question');
}

function scoreQuestion(q: Question, visible: boolean, answers: Answers): QuestionScore {
  const entry = answers[q.id];
  const scored = isScored(q);
  let state: AnswerState = 'unanswered';
  let value: number | null = null;
  if (entry?.kind === 'dontKnow') state = 'dontKnow';
  else if (entry?.kind === 'notRelevant') state = 'notRelevant';
  else if (entry?.kind === 'value') {
    if (scored) {
      value = answerValue(q, entry.value as AnswerValue);
      if (value !== null) state = 'value';
    } else if (fits(q, entry.value as AnswerValue)) state = 'value';
  }
  const included = visible && scored && value !== null;
  return {
    id: q.id,
    type: q.type,
    weight: scored ? q.weight : 0,
    visible,
    scored,
    state: visible ? state : 'unanswered',
    value: included ? value : null,
    included,
  };
}

function weightedScore(items: { weight: number; value: number }[]): number | null {
  const total = items.reduce((s, i) => s + i.weight, 0);
  if (total <= 0) return null;
  return (100 * items.reduce((s, i) => s + i.weight * i.value, 0)) / total;
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export function scoreAssessment(input: ScoreInput): ScoreResult {
  const { questionnaire } = input;
  const resolver = questionResolver(input);

  const firedFlags: FiredFlag[] = questionnaire.flags
    .filter((flag) => evaluateCondition(flag.when as Condition, resolver.ctx))
    .map((flag) => ({ id: flag.id, dimension: flag.dimension, severity: flag.severity }));

  const dimensions = questionnaire.dimensions.map((d, order): DimensionScore => {
    const questions = d.questions.map((q) =>
      scoreQuestion(q, resolver.isVisible(q.id), input.answers),
    );
    const visibleScored = questions.filter((q) => q.visible && q.scored);
    const answered = visibleScored.filter((q) => q.state !== 'unanswered').length;
    const includedQs = visibleScored.filter((q) => q.included);
    const score = weightedScore(includedQs.map((q) => ({ weight: q.weight, value: q.value ?? 0 })));
    const level = score === null ? null : levelOf(score);
    const namedLevel = level === null ? null : namedLevelOf(level);
    const band = namedLevel === null ? null : bandOfLevel(namedLevel);
    const own = input.targets?.[d.id];
    const target = own ?? d.target;
    const gap = level === null ? null : target - level > EPS ? target - level : 0;
    let weakest: QuestionScore | null = null;
    for (const q of includedQs)
      if (!weakest || (q.value ?? 0) < (weakest.value ?? 0) - EPS) weakest = q;
    return {
      id: d.id,
      order,
      weight: d.weight,
      score,
      level,
      namedLevel,
      band,
      visibleScored: visibleScored.length,
      answered,
      included: includedQs.length,
      completeness: visibleScored.length ? answered / visibleScored.length : 1,
      coverage: visibleScored.length ? includedQs.length / visibleScored.length : 0,
      weakest: weakest?.id ?? null,
      dontKnow: visibleScored.filter((q) => q.state === 'dontKnow').map((q) => q.id),
      flags: firedFlags.filter((f) => f.dimension === d.id).map((f) => f.id),
      recommendations: band ? d.recommendations[band].map((r) => r.id) : [],
      target,
      targetSource: own === undefined ? 'questionnaire' : 'assessment',
      gap,
      priority: gap === null ? null : gap * d.weight,
      questions,
    };
  });

  const scoredDims = dimensions.filter((d) => d.score !== null);
  const overallScore = weightedScore(
    scoredDims.map((d) => ({ weight: d.weight, value: (d.score ?? 0) / 100 })),
  );
  const overallLevel = overallScore === null ? null : levelOf(overallScore);
  const totals = dimensions.reduce(
    (t, d) => ({
      visibleScored: t.visibleScored + d.visibleScored,
      answered: t.answered + d.answered,
      included: t.included + d.included,
    }),
    { visibleScored: 0, answered: 0, included: 0 },
  );

  const priorities: Priority[] = scoredDims
    .filter((d) => (d.gap ?? 0) > 0)
    .map((d) => ({
      dimension: d.id,
      gap: d.gap ?? 0,
      weight: d.weight,
      priority: d.priority ?? 0,
      level: d.level ?? 0,
      weakest: d.weakest,
      order: d.order,
    }))
    .sort((a, b) =>
      Math.abs(a.priority - b.priority) > EPS
        ? b.priority - a.priority
        : Math.abs(a.level - b.level) > EPS
          ? a.level - b.level
          : a.order - b.order,
    )
    .map(({ order: _order, ...p }) => p);

  const strengths: Strength[] = scoredDims
    .map((d) => ({ dimension: d.id, margin: (d.level ?? 0) - d.target, order: d.order }))
    .sort((a, b) => (Math.abs(a.margin - b.margin) > EPS ? b.margin - a.margin : a.order - b.order))
    .slice(0, 3)
    .map((s) => ({ dimension: s.dimension, margin: s.margin, relative: s.margin < -EPS }));

  const order = new Map(questionnaire.flags.map((f, i) => [f.id, i]));
  firedFlags.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  );

  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    overall: {
      score: overallScore,
      level: overallLevel,
      namedLevel: overallLevel === null ? null : namedLevelOf(overallLevel),
      ...totals,
      completeness: totals.visibleScored ? totals.answered / totals.visibleScored : 1,
      coverage: totals.visibleScored ? totals.included / totals.visibleScored : 0,
    },
    dimensions,
    priorities,
    strengths,
    blindSpots: dimensions.filter((d) => d.score === null).map((d) => d.id),
    flags: firedFlags,
    dontKnow: dimensions.flatMap((d) =>
      d.dontKnow.map((question) => ({ question, dimension: d.id })),
    ),
  };
}

export interface Display {
  score: number | null;
  level: number | null;
  namedLevel: number | null;
}

/** The values as screens and reports show them (cut, never rounded up). */
export function displayOf(x: { score: number | null; level: number | null }): Display {
  return {
    score: x.score === null ? null : cutScore(x.score),
    level: x.level === null ? null : cutLevel(x.level),
    namedLevel: x.level === null ? null : namedLevelOf(x.level),
  };
}

/** The line a list of saved assessments shows for `a`, kept beside it when it is stored. */
export function summarize(a: Assessment): AssessmentSummary {
  const { overall } = scoreAssessment({
    questionnaire: a.questionnaire,
    profileDefinition: a.profileDefinition,
    answers: a.answers,
    profileAnswers: a.profile,
  });
  return {
    id: a.id,
    firm: a.firm ? { id: a.firm.id, name: a.firm.name } : null,
    workshopId: a.workshop?.id ?? null,
    draftId: a.draft?.id ?? null,
    role: a.role,
    questionnaire: {
      id: a.questionnaire.id,
      version: a.questionnaire.version,
      title: a.questionnaire.title,
    },
    visibleScored: overall.visibleScored,
    answered: overall.answered,
    completeness: overall.completeness,
    score: overall.score,
    level: overall.level,
    finished: a.finished,
    finishedAt: a.finishedAt ?? null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}
