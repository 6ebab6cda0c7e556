import type { ScoreResult } from './scoring.ts';

export interface Unanswered {
  dimension: string;
  dimensionIndex: number;
  question: string;
}

/** Visible scored questions with no answer at all, in questionnaire order. */
export function unansweredQuestions(result: ScoreResult): Unanswered[] {
  return result.dimensions.flatMap((d, dimensionIndex) =>
    d.questions
      .filter((q) => q.visible && q.scored && q.state === 'unanswered')
      .map((q) => ({ dimension: d.id, dimensionIndex, question: q.id })),
  );
}
