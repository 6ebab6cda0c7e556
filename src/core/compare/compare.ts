// Several assessments of one questionnaire side by side: a case's respondents, before and after,
// or a workshop's participants. Assessments made with different versions of a questionnaire are
// matched by dimension id and question id, a retired id read as the question it `becomes` in the
// newest version's revisions; what is not in every version is listed.
import { scoreInputOf, type Assessment } from '../records/assessment.ts';
import { givenValue } from '../definition/model.ts';
import type { Dimension, Question, Questionnaire } from '../definition/questionnaire.ts';
import {
  levelOf,
  scoreAssessment,
  type AnswerState,
  type ScoreResult,
} from '../scoring/scoring.ts';
import type { Bilingual } from '../common/text.ts';
import { doneAt } from '../scoring/portfolio.ts';

/** Respondents two levels or more apart disagree; other question types by half the scale. */
export const DISAGREEMENT_LEVELS = 2;
export const DISAGREEMENT_VALUE = 0.5;
const EPS = 1e-9;

export interface Column {
  id: string;
  role: string;
  firmName: string | null;
  version: string;
  /** When the assessment was finished, else last changed: the date it stands for. */
  date: string;
  finished: boolean;
  score: number | null;
  level: number | null;
}

export interface DimensionRow {
  id: string;
  title: Bilingual;
  /** Per column, in column order: null where not assessed or not in that version. */
  scores: (number | null)[];
  levels: (number | null)[];
  /** Whether the column's questionnaire version has this dimension. */
  present: boolean[];
  mean: number | null;
  min: number | null;
  max: number | null;
  meanLevel: number | null;
  /** The lowest and highest level among the columns that have one. */
  minLevel: number | null;
  maxLevel: number | null;
  /** Highest minus lowest level among the columns that have one. */
  spread: number | null;
  disagreement: boolean;
  /** Target of the questionnaire (the newest version's). */
  target: number;
}

export interface AnswerCell {
  state: AnswerState | 'absent';
  /** 0..1 as scored, or null. */
  value: number | null;
  /** The level given, for maturity questions. */
  level: number | null;
  /** What was given, for showing it (option ids, numbers, yes/no). */
  raw: unknown;
  note: string | null;
}

export interface Difference {
  question: string;
  dimension: string;
  /** The question as the newest version asks it (for its options, levels and unit). */
  definition: Question;
  type: Question['type'];
  text: Bilingual;
  cells: AnswerCell[];
  /** Highest minus lowest value (0..1), or in levels for maturity questions. */
  spread: number;
  unit: 'levels' | 'value';
}

/** A question with every column's answer, in the questionnaire's order. */
export interface QuestionRow {
  question: string;
  dimension: string;
  definition: Question;
  text: Bilingual;
  cells: AnswerCell[];
  /** Whether the answers lie as far apart as a difference (see `differences`). */
  differs: boolean;
}

export interface DontKnowCount {
  question: string;
  dimension: string;
  text: Bilingual;
  count: number;
  /** Columns in which the question was shown. */
  of: number;
}

export interface Move {
  dimension: string;
  title: Bilingual;
  from: number;
  to: number;
  /** to − from, in score points. */
  delta: number;
  fromLevel: number;
  toLevel: number;
}

export interface MoveSet {
  role: string;
  /** Column indexes of the oldest and the newest assessment of the role. */
  from: number;
  to: number;
  items: Move[];
}

export interface VersionDifference {
  kind: 'dimension' | 'question' | 'questionType' | 'renamed' | 'moved';
  id: string;
  dimension: string;
  text: Bilingual;
  /** The versions that have it (for questionType: the versions and their types). */
  versions: string[];
  /** renamed: the retired id whose answers this question takes over. */
  from?: string;
  /** moved: where the newest version asks it now. */
  movedTo?: { questionnaire: string; question: string };
  /** renamed, moved: why, as the questionnaire's revisions say. */
  reason?: Bilingual;
}

export interface Comparison {
  questionnaire: { id: string; title: Bilingual; versions: string[] };
  /** Ordered by date, oldest first. */
  columns: Column[];
  dimensions: DimensionRow[];
  overall: { mean: number | null; min: number | null; max: number | null };
  differences: Difference[];
  /** Every question of all versions with each column's answer (for spreadsheets). */
  questions: QuestionRow[];
  dontKnow: DontKnowCount[];
  /**
   * Before and after: for each role with assessments at two or more dates, what moved from its
   * oldest to its newest assessment, per dimension scored in both.
   */
  moves: MoveSet[];
  versionDifferences: VersionDifference[];
}

const dateOf = doneAt;

function stats(values: (number | null)[]) {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length === 0) return { mean: null, min: null, max: null };
  return {
    mean: xs.reduce((s, x) => s + x, 0) / xs.length,
    min: Math.min(...xs),
    max: Math.max(...xs),
  };
}

function newest(questionnaires: Questionnaire[]): Questionnaire {
  // The version compared as a string of numbers: 1.10 is newer than 1.9.
  const parts = (v: string) => v.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  return [...questionnaires].sort((a, b) => {
    const x = parts(a.version);
    const y = parts(b.version);
    for (let i = 0; i < Math.max(x.length, y.length); i++)
      if ((x[i] ?? 0) !== (y[i] ?? 0)) return (y[i] ?? 0) - (x[i] ?? 0);
    return 0;
  })[0]!;
}

/**
 * The id a question has in the newest version: a retired id that `becomes` another (through any
 * number of revisions) is read as that one; every other id as itself.
 */
function currentIds(latest: Questionnaire): (id: string) => string {
  const becomes = new Map<string, string>();
  for (const revision of latest.revisions ?? [])
    for (const change of revision.questions)
      if (change.becomes) becomes.set(change.id, change.becomes);
  return (id) => {
    let current = id;
    // A chain ends within as many steps as there are entries (a circle would not end).
    for (let i = 0; i <= becomes.size && becomes.has(current); i++) current = becomes.get(current)!;
    return current;
  };
}

/** Every dimension and question of all versions, in the newest version's order first. */
function unionOutline(questionnaires: Questionnaire[]) {
  const latest = newest(questionnaires);
  const current = currentIds(latest);
  const dimensions = new Map<string, Dimension>();
  const questions = new Map<string, { question: Question; dimension: string }>();
  for (const q of [latest, ...questionnaires])
    for (const d of q.dimensions) {
      if (!dimensions.has(d.id)) dimensions.set(d.id, d);
      for (const question of d.questions)
        if (!questions.has(current(question.id)))
          questions.set(current(question.id), { question, dimension: d.id });
    }
  return { dimensions: [...dimensions.values()], questions: [...questions.values()], current };
}

/** What the newest version's revisions say about a retired id. */
function changeOf(latest: Questionnaire, id: string) {
  for (const revision of latest.revisions ?? [])
    for (const change of revision.questions) if (change.id === id) return change;
  return undefined;
}

const reasonOf = (change: { reason: Bilingual } | undefined) =>
  change ? { reason: change.reason } : {};

function versionDifferences(questionnaires: Questionnaire[]): VersionDifference[] {
  const byVersion = new Map<string, Questionnaire>();
  for (const q of questionnaires) if (!byVersion.has(q.version)) byVersion.set(q.version, q);
  if (byVersion.size < 2) return [];
  const versions = [...byVersion.values()];
  const latest = newest(versions);
  const { dimensions, questions, current } = unionOutline(versions);
  const out: VersionDifference[] = [];
  for (const d of dimensions) {
    const having = versions.filter((v) => v.dimensions.some((x) => x.id === d.id));
    if (having.length < versions.length)
      out.push({
        kind: 'dimension',
        id: d.id,
        dimension: d.id,
        text: d.title,
        versions: having.map((v) => v.version),
      });
  }
  for (const { question, dimension } of questions) {
    const id = current(question.id);
    const found = versions.map((v) => ({
      version: v.version,
      q: v.dimensions.flatMap((d) => d.questions).find((x) => current(x.id) === id),
    }));
    const having = found.filter((f) => f.q);
    for (const f of having)
      if (f.q!.id !== id)
        out.push({
          kind: 'renamed',
          id,
          dimension,
          text: question.text,
          versions: [f.version],
          from: f.q!.id,
          ...reasonOf(changeOf(latest, f.q!.id)),
        });
    const moved = id === question.id ? changeOf(latest, id) : undefined;
    if (moved?.movedTo)
      out.push({
        kind: 'moved',
        id,
        dimension,
        text: question.text,
        versions: having.map((f) => f.version),
        movedTo: moved.movedTo,
        ...reasonOf(moved),
      });
    else if (having.length < versions.length)
      out.push({
        kind: 'question',
        id: question.id,
        dimension,
        text: question.text,
        versions: having.map((f) => f.version),
      });
    else if (new Set(having.map((f) => f.q!.type)).size > 1)
      out.push({
        kind: 'questionType',
        id: question.id,
        dimension,
        text: question.text,
        versions: having.map((f) => `${f.version}: ${f.q!.type}`),
      });
  }
  return out;
}

/**
 * Compares assessments of one questionnaire (callers group by questionnaire id first). Each is
 * scored with its own embedded questionnaire version and its own targets.
 */
export function compareAssessments(
  assessments: Assessment[],
  results?: Map<string, ScoreResult>,
): Comparison {
  if (assessments.length === 0) throw new Error('compareAssessments needs an assessment');
  const sorted = [...assessments].sort(
    (a, b) => dateOf(a).localeCompare(dateOf(b)) || a.id.localeCompare(b.id),
  );
  const scored = sorted.map((a) => results?.get(a.id) ?? scoreAssessment(scoreInputOf(a)));
  const questionnaires = sorted.map((a) => a.questionnaire);
  const latest = newest(questionnaires);
  const outline = unionOutline(questionnaires);

  const columns: Column[] = sorted.map((a, i) => ({
    id: a.id,
    role: a.role,
    firmName: a.firm?.name ?? null,
    version: a.questionnaire.version,
    date: dateOf(a),
    finished: a.finished,
    score: scored[i]!.overall.score,
    level: scored[i]!.overall.level,
  }));

  const dimensions: DimensionRow[] = outline.dimensions.map((d) => {
    const cells = scored.map((r) => r.dimensions.find((x) => x.id === d.id));
    const scores = cells.map((c) => c?.score ?? null);
    const levels = cells.map((c) => c?.level ?? null);
    const s = stats(scores);
    const l = stats(levels);
    const spread = l.max === null || l.min === null ? null : l.max - l.min;
    return {
      id: d.id,
      title: d.title,
      scores,
      levels,
      present: cells.map((c) => c !== undefined),
      ...s,
      meanLevel: l.mean,
      minLevel: l.min,
      maxLevel: l.max,
      spread,
      disagreement: spread !== null && spread + EPS >= DISAGREEMENT_LEVELS,
      target: (latest.dimensions.find((x) => x.id === d.id) ?? d).target,
    };
  });

  const differences: Difference[] = [];
  const rows: QuestionRow[] = [];
  const dontKnow: DontKnowCount[] = [];
  for (const { question, dimension } of outline.questions) {
    const id = outline.current(question.id);
    const cells: AnswerCell[] = sorted.map((a, i) => {
      // Found in any dimension of the column's version, under its id there.
      const qs = scored[i]!.dimensions.flatMap((d) => d.questions).find(
        (q) => outline.current(q.id) === id,
      );
      if (!qs) return { state: 'absent', value: null, level: null, raw: null, note: null };
      const raw = qs.visible ? givenValue(a.answers[qs.id]) : undefined;
      const note = a.notes[qs.id]?.text.trim() || null;
      return {
        state: qs.state,
        value: qs.value,
        level: qs.type === 'maturity' && qs.value !== null ? levelOf(100 * qs.value) : null,
        raw: raw ?? null,
        note,
      };
    });
    const shown = cells.filter((c) => c.state !== 'absent' && c.state !== 'unanswered');
    const unknown = cells.filter((c) => c.state === 'dontKnow').length;
    if (unknown > 0)
      dontKnow.push({
        question: question.id,
        dimension,
        text: question.text,
        count: unknown,
        of: shown.length,
      });
    const values = cells.map((c) => c.value).filter((v): v is number => v !== null);
    const valueSpread = values.length < 2 ? 0 : Math.max(...values) - Math.min(...values);
    const differs = values.length >= 2 && valueSpread + EPS >= DISAGREEMENT_VALUE;
    rows.push({
      question: question.id,
      dimension,
      definition: question,
      text: question.text,
      cells,
      differs,
    });
    if (!differs) continue;
    const maturity = question.type === 'maturity';
    differences.push({
      question: question.id,
      dimension,
      definition: question,
      type: question.type,
      text: question.text,
      cells,
      spread: maturity ? valueSpread * 4 : valueSpread,
      unit: maturity ? 'levels' : 'value',
    });
  }
  differences.sort((a, b) => b.spread / unitScale(b) - a.spread / unitScale(a));
  dontKnow.sort((a, b) => b.count - a.count);

  const moves: MoveSet[] = [];
  for (const role of new Set(columns.map((c) => c.role))) {
    const indexes = columns.flatMap((c, i) => (c.role === role ? [i] : []));
    if (indexes.length < 2) continue;
    const from = indexes[0]!;
    const to = indexes[indexes.length - 1]!;
    const items: Move[] = [];
    for (const row of dimensions) {
      const a = row.scores[from];
      const b = row.scores[to];
      if (a === null || a === undefined || b === null || b === undefined) continue;
      items.push({
        dimension: row.id,
        title: row.title,
        from: a,
        to: b,
        delta: b - a,
        fromLevel: row.levels[from]!,
        toLevel: row.levels[to]!,
      });
    }
    if (items.length) moves.push({ role, from, to, items });
  }

  return {
    questionnaire: {
      id: latest.id,
      title: latest.title,
      versions: [...new Set(questionnaires.map((q) => q.version))],
    },
    columns,
    dimensions,
    overall: stats(columns.map((c) => c.score)),
    differences,
    questions: rows,
    dontKnow,
    moves,
    versionDifferences: versionDifferences(questionnaires),
  };
}

const unitScale = (d: Difference) => (d.unit === 'levels' ? 4 : 1);

/** Assessments grouped by questionnaire id, each group compared (groups in first-seen order). */
export function compareByQuestionnaire(assessments: Assessment[]): Comparison[] {
  const groups = new Map<string, Assessment[]>();
  for (const a of assessments) {
    const list = groups.get(a.questionnaire.id) ?? [];
    list.push(a);
    groups.set(a.questionnaire.id, list);
  }
  return [...groups.values()].map((group) => compareAssessments(group));
}
