import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AnswerEntry } from '../../../src/core/records/answers';
import type { Assessment } from '../../../src/core/records/assessment';
import { compareAssessments } from '../../../src/core/compare/compare';
import { newParticipant, newWorkshop, type Workshop } from '../../../src/core/records/workshop';
import type FacilitatorPageType from '../../../src/features/workshop/FacilitatorPage';
import type WorkshopPageType from '../../../src/features/workshop/WorkshopPage';
import { readSession, writeSession } from '../../../src/state/workshop-session';
import { useAppStore } from '../../../src/state/app-store';
import { useAssessmentStore } from '../../../src/state/assessment-store';
import { saveAssessment } from '../../../src/storage/assessments';
import type { Backend } from '../../../src/storage/backend';
import { saveWorkshop } from '../../../src/storage/workshops';
import { scoreText } from '../../../src/core/present/format';
import { exampleQuestionnaire, profileDefinition } from '../../support/helpers';
import { initTestI18n, resetStores, savedAssessment } from '../../support/render';

const AT = '2026-03-01T10:00:00.000Z';
const v = (value: unknown): AnswerEntry => ({ kind: 'value', value, at: AT }) as AnswerEntry;

let backend: Backend;
// The screens add their texts when they load, as in the app: after i18n is up.
let FacilitatorPage: typeof FacilitatorPageType;
let WorkshopPage: typeof WorkshopPageType;

beforeAll(async () => {
  await initTestI18n();
  FacilitatorPage = (await import('../../../src/features/workshop/FacilitatorPage')).default;
  WorkshopPage = (await import('../../../src/features/workshop/WorkshopPage')).default;
});
let workshop: Workshop;

function participant(id: string, answers: Record<string, AnswerEntry>, finished = true) {
  return {
    ...newParticipant({
      id,
      workshop,
      role: 'production',
      profile: {},
      questionnaire: exampleQuestionnaire,
      profileDefinition,
      now: AT,
    }),
    answers,
    finished,
  } satisfies Assessment;
}

beforeEach(async () => {
  await initTestI18n();
  backend = resetStores();
  workshop = newWorkshop({
    id: 'ws-1',
    name: 'Werkstatt Glauchau',
    questionnaireId: 'example',
    pin: '9753',
    salt: 'salt-for-the-test',
    now: AT,
  });
  await saveWorkshop(backend, workshop);
  writeSession({ workshop: workshop.id });
});

afterEach(() => {
  localStorage.clear();
  window.location.hash = '';
});

describe('FacilitatorPage', () => {
  it('shows nothing of the group without the PIN, then core’s aggregate', async () => {
    const group = [
      participant('p1', { a1: v(5), a2: v('full'), b1: v(10) }),
      participant('p2', { a1: v(2), a2: v('some'), b1: v(3) }),
      participant('p3', { a1: v(4), a2: v('nobody') }),
      participant('p4', { a1: v(1) }, false),
    ];
    for (const a of group) await saveAssessment(backend, a);
    await useAppStore.getState().refresh();
    const user = userEvent.setup();
    render(<FacilitatorPage workshopId="ws-1" />);
    await screen.findByRole('heading', { level: 1, name: 'PIN der Moderation' });
    expect(screen.queryByTestId('workshop-aggregate')).toBeNull();

    await user.type(screen.getByLabelText('PIN'), '1234');
    await user.click(screen.getByRole('button', { name: 'Öffnen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Die PIN stimmt nicht.');
    expect(screen.queryByTestId('workshop-aggregate')).toBeNull();

    await user.type(screen.getByLabelText('PIN'), '9753');
    await user.click(screen.getByRole('button', { name: 'Öffnen' }));
    const table = await screen.findByTestId('workshop-aggregate');
    expect(screen.getByTestId('workshop-counts')).toHaveTextContent(
      'Abgeschlossen: 3 · in Bearbeitung (nicht gezählt): 1',
    );
    const expected = compareAssessments(group.slice(0, 3));
    for (const row of expected.dimensions) {
      const tr = table.querySelector(`tr[data-dimension="${row.id}"]`) as HTMLElement;
      for (const stat of ['mean', 'min', 'max'] as const)
        expect(
          within(tr).getByText((_, el) => el?.getAttribute('data-stat') === stat).textContent,
          `${row.id} ${stat}`,
        ).toBe(row[stat] === null ? '–' : scoreText(row[stat]));
    }
  });
});

describe('WorkshopPage', () => {
  it('starts an anonymous participant and locks onto their assessment', async () => {
    // A shipped questionnaire (the example is not in the catalogue).
    await saveWorkshop(backend, { ...workshop, questionnaireId: 'resilience' });
    const user = userEvent.setup();
    render(<WorkshopPage workshopId="ws-1" />);
    await user.click(await screen.findByRole('button', { name: 'Bewertung beginnen' }));
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte wählen Sie Ihre Funktion.');
    await user.click(screen.getByRole('radio', { name: 'Betriebsrat' }));
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    // Part of the profile given, then skipped: the assessment starts without it.
    await user.click(await screen.findByRole('radio', { name: 'Tier 2' }));
    await user.click(screen.getByRole('button', { name: 'Ohne Profil beginnen' }));
    await waitFor(() => expect(useAssessmentStore.getState().current).not.toBeNull());
    const a = useAssessmentStore.getState().current!;
    expect(a.firm, 'no firm').toBeUndefined();
    expect(a.workshop).toEqual({ id: 'ws-1' });
    expect(a.role).toBe('works_council');
    expect(a.questionnaire.id).toBe('resilience');
    expect(a.profile).toEqual({});
    expect(readSession()).toEqual({ workshop: 'ws-1', participant: a.id });
    expect(window.location.hash).toBe(`#/a/${a.id}/d/0`);
  });

  it('on handover, saves the participant as finished and clears their answers from memory', async () => {
    const a = participant('p9', { a1: v(3) }, false);
    await saveAssessment(backend, a);
    await useAppStore.getState().refresh();
    useAssessmentStore.getState().replace(a);
    writeSession({ workshop: 'ws-1', participant: 'p9', handover: true });
    render(<WorkshopPage workshopId="ws-1" />);
    await screen.findByRole('heading', { level: 1, name: 'Vielen Dank!' });
    expect((await savedAssessment(backend, 'p9')).finished, 'saved as finished').toBe(true);
    expect(useAssessmentStore.getState().current, 'nothing of them left open').toBeNull();
    expect(readSession(), 'the next person starts afresh').toEqual({ workshop: 'ws-1' });
    expect(screen.queryByText(/a1/)).toBeNull();
  });

  it('a session of a workshop that is gone frees the device', async () => {
    writeSession({ workshop: 'gone' });
    render(<WorkshopPage workshopId="gone" />);
    await screen.findByText('Diesen Workshop gibt es auf diesem Gerät nicht (mehr).');
    await waitFor(() => expect(readSession()).toBeNull());
  });
});
