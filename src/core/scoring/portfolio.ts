import type { Bilingual } from '../common/text.ts';
// The portfolio: one firm's two indexes as a point, one questionnaire across (x) and one up (y).
// Which questionnaires span it is data in their files (`portfolioAxis`); nothing here names one.
import type { PortfolioAxis } from '../definition/model.ts';

/** The questionnaire id on each axis. */
export interface PortfolioAxes {
  x: string;
  y: string;
}

/** The axes the listed questionnaires declare (the first for each axis), or null if one is missing. */
export function portfolioAxesOf(
  questionnaires: readonly {
    id: string;
    listed?: boolean;
    portfolioAxis?: PortfolioAxis | undefined;
  }[],
): PortfolioAxes | null {
  const on = (axis: PortfolioAxis) =>
    questionnaires.find((q) => q.listed !== false && q.portfolioAxis === axis)?.id;
  const x = on('x');
  const y = on('y');
  return x && y ? { x, y } : null;
}

/** The questionnaire that makes a portfolio with `questionnaireId`, if it spans one axis. */
export function portfolioPartner(axes: PortfolioAxes | null, questionnaireId: string) {
  if (!axes) return null;
  return questionnaireId === axes.x ? axes.y : questionnaireId === axes.y ? axes.x : null;
}

/** Two things of two questionnaires put on their axes; null unless they span the portfolio. */
export function onAxes<T>(
  axes: PortfolioAxes | null,
  a: { questionnaireId: string; item: T },
  b: { questionnaireId: string; item: T },
): { x: T; y: T } | null {
  if (!axes) return null;
  if (a.questionnaireId === axes.x && b.questionnaireId === axes.y) return { x: a.item, y: b.item };
  if (a.questionnaireId === axes.y && b.questionnaireId === axes.x) return { x: b.item, y: a.item };
  return null;
}

/** When an assessment was done: its finishing time, else its last change. */
export const doneAt = (a: { finishedAt?: string | null | undefined; updatedAt: string }): string =>
  a.finishedAt ?? a.updatedAt;

/** The firm's most recently done ones among `items`, newest first. */
export function newestFirst<
  T extends { finishedAt?: string | null | undefined; updatedAt: string },
>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => doneAt(b).localeCompare(doneAt(a)));
}

/**
 * The short names of the profile facts (`short`), by id: the report names a fact by the shipped
 * profile's name when the profile embedded in an older assessment has none.
 */
export function factNamesOf(profile: {
  questions: readonly { id: string; short?: Bilingual | undefined }[];
}): Record<string, Bilingual> {
  return Object.fromEntries(profile.questions.flatMap((q) => (q.short ? [[q.id, q.short]] : [])));
}

/** The profile facts marked as making a firm exposed (shares in percent). */
export function exposureFactsOf(profile: {
  questions: readonly { id: string; exposure?: boolean | undefined }[];
}): string[] {
  return profile.questions.filter((q) => q.exposure === true).map((q) => q.id);
}
