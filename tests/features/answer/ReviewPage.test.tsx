import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ReviewPage from '../../../src/features/answer/ReviewPage';
import { given, renderWithAssessment, type AssessmentSetup } from '../../support/render';
import { CREATED_AT } from '../../support/render';

const TEXT = {
  a1: 'Gibt es eine schriftliche Strategie?',
  a2: 'Wer kennt die Strategie?',
  a3: 'Welche Partner beraten Sie?',
  a4: 'Was ist das wichtigste Ziel?',
  b1: 'Für wie viele Monate reicht Ihre Liquidität ohne Umsatz?',
  b2: 'Haben Sie eine Kreditlinie für Notfälle?',
  b3: 'Wie früh erkennen Sie Engpässe?',
};
const BUTTONS = ['Zurück zu den Fragen', 'Ergebnisse anzeigen'];

function renderReview(setup: AssessmentSetup) {
  return renderWithAssessment((id) => <ReviewPage id={id} />, setup);
}

/** The links to open questions (the page's two buttons left out), as [text, href]. */
const openLinks = () =>
  screen
    .getAllByRole('link')
    .filter((a) => !BUTTONS.includes(a.textContent ?? ''))
    .map((a) => [a.textContent, a.getAttribute('href')]);

describe('ReviewPage', () => {
  it('lists exactly the visible unanswered questions, linked to where they are asked', async () => {
    // a2 = nobody hides b3; b1 unanswered hides b2. a4 (a text question) is shown, but optional.
    const { assessment } = await renderReview({
      answers: { a1: given(3), a2: given('nobody') },
    });
    const id = assessment.id;
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Noch offene Fragen');
    expect(screen.getByText(/^2 Fragen sind noch offen\./)).toBeVisible();
    expect(openLinks()).toEqual([
      [TEXT.a3, `#/a/${id}/d/0?q=a3`],
      [TEXT.b1, `#/a/${id}/d/1?q=b1`],
    ]);
    expect(screen.getByRole('heading', { level: 2, name: 'Strategie' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Finanzen' })).toBeVisible();
    for (const hidden of [TEXT.b2, TEXT.b3])
      expect(screen.queryByText(hidden), `hidden: ${hidden}`).not.toBeInTheDocument();
    for (const answered of [TEXT.a1, TEXT.a2])
      expect(screen.queryByText(answered), `answered: ${answered}`).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ergebnisse anzeigen' })).toHaveAttribute(
      'href',
      `#/a/${id}/results`,
    );
  });

  it('lists questions that conditions show, and leaves out a dimension with nothing open', async () => {
    // b1 < 6 shows b2; a2 = some with a3 answered (not "none") shows b3.
    const { assessment } = await renderReview({
      answers: {
        a1: given(2),
        a2: given('some'),
        a3: given(['network']),
        b1: given(4),
      },
    });
    const id = assessment.id;
    expect(screen.getByText(/^2 Fragen sind noch offen\./)).toBeVisible();
    expect(openLinks()).toEqual([
      [TEXT.b2, `#/a/${id}/d/1?q=b2`],
      [TEXT.b3, `#/a/${id}/d/1?q=b3`],
    ]);
    expect(
      screen.queryByRole('heading', { level: 2, name: 'Strategie' }),
      'nothing open in A',
    ).not.toBeInTheDocument();
  });

  it('counts "don\'t know" and "not relevant" as answered', async () => {
    const { assessment } = await renderReview({
      answers: {
        a1: { kind: 'notRelevant', at: CREATED_AT },
        a2: { kind: 'dontKnow', at: CREATED_AT },
        a3: { kind: 'dontKnow', at: CREATED_AT },
      },
    });
    expect(screen.getByText(/^Eine Frage ist noch offen\./)).toBeVisible();
    expect(openLinks()).toEqual([[TEXT.b1, `#/a/${assessment.id}/d/1?q=b1`]]);
  });

  it('says so when every visible question is answered', async () => {
    // b1 ≥ 6 hides b2, a3 = none hides b3; a4 (hidden, text) is never required.
    await renderReview({
      answers: { a1: given(2), a2: given('full'), a3: given(['none']), b1: given(12) },
    });
    expect(screen.getByText('Sie haben alle Fragen beantwortet.')).toBeVisible();
    // The heading says the same as the text below it.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Alle Fragen beantwortet');
    expect(screen.queryByText(/noch offen\./)).not.toBeInTheDocument();
    expect(openLinks(), 'no question is listed').toEqual([]);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
