import {
  comparisonOperator,
  conditionReferences,
  type Condition,
  type ComparisonOperator,
} from './conditions.ts';
import {
  formatPath,
  problem,
  problemsFromZod,
  type PathSegment,
  type Problem,
} from '../common/problems.ts';
import {
  BANDS,
  ProfileDefinitionSchema,
  QuestionnaireSchema,
  type ProfileDefinition,
  type ProfileQuestion,
  type Question,
  type Questionnaire,
} from './questionnaire.ts';
import { LANGUAGES } from '../common/text.ts';
import { jsonSyntaxProblem } from '../common/json-error.ts';

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** JSON text to a value, or a `json_syntax` problem. */
export function parseJson(text: string): Validated<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, problems: [jsonSyntaxProblem(e, text)] };
  }
}

type AnyQuestion = Question | ProfileQuestion;
interface Located<T> {
  item: T;
  path: PathSegment[];
}

class DuplicateChecker {
  private seen = new Map<string, PathSegment[]>();
  constructor(private readonly problems: Problem[]) {}
  check(id: string, path: PathSegment[]) {
    const first = this.seen.get(id);
    if (first) this.problems.push(problem('duplicate_id', path, { id, first: formatPath(first) }));
    else this.seen.set(id, path);
  }
}

function checkQuestionShape(q: AnyQuestion, path: PathSegment[], problems: Problem[]) {
  if (q.type === 'single' || q.type === 'multi') {
    const options = new DuplicateChecker(problems);
    q.options.forEach((o, i) => options.check(o.id, [...path, 'options', i, 'id']));
  }
  if (q.type === 'multi') {
    const exclusive = q.options.filter((o) => o.exclusive).length;
    if (exclusive > 1)
      problems.push(problem('exclusive_options', [...path, 'options'], { count: exclusive }));
  }
  if (q.type === 'maturity') {
    for (const lang of LANGUAGES) {
      q.levels.forEach((level, i) => {
        const same = q.levels.findIndex((other) => other[lang].trim() === level[lang].trim());
        if (same < i) {
          problems.push(
            problem('levels_not_distinct', [...path, 'levels', i, lang], {
              level: i + 1,
              same: same + 1,
            }),
          );
        }
      });
    }
  }
  if (q.type === 'number') {
    if (!(q.min < q.max)) {
      problems.push(problem('range_empty', [...path, 'max'], { min: q.min, max: q.max }));
      return;
    }
    if ('bands' in q) checkBands(q.bands, q.min, q.max, [...path, 'bands'], problems);
  }
}

/** Bands map [from, to) to a score (the last one includes `to`): they must tile [min, max]. */
function checkBands(
  bands: { from: number; to: number }[],
  min: number,
  max: number,
  path: PathSegment[],
  problems: Problem[],
) {
  let edge = min;
  bands.forEach((band, i) => {
    const at = [...path, i];
    if (!(band.from < band.to)) {
      problems.push(problem('band_empty', at, { from: band.from, to: band.to }));
      return;
    }
    if (band.from > edge)
      problems.push(problem('band_gap', [...at, 'from'], { from: edge, to: band.from }));
    if (band.from < edge) {
      const code = i === 0 ? 'band_outside' : 'band_overlap';
      problems.push(
        problem(code, [...at, 'from'], { from: band.from, to: Math.min(edge, band.to), min, max }),
      );
    }
    edge = Math.max(edge, band.to);
  });
  const last = bands[bands.length - 1];
  if (last && last.to < max)
    problems.push(
      problem('band_gap', [...path, bands.length - 1, 'to'], { from: last.to, to: max }),
    );
  if (last && last.to > max)
    problems.push(
      problem('band_outside', [...path, bands.length - 1, 'to'], {
        from: max,
        to: last.to,
        min,
        max,
      }),
    );
}

const ORDER_OPERATORS: ComparisonOperator[] = ['lt', 'lte', 'gt', 'gte'];

function checkComparisonValues(
  c: Condition,
  target: AnyQuestion,
  path: PathSegment[],
  problems: Problem[],
) {
  const op = comparisonOperator(c);
  if (!op || op === 'answered') return;
  const type = target.type;
  if (ORDER_OPERATORS.includes(op)) {
    if (type !== 'maturity' && type !== 'number') {
      problems.push(problem('operator_type', [...path, op], { operator: op, type }));
    }
    return;
  }
  if (type === 'text') {
    problems.push(problem('operator_type', [...path, op], { operator: op, type }));
    return;
  }
  const raw = c[op];
  const values = (Array.isArray(raw) ? raw : [raw]) as unknown[];
  values.forEach((value, i) => {
    const at = Array.isArray(raw) ? [...path, op, i] : [...path, op];
    if (type === 'single' || type === 'multi') {
      if (typeof value !== 'string' || !target.options.some((o) => o.id === value)) {
        problems.push(
          problem('unknown_option', at, { question: target.id, option: String(value) }),
        );
      }
    } else if (type === 'boolean') {
      if (typeof value !== 'boolean')
        problems.push(problem('value_type', at, { expected: 'boolean' }));
    } else if (type === 'maturity') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) {
        problems.push(problem('value_type', at, { expected: 'level' }));
      }
    } else if (typeof value !== 'number') {
      problems.push(problem('value_type', at, { expected: 'number' }));
    }
  });
}

function checkCondition(
  condition: Condition,
  path: PathSegment[],
  questions: Map<string, AnyQuestion>,
  profile: Map<string, AnyQuestion> | null,
  allowQuestionSubjects: boolean,
  problems: Problem[],
) {
  for (const ref of conditionReferences(condition, path)) {
    if (ref.kind === 'question') {
      const target = allowQuestionSubjects ? questions.get(ref.id) : undefined;
      if (!target)
        problems.push(problem('unknown_question', [...ref.path, 'question'], { id: ref.id }));
      else checkComparisonValues(ref.condition, target, ref.path, problems);
    } else if (profile) {
      const target = profile.get(ref.id);
      if (!target)
        problems.push(problem('unknown_profile_field', [...ref.path, 'profile'], { id: ref.id }));
      else checkComparisonValues(ref.condition, target, ref.path, problems);
    }
  }
}

/** A question whose visibility depends, through other questions, on itself can never be shown. */
function checkCycles(
  located: Located<AnyQuestion>[],
  subject: 'question' | 'profile',
  problems: Problem[],
) {
  const deps = new Map<string, string[]>();
  for (const { item } of located) {
    const refs = item.visibleIf ? conditionReferences(item.visibleIf) : [];
    deps.set(
      item.id,
      refs.filter((r) => r.kind === subject).map((r) => r.id),
    );
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (id: string, trail: string[]) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      const start = cycle[0]!;
      if (!reported.has(start)) {
        cycle.forEach((c) => reported.add(c));
        const at = located.find((l) => l.item.id === start)!;
        problems.push(
          problem('condition_cycle', [...at.path, 'visibleIf'], { ids: cycle.join(' → ') }),
        );
      }
      return;
    }
    state.set(id, 'visiting');
    for (const next of deps.get(id) ?? []) if (deps.has(next)) visit(next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const { item } of located) visit(item.id, []);
}

function profileFields(profile: ProfileDefinition): Map<string, AnyQuestion> {
  return new Map(profile.questions.map((q) => [q.id, q]));
}

/** The rules a JSON Schema cannot express, on a questionnaire that passed the schema. */
export function checkQuestionnaire(q: Questionnaire, profile: ProfileDefinition | null): Problem[] {
  const problems: Problem[] = [];
  const located: Located<Question>[] = [];
  const dimensionIds = new DuplicateChecker(problems);
  const questionIds = new DuplicateChecker(problems);
  const recommendationIds = new DuplicateChecker(problems);
  q.dimensions.forEach((d, di) => {
    dimensionIds.check(d.id, ['dimensions', di, 'id']);
    d.questions.forEach((question, qi) => {
      const path: PathSegment[] = ['dimensions', di, 'questions', qi];
      questionIds.check(question.id, [...path, 'id']);
      located.push({ item: question, path });
      checkQuestionShape(question, path, problems);
    });
    for (const band of BANDS) {
      d.recommendations[band].forEach((r, ri) =>
        recommendationIds.check(r.id, ['dimensions', di, 'recommendations', band, ri, 'id']),
      );
    }
  });

  // With duplicate ids (reported above) conditions refer to the first question of that id.
  const questions = new Map<string, AnyQuestion>();
  for (const { item } of located) if (!questions.has(item.id)) questions.set(item.id, item);
  const fields = profile ? profileFields(profile) : null;
  for (const { item, path } of located) {
    if (item.visibleIf)
      checkCondition(item.visibleIf, [...path, 'visibleIf'], questions, fields, true, problems);
  }
  checkCycles(located, 'question', problems);

  const flagIds = new DuplicateChecker(problems);
  const dimensions = new Set(q.dimensions.map((d) => d.id));
  q.flags.forEach((flag, fi) => {
    const path: PathSegment[] = ['flags', fi];
    flagIds.check(flag.id, [...path, 'id']);
    if (!dimensions.has(flag.dimension)) {
      problems.push(problem('unknown_dimension', [...path, 'dimension'], { id: flag.dimension }));
    }
    checkCondition(flag.when, [...path, 'when'], questions, fields, true, problems);
  });
  checkRevisions(q, questions, problems);
  return problems;
}

/**
 * The id map of the revisions: a retired id is no question of the file any more and is listed
 * once; what it `becomes` is a question of the file.
 */
function checkRevisions(
  q: Questionnaire,
  questions: ReadonlyMap<string, AnyQuestion>,
  problems: Problem[],
) {
  const retired = new DuplicateChecker(problems);
  (q.revisions ?? []).forEach((revision, ri) =>
    revision.questions.forEach((change, ci) => {
      const path: PathSegment[] = ['revisions', ri, 'questions', ci];
      retired.check(change.id, [...path, 'id']);
      if (questions.has(change.id))
        problems.push(
          problem('revision_current_id', [...path, 'id'], {
            id: change.id,
            version: revision.version,
          }),
        );
      if (change.becomes !== undefined && !questions.has(change.becomes))
        problems.push(problem('unknown_question', [...path, 'becomes'], { id: change.becomes }));
    }),
  );
}

const sameText = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * What is valid but probably a slip: two questions of one file, or two options of one question,
 * with the same text in a language. `npm run validate` prints these as warnings.
 */
export function definitionWarnings(q: Questionnaire | ProfileDefinition): Problem[] {
  const warnings: Problem[] = [];
  const located: { item: AnyQuestion; path: PathSegment[] }[] =
    'dimensions' in q
      ? q.dimensions.flatMap((d, di) =>
          d.questions.map((item, qi) => ({
            item: item as AnyQuestion,
            path: ['dimensions', di, 'questions', qi] as PathSegment[],
          })),
        )
      : q.questions.map((item, i) => ({ item, path: ['questions', i] as PathSegment[] }));
  for (const lang of ['de', 'en'] as const) {
    const seen = new Map<string, PathSegment[]>();
    for (const { item, path } of located) {
      const key = sameText(item.text[lang]);
      const first = seen.get(key);
      if (first)
        warnings.push(
          problem('same_question_text', [...path, 'text', lang], { first: formatPath(first) }),
        );
      else seen.set(key, path);
      if (item.type !== 'single' && item.type !== 'multi') continue;
      const options = new Map<string, string>();
      item.options.forEach((o, oi) => {
        const label = sameText(o.label[lang]);
        const same = options.get(label);
        if (same !== undefined)
          warnings.push(
            problem('same_option_text', [...path, 'options', oi, 'label', lang], { same }),
          );
        else options.set(label, o.id);
      });
    }
  }
  return warnings;
}

export function checkProfile(profile: ProfileDefinition): Problem[] {
  const problems: Problem[] = [];
  const ids = new DuplicateChecker(problems);
  const located = profile.questions.map((item, i) => ({
    item,
    path: ['questions', i] as PathSegment[],
  }));
  for (const { item, path } of located) {
    ids.check(item.id, [...path, 'id']);
    checkQuestionShape(item, path, problems);
  }
  const fields = profileFields(profile);
  for (const { item, path } of located) {
    if (item.visibleIf)
      checkCondition(item.visibleIf, [...path, 'visibleIf'], new Map(), fields, false, problems);
  }
  checkCycles(located, 'profile', problems);
  return problems;
}

export function validateQuestionnaire(
  data: unknown,
  profile: ProfileDefinition | null,
): Validated<Questionnaire> {
  const parsed = QuestionnaireSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error, data) };
  const problems = checkQuestionnaire(parsed.data, profile);
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
}

export function validateProfile(data: unknown): Validated<ProfileDefinition> {
  const parsed = ProfileDefinitionSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error, data) };
  const problems = checkProfile(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
}

/** A questionnaire file declares itself by its `dimensions`; the profile by `questions`. */
export function definitionKind(data: unknown): 'questionnaire' | 'profile' | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  if ('dimensions' in data) return 'questionnaire';
  if ('questions' in data) return 'profile';
  return null;
}
