import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareAssessments } from '../../../src/core/compare/compare';
import { cellText } from '../../../src/core/present/answer-words';
import type { AnswerEntry } from '../../../src/core/records/answers';
import { newAssessment, type Assessment } from '../../../src/core/records/assessment';
import type { CompareDetails as CompareDetailsType } from '../../../src/features/coach/CompareView';
import { makeTranslate } from '../../../src/report/translate';
import { exampleQuestionnaire, profileDefinition } from '../../support/helpers';
import { initTestI18n } from '../../support/render';

const AT = '2026-03-01T10:00:00.000Z';
const v = (value: unknown): AnswerEntry => ({ kind: 'value', value, at: AT }) as AnswerEntry;

// The screen registers its texts when it loads, as in the app: after i18n is up.
let CompareDetails: typeof CompareDetailsType;
beforeAll(async () => {
  await initTestI18n();
  await import('../../../src/i18n/coach-texts');
  CompareDetails = (await import('../../../src/features/coach/CompareView')).CompareDetails;
});

function respondent(id: string, role: Assessment['role'], answers: Record<string, AnswerEntry>) {
  const a = newAssessment({
    id,
    at: AT,
    owner: { firm: { id: 'f1', name: 'Muster GmbH' } },
    role,
    questionnaire: exampleQuestionnaire,
    profileDefinition,
  });
  return { ...a, answers } satisfies Assessment;
}

describe('CompareDetails', () => {
  it('writes each answer in the words the session report prints', () => {
    const comparison = compareAssessments([
      respondent('r1', 'management', { a1: v(5), a2: v('full'), b1: v(12) }),
      respondent('r2', 'works_council', { a1: v(2), a2: v('nobody'), b1: v(0.5) }),
      respondent('r3', 'production', { a1: { kind: 'dontKnow', at: AT } }),
    ]);
    render(<CompareDetails comparison={comparison} lang="de" />);
    const differences = within(screen.getByTestId('differences'));
    const a1 = comparison.differences.find((d) => d.question === 'a1');
    expect(a1, 'the maturity answers 5 and 2 differ').toBeDefined();
    expect(differences.getByText(/Stufe 5 – Zukunftsfähig/)).toBeInTheDocument();
    expect(differences.getByText(/Stufe 2 – Sensibilisiert/)).toBeInTheDocument();
    expect(differences.getAllByText(/Weiß nicht/).length).toBeGreaterThan(0);

    const report = makeTranslate('de');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    for (const d of comparison.differences)
      for (const cell of d.cells) {
        const text = cellText(cell, d.definition, 'de', report);
        expect(
          items.some((item) => item.includes(text)),
          `${d.question}: "${text}" as in the session report`,
        ).toBe(true);
      }
  });
});
