import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import AnswerPage from '../../../src/features/answer/AnswerPage';
import type { Backend } from '../../../src/storage/backend';
import {
  CREATED_AT,
  given,
  openAssessment,
  renderWithAssessment,
  savedAssessment,
  type AssessmentSetup,
} from '../../support/render';

// Accessible names of the questions: their number and their German text.
const Q = {
  a1: '1.1 Gibt es eine schriftliche Strategie?',
  a2: '1.2 Wer kennt die Strategie?',
  a3: '1.3 Welche Partner beraten Sie?',
  a4: '1.4 Was ist das wichtigste Ziel?',
  b1: '2.1 Für wie viele Monate reicht Ihre Liquidität ohne Umsatz?',
  b2: '2.2 Haben Sie eine Kreditlinie für Notfälle?',
  b3: '2.3 Wie früh erkennen Sie Engpässe?',
};
const LEVEL_NAMES = ['Unvorbereitet', 'Sensibilisiert', 'Im Aufbau', 'Etabliert', 'Zukunftsfähig'];
const A1_LEVELS = [
  'Keine; Entscheidungen fallen von Auftrag zu Auftrag.',
  'Ideen der Geschäftsführung, nicht aufgeschrieben.',
  'Schriftlich, mit Zielen; für einzelne Bereiche.',
  'Für das ganze Unternehmen, mit Budget; jährlich überprüft.',
  'Laufend angepasst anhand von Szenarien und Frühwarnzeichen.',
];
const B3_LEVELS = [
  'Erst, wenn das Konto leer ist.',
  'Die Buchhaltung warnt gelegentlich.',
  'Monatliche Liquiditätsvorschau für drei Monate.',
  'Rollierende Zwölf-Monats-Planung mit Szenarien.',
  'Frühwarnkennzahlen lösen festgelegte Maßnahmen aus.',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function renderAnswerPage(dimension = 0, setup: AssessmentSetup = {}) {
  const rendered = await renderWithAssessment(
    (id) => <AnswerPage id={id} dimension={dimension} />,
    setup,
  );
  // A freshly opened dimension draws its first questions first: let the rest follow.
  await act(async () => {});
  return rendered;
}

const group = (name: string) => screen.getByRole('radiogroup', { name });
/** The radio of level n (1-5) in a maturity question's group. */
const levelRadio = (radiogroup: HTMLElement, n: number) =>
  within(radiogroup).getByRole('radio', {
    name: new RegExp(`^${n} ${escape(LEVEL_NAMES[n - 1]!)}`),
  });
/** The progress line of the dimension shown ("1/3 beantwortet"). */
const dimensionProgress = (title: string) =>
  within(screen.getByRole('region', { name: title })).getByText(/^\d+\/\d+ beantwortet$/)
    .textContent;
const overallProgress = () =>
  within(screen.getByRole('navigation', { name: 'Themenfelder' })).getByText(/Fragen beantwortet$/)
    .textContent;

/** Waits until `backend` holds the assessment and `check` passes on it. */
async function expectSaved(
  backend: Backend,
  id: string,
  check: (saved: Awaited<ReturnType<typeof savedAssessment>>) => void,
) {
  await vi.waitFor(async () => check(await savedAssessment(backend, id)));
}

describe('AnswerPage', () => {
  it('shows the title, description and position of the dimension', async () => {
    await renderAnswerPage();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Strategie');
    expect(screen.getByText('Wie das Unternehmen seine Zukunft plant.')).toBeVisible();
    expect(screen.getByText('Themenfeld 1 von 2')).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Themenfelder' });
    expect(within(nav).getByRole('link', { name: /^Strategie/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: /^Finanzen/ })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('shows a maturity question as a radio group named by its text, with five described levels and both skips', async () => {
    await renderAnswerPage();
    const a1 = group(Q.a1);
    const radios = within(a1).getAllByRole('radio');
    expect(
      radios.map((r) => r.getAttribute('value')),
      'a1: five levels, then "don\'t know" and "not relevant"',
    ).toEqual(['1', '2', '3', '4', '5', 'dontKnow', 'notRelevant']);
    A1_LEVELS.forEach((description, i) => {
      expect(within(a1).getByText(description)).toBeVisible();
      expect(
        levelRadio(a1, i + 1),
        `level ${i + 1} is named by its description`,
      ).toHaveAccessibleName(new RegExp(escape(description)));
    });
    expect(within(a1).getByRole('radio', { name: 'Weiß nicht' })).toBeVisible();
    expect(within(a1).getByRole('radio', { name: 'Nicht relevant' })).toBeVisible();
    for (const radio of radios) expect(radio, 'nothing is chosen yet').not.toBeChecked();
    expect(
      screen.getByText('Gemeint ist ein Dokument mit Zielen, Budget und Kennzahlen.'),
    ).toBeVisible();
  });

  it('offers only "Weiß nicht" where the question allows just that (b3)', async () => {
    await renderAnswerPage(1, { answers: { a2: given('some'), a3: given(['network']) } });
    const b3 = group(Q.b3);
    B3_LEVELS.forEach((description) => expect(within(b3).getByText(description)).toBeVisible());
    expect(within(b3).getAllByRole('radio')).toHaveLength(6);
    expect(within(b3).getByRole('radio', { name: 'Weiß nicht' })).toBeVisible();
    expect(within(b3).queryByRole('radio', { name: 'Nicht relevant' })).not.toBeInTheDocument();
  });

  it('chooses a level, counts it in the progress and saves it', async () => {
    const { user, backend, assessment } = await renderAnswerPage();
    expect(dimensionProgress('Strategie')).toBe('0/3 beantwortet');
    // A: a1, a2, a3 (a4 is text and hidden); B: b1 (b2 and b3 hidden).
    expect(overallProgress()).toBe('0 von 4 Fragen beantwortet');

    await user.click(levelRadio(group(Q.a1), 2));

    expect(levelRadio(group(Q.a1), 2)).toBeChecked();
    expect(dimensionProgress('Strategie')).toBe('1/3 beantwortet');
    expect(overallProgress()).toBe('1 von 4 Fragen beantwortet');
    const nav = screen.getByRole('navigation', { name: 'Themenfelder' });
    expect(within(nav).getByRole('link', { name: /^Strategie/ })).toHaveTextContent(
      '1/3 beantwortet',
    );
    expect(openAssessment().answers.a1).toMatchObject({ kind: 'value', value: 2 });
    await expectSaved(backend, assessment.id, (saved) => {
      expect(saved.answers.a1).toMatchObject({ kind: 'value', value: 2 });
      expect(
        Date.parse(saved.answers.a1!.at),
        'the answer carries the time it was given',
      ).toBeGreaterThan(Date.parse(CREATED_AT));
    });
  });

  it('shows a4 only while a1 is 3 or more, and keeps its answer while it is hidden', async () => {
    const { user, backend, assessment } = await renderAnswerPage();
    expect(screen.queryByRole('textbox', { name: Q.a4 }), 'a1 unanswered').not.toBeInTheDocument();

    await user.click(levelRadio(group(Q.a1), 2));
    expect(screen.queryByRole('textbox', { name: Q.a4 }), 'a1 = 2').not.toBeInTheDocument();

    await user.click(levelRadio(group(Q.a1), 3));
    const a4 = screen.getByRole('textbox', { name: Q.a4 });
    await user.type(a4, 'Neue Kunden');
    expect(openAssessment().answers.a4).toMatchObject({ kind: 'value', value: 'Neue Kunden' });
    expect(dimensionProgress('Strategie'), 'a text question is not counted').toBe(
      '1/3 beantwortet',
    );

    await user.click(levelRadio(group(Q.a1), 2));
    expect(screen.queryByRole('textbox', { name: Q.a4 }), 'a1 back to 2').not.toBeInTheDocument();
    expect(openAssessment().answers.a4, 'the hidden answer is kept').toMatchObject({
      kind: 'value',
      value: 'Neue Kunden',
    });
    await expectSaved(backend, assessment.id, (saved) => {
      expect(saved.answers.a1).toMatchObject({ kind: 'value', value: 2 });
      expect(saved.answers.a4).toMatchObject({ kind: 'value', value: 'Neue Kunden' });
    });

    await user.click(levelRadio(group(Q.a1), 5));
    expect(screen.getByRole('textbox', { name: Q.a4 }), 'shown again, as typed').toHaveValue(
      'Neue Kunden',
    );
  });

  it('stores "Weiß nicht" and "Nicht relevant" as such and counts them as answered', async () => {
    const { user, backend, assessment } = await renderAnswerPage();

    await user.click(within(group(Q.a1)).getByRole('radio', { name: 'Weiß nicht' }));
    expect(within(group(Q.a1)).getByRole('radio', { name: 'Weiß nicht' })).toBeChecked();
    expect(openAssessment().answers.a1).toMatchObject({ kind: 'dontKnow' });
    expect(openAssessment().answers.a1).not.toHaveProperty('value');
    expect(dimensionProgress('Strategie')).toBe('1/3 beantwortet');
    await expectSaved(backend, assessment.id, (saved) =>
      expect(saved.answers.a1).toMatchObject({ kind: 'dontKnow' }),
    );

    await user.click(within(group(Q.a1)).getByRole('radio', { name: 'Nicht relevant' }));
    expect(within(group(Q.a1)).getByRole('radio', { name: 'Nicht relevant' })).toBeChecked();
    expect(within(group(Q.a1)).getByRole('radio', { name: 'Weiß nicht' })).not.toBeChecked();
    expect(openAssessment().answers.a1).toMatchObject({ kind: 'notRelevant' });
    expect(dimensionProgress('Strategie')).toBe('1/3 beantwortet');
    expect(overallProgress()).toBe('1 von 4 Fragen beantwortet');
    await expectSaved(backend, assessment.id, (saved) =>
      expect(saved.answers.a1).toMatchObject({ kind: 'notRelevant' }),
    );
  });

  it('lets "Keiner davon" clear the other options of a multiple choice, and be cleared by them', async () => {
    const { user, backend, assessment } = await renderAnswerPage();
    const a3 = screen.getByRole('group', { name: Q.a3 });
    const box = (name: string) => within(a3).getByRole('checkbox', { name });

    await user.click(box('Ein Netzwerk'));
    await user.click(box('Eine Hochschule'));
    expect(openAssessment().answers.a3).toMatchObject({ value: ['network', 'university'] });
    expect(dimensionProgress('Strategie')).toBe('1/3 beantwortet');

    await user.click(box('Keiner davon'));
    expect(box('Keiner davon')).toBeChecked();
    expect(box('Ein Netzwerk'), '"none of these" clears the others').not.toBeChecked();
    expect(box('Eine Hochschule')).not.toBeChecked();
    expect(openAssessment().answers.a3).toMatchObject({ kind: 'value', value: ['none'] });
    await expectSaved(backend, assessment.id, (saved) =>
      expect(saved.answers.a3).toMatchObject({ kind: 'value', value: ['none'] }),
    );

    await user.click(box('Die Kammer'));
    expect(box('Keiner davon'), 'another option clears "none of these"').not.toBeChecked();
    expect(openAssessment().answers.a3).toMatchObject({ kind: 'value', value: ['chamber'] });
  });

  it('takes a number within the range, shows the range, and shows b2 for less than 6 months', async () => {
    const { user, backend, assessment } = await renderAnswerPage(1);
    const b1 = screen.getByRole('textbox', { name: Q.b1 });
    expect(b1).toHaveAccessibleDescription('Zulässig: 0 bis 24');
    expect(screen.getByText('Monate')).toBeVisible();
    expect(
      screen.queryByRole('radiogroup', { name: Q.b2 }),
      'b1 unanswered',
    ).not.toBeInTheDocument();
    expect(dimensionProgress('Finanzen')).toBe('0/1 beantwortet');

    await user.type(b1, '4');

    expect(b1).toHaveValue('4');
    expect(b1).not.toBeInvalid();
    expect(openAssessment().answers.b1).toEqual(
      expect.objectContaining({ kind: 'value', value: 4 }),
    );
    expect(
      typeof (openAssessment().answers.b1 as { value: unknown }).value,
      'stored as a number',
    ).toBe('number');
    expect(screen.getByRole('radiogroup', { name: Q.b2 }), 'b1 < 6').toBeVisible();
    expect(dimensionProgress('Finanzen')).toBe('1/2 beantwortet');
    await expectSaved(backend, assessment.id, (saved) =>
      expect(saved.answers.b1).toMatchObject({ kind: 'value', value: 4 }),
    );
  });

  it('saves no number the field does not show: typing 30 where 24 is the most', async () => {
    const { user, backend, assessment } = await renderAnswerPage(1);
    const b1 = screen.getByRole('textbox', { name: Q.b1 });

    await user.type(b1, '30');

    expect(b1).toHaveValue('30');
    expect(b1, 'out of range').toBeInvalid();
    // Typing "30" passes through "3", which is within range; that 3 must not become the answer.
    const entry = openAssessment().answers.b1;
    expect(
      entry?.kind === 'value' ? entry.value : undefined,
      'the field shows the invalid 30, so no number may be stored for b1',
    ).toBeUndefined();
    expect(dimensionProgress('Finanzen'), 'b1 has no valid answer').toBe('0/1 beantwortet');
    expect(
      screen.queryByRole('radiogroup', { name: Q.b2 }),
      'b2 asks about a credit line only for less than 6 months',
    ).not.toBeInTheDocument();
    await expectSaved(backend, assessment.id, (saved) =>
      expect(saved.answers.b1?.kind ?? 'none', 'nothing of "30" is saved').not.toBe('value'),
    );
  });

  it('shows b2 for a firm of more than 250 employees', async () => {
    await renderAnswerPage(1, { profile: { employees: given(300) } });
    const b2 = screen.getByRole('radiogroup', { name: Q.b2 });
    expect(
      within(b2)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
      '"don\'t know" is offered by default, "not relevant" is not',
    ).toEqual(['yes', 'no', 'dontKnow']);
    expect(within(b2).getByRole('radio', { name: 'Ja' })).toBeVisible();
    expect(within(b2).getByRole('radio', { name: 'Nein' })).toBeVisible();
    expect(dimensionProgress('Finanzen'), 'b1 and b2').toBe('0/2 beantwortet');
  });

  it('offers "Weiß nicht" on a number question as a toggle button', async () => {
    const { user, backend, assessment } = await renderAnswerPage(1);
    const b1 = screen.getByRole('textbox', { name: Q.b1 });
    await user.type(b1, '4');
    const dontKnow = screen.getByRole('button', { name: 'Weiß nicht' });
    expect(dontKnow).toHaveAttribute('aria-pressed', 'false');

    await user.click(dontKnow);

    expect(screen.getByRole('button', { name: 'Weiß nicht' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(b1, 'the number gives way to "don\'t know"').toHaveValue('');
    expect(openAssessment().answers.b1).toMatchObject({ kind: 'dontKnow' });
    expect(dimensionProgress('Finanzen'), 'b2 is hidden again without a number').toBe(
      '1/1 beantwortet',
    );
    await expectSaved(backend, assessment.id, (saved) =>
      expect(saved.answers.b1).toMatchObject({ kind: 'dontKnow' }),
    );

    await user.click(screen.getByRole('button', { name: 'Weiß nicht' }));
    expect(screen.getByRole('button', { name: 'Weiß nicht' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(openAssessment().answers.b1, 'taken back').toMatchObject({ kind: 'cleared' });
    expect(dimensionProgress('Finanzen')).toBe('0/1 beantwortet');
  });

  it('opens a note on request and saves what is typed', async () => {
    const { user, backend, assessment } = await renderAnswerPage();
    expect(
      screen.queryByRole('textbox', { name: 'Ihre Notiz zu dieser Frage' }),
    ).not.toBeInTheDocument();
    const buttons = screen.getAllByRole('button', { name: 'Notiz hinzufügen' });
    expect(buttons, 'one per question shown: a1, a2, a3').toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Notiz hinzufügen', description: Q.a1 }));
    const note = screen.getByRole('textbox', { name: 'Ihre Notiz zu dieser Frage' });
    await user.type(note, 'Mit dem Betriebsrat besprechen');

    expect(note).toHaveValue('Mit dem Betriebsrat besprechen');
    expect(openAssessment().notes.a1?.text).toBe('Mit dem Betriebsrat besprechen');
    expect(openAssessment().answers.a1, 'a note is not an answer').toBeUndefined();
    expect(screen.getAllByRole('button', { name: 'Notiz hinzufügen' })).toHaveLength(2);
    await expectSaved(backend, assessment.id, (saved) =>
      expect(saved.notes.a1?.text).toBe('Mit dem Betriebsrat besprechen'),
    );
  });

  it('moves the focus into the note it opens', async () => {
    const { user } = await renderAnswerPage();
    const button = screen.getByRole('button', { name: 'Notiz hinzufügen', description: Q.a1 });
    act(() => button.focus());

    await user.keyboard('{Enter}');

    // The button is gone; a keyboard or screen-reader user must land in the note, not on <body>.
    expect(
      screen.getByRole('textbox', { name: 'Ihre Notiz zu dieser Frage' }),
      'focus goes to the note that was opened',
    ).toHaveFocus();
  });

  it('chooses a level with the number keys and moves the focus to it', async () => {
    const { user, backend, assessment } = await renderAnswerPage();
    const a1 = group(Q.a1);
    act(() => levelRadio(a1, 1).focus());

    await user.keyboard('4');

    expect(levelRadio(group(Q.a1), 4)).toBeChecked();
    expect(levelRadio(group(Q.a1), 4)).toHaveFocus();
    expect(openAssessment().answers.a1).toMatchObject({ kind: 'value', value: 4 });
    expect(dimensionProgress('Strategie')).toBe('1/3 beantwortet');

    await user.keyboard('6');
    expect(openAssessment().answers.a1, 'only 1-5 are levels').toMatchObject({ value: 4 });
    await expectSaved(backend, assessment.id, (saved) =>
      expect(saved.answers.a1).toMatchObject({ kind: 'value', value: 4 }),
    );
  });

  it('takes the number keys after a click on a level where the click does not focus it', async () => {
    const { user } = await renderAnswerPage();
    // Safari does not focus a clicked radio; fireEvent clicks without moving the focus either.
    act(() => (document.activeElement as HTMLElement | null)?.blur());
    fireEvent.click(levelRadio(group(Q.a1), 3));
    expect(levelRadio(group(Q.a1), 3)).toHaveFocus();

    await user.keyboard('5');
    expect(levelRadio(group(Q.a1), 5)).toBeChecked();
    expect(openAssessment().answers.a1).toMatchObject({ kind: 'value', value: 5 });
  });

  it('leaves the answer alone when a number is typed into a note', async () => {
    const { user, backend, assessment } = await renderAnswerPage();
    await user.click(levelRadio(group(Q.a1), 2));
    await user.click(screen.getByRole('button', { name: 'Notiz hinzufügen', description: Q.a1 }));
    const note = screen.getByRole('textbox', { name: 'Ihre Notiz zu dieser Frage' });

    await user.type(note, 'In 4 Jahren');

    expect(note).toHaveValue('In 4 Jahren');
    expect(levelRadio(group(Q.a1), 2)).toBeChecked();
    expect(levelRadio(group(Q.a1), 4)).not.toBeChecked();
    expect(openAssessment().answers.a1, 'still level 2').toMatchObject({ value: 2 });
    await expectSaved(backend, assessment.id, (saved) => {
      expect(saved.answers.a1).toMatchObject({ value: 2 });
      expect(saved.notes.a1?.text).toBe('In 4 Jahren');
    });
  });

  it('shows dimension B for dimension={1}', async () => {
    await renderAnswerPage(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Finanzen');
    expect(screen.getByText('Wie lange das Unternehmen eine Krise trägt.')).toBeVisible();
    expect(screen.getByText('Themenfeld 2 von 2')).toBeVisible();
    expect(screen.getByRole('textbox', { name: Q.b1 })).toBeVisible();
    expect(
      screen.queryByRole('radiogroup', { name: Q.a1 }),
      'no question of A',
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('radiogroup', { name: Q.b3 }),
      'b3 needs a2 and a3 answered',
    ).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Themenfelder' });
    expect(within(nav).getByRole('link', { name: /^Finanzen/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});
