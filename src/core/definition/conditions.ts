/** A value a comparison is made against: a level, an option id, a number or yes/no. */
export const COMPARISON_OPERATORS = [
  'eq',
  'ne',
  'lt',
  'lte',
  'gt',
  'gte',
  'in',
  'answered',
] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];
export const LOGICAL_OPERATORS = ['all', 'any', 'not'] as const;

/**
 * A condition is data, never an expression string. Exactly one of: `all`, `any`, `not`, or a
 * subject (`question` or `profile`) with exactly one comparison operator. The shape is one object
 * with optional keys so that authors get plain messages; `conditionShapeProblem` enforces
 * "exactly one".
 */
export type Scalar = number | string | boolean;

export interface Condition {
  all?: Condition[] | undefined;
  any?: Condition[] | undefined;
  not?: Condition | undefined;
  question?: string | undefined;
  profile?: string | undefined;
  eq?: Scalar | undefined;
  ne?: Scalar | undefined;
  lt?: number | undefined;
  lte?: number | undefined;
  gt?: number | undefined;
  gte?: number | undefined;
  in?: Scalar[] | undefined;
  answered?: boolean | undefined;
}

function presentKeys(c: Condition, keys: readonly string[]): string[] {
  return keys.filter((k) => (c as Record<string, unknown>)[k] !== undefined);
}

/** Why a condition object is not exactly one logical operator or one subject with one operator. */
export function conditionShapeProblem(c: Condition): { found: string } | null {
  const logical = presentKeys(c, LOGICAL_OPERATORS);
  const subjects = presentKeys(c, ['question', 'profile']);
  const comparisons = presentKeys(c, COMPARISON_OPERATORS);
  const all = [...logical, ...subjects, ...comparisons];
  if (logical.length === 1 && all.length === 1) return null;
  if (logical.length === 0 && subjects.length === 1 && comparisons.length === 1) return null;
  return { found: all.join(', ') || '(none)' };
}

export function comparisonOperator(c: Condition): ComparisonOperator | undefined {
  return COMPARISON_OPERATORS.find((op) => c[op] !== undefined);
}

/**
 * What a condition sees of one question or profile field: the given value, or `undefined` when
 * there is none (unanswered, "don't know", "not relevant", hidden, or an empty multiple choice).
 */
export type AnswerValue = number | string | boolean | string[];
export interface ConditionContext {
  question(id: string): AnswerValue | undefined;
  profile(id: string): AnswerValue | undefined;
}

function compareNumbers(value: AnswerValue, op: 'lt' | 'lte' | 'gt' | 'gte', limit: number) {
  if (typeof value !== 'number') return false;
  switch (op) {
    case 'lt':
      return value < limit;
    case 'lte':
      return value <= limit;
    case 'gt':
      return value > limit;
    case 'gte':
      return value >= limit;
  }
}

function equals(value: AnswerValue, expected: Scalar): boolean {
  // On a multiple choice, `eq` means "this option is ticked".
  return Array.isArray(value) ? value.includes(expected as string) : value === expected;
}

export function evaluateCondition(c: Condition, ctx: ConditionContext): boolean {
  if (c.all) return c.all.every((sub) => evaluateCondition(sub, ctx));
  if (c.any) return c.any.some((sub) => evaluateCondition(sub, ctx));
  if (c.not) return !evaluateCondition(c.not, ctx);

  const value =
    c.question !== undefined
      ? ctx.question(c.question)
      : c.profile !== undefined
        ? ctx.profile(c.profile)
        : undefined;
  const answered = value !== undefined && !(Array.isArray(value) && value.length === 0);
  if (c.answered !== undefined) return c.answered === answered;
  if (!answered) return false;

  if (c.eq !== undefined) return equals(value, c.eq);
  if (c.ne !== undefined) return !equals(value, c.ne);
  if (c.in !== undefined) return c.in.some((expected) => equals(value, expected));
  for (const op of ['lt', 'lte', 'gt', 'gte'] as const) {
    const limit = c[op];
    if (limit !== undefined) return compareNumbers(value, op, limit);
  }
  return false;
}

/** Every question and profile field a condition refers to, with the condition that names it. */
export function conditionReferences(
  c: Condition,
  path: (string | number)[] = [],
): { kind: 'question' | 'profile'; id: string; condition: Condition; path: (string | number)[] }[] {
  const out: ReturnType<typeof conditionReferences> = [];
  c.all?.forEach((sub, i) => out.push(...conditionReferences(sub, [...path, 'all', i])));
  c.any?.forEach((sub, i) => out.push(...conditionReferences(sub, [...path, 'any', i])));
  if (c.not) out.push(...conditionReferences(c.not, [...path, 'not']));
  if (c.question !== undefined) out.push({ kind: 'question', id: c.question, condition: c, path });
  if (c.profile !== undefined) out.push({ kind: 'profile', id: c.profile, condition: c, path });
  return out;
}
