// Whether a given answer fits its question: the right type, a finite number in range, a known
// option. Every assessment that is restored (imported or read from storage) passes here, so a
// value the app itself could never have stored is refused with its JSON path, never stored as is.
import type { AnswerValue, Answers } from './answers.ts';
import { preview, problem, type PathSegment, type Problem } from '../common/problems.ts';
import type {
  ProfileDefinition,
  ProfileQuestion,
  Question,
  Questionnaire,
} from '../definition/questionnaire.ts';

/** The longest text answer kept (a text question's or profile field's). */
export const MAX_TEXT_ANSWER = 20_000;

const inRange = (value: number, q: { min: number; max: number }) =>
  Number.isFinite(value) && value >= q.min && value <= q.max;

/** Whether `value` is an answer the question could have been given. */
export function valueFits(q: Question | ProfileQuestion, value: AnswerValue): boolean {
  switch (q.type) {
    case 'maturity':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
    case 'single':
      return typeof value === 'string' && q.options.some((o) => o.id === value);
    case 'multi':
      return (
        Array.isArray(value) &&
        new Set(value).size === value.length &&
        value.every((id) => q.options.some((o) => o.id === id))
      );
    case 'number':
      return typeof value === 'number' && inRange(value, q);
    case 'boolean':
      return typeof value === 'boolean';
    case 'text':
      return typeof value === 'string' && value.length <= MAX_TEXT_ANSWER;
  }
}

function misfits(
  answers: Answers,
  questions: ReadonlyMap<string, Question | ProfileQuestion>,
  at: PathSegment,
): Problem[] {
  const problems: Problem[] = [];
  for (const [id, entry] of Object.entries(answers)) {
    const q = questions.get(id);
    // An answer to a question the definition does not have is never read: left as it is.
    if (!q || entry.kind !== 'value' || valueFits(q, entry.value)) continue;
    problems.push(
      problem('answer_misfit', [at, id, 'value'], { question: id, value: preview(entry.value) }),
    );
  }
  return problems;
}

/** The answers and profile facts of an assessment that do not fit their questions. */
export function answerProblems(a: {
  questionnaire: Questionnaire;
  profileDefinition: ProfileDefinition;
  answers: Answers;
  profile: Answers;
}): Problem[] {
  const questions = new Map<string, Question>();
  for (const d of a.questionnaire.dimensions) for (const q of d.questions) questions.set(q.id, q);
  const facts = new Map(a.profileDefinition.questions.map((q) => [q.id, q]));
  return [...misfits(a.answers, questions, 'answers'), ...misfits(a.profile, facts, 'profile')];
}

/**
 * The profile facts that fit the profile definition (a firm's profile may come from a file of
 * another tool): the others are left out, so a new assessment never holds a value it would be
 * refused for.
 */
export function fittingProfile(profile: Answers, definition: ProfileDefinition): Answers {
  const facts = new Map(definition.questions.map((q) => [q.id, q]));
  return Object.fromEntries(
    Object.entries(profile).filter(([id, entry]) => {
      const q = facts.get(id);
      return !q || entry.kind !== 'value' || valueFits(q, entry.value);
    }),
  );
}
