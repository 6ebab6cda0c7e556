// Shared set-up for component tests: German texts, fresh stores, an example assessment saved to a
// memory backend, and the page under test rendered once it has loaded.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { AnswerEntry, Answers } from '../../src/core/records/answers';
import { newAssessment, type Assessment } from '../../src/core/records/assessment';
import {
  ProfileDefinitionSchema,
  QuestionnaireSchema,
} from '../../src/core/definition/questionnaire';
import { initI18n } from '../../src/i18n';
import { setStorage, useAppStore } from '../../src/state/app-store';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { loadAssessment, saveAssessment } from '../../src/storage/assessments';
import { memoryBackend, type Backend } from '../../src/storage/backend';
import { readJson } from './helpers';

/** When the stored assessment was made; earlier than anything the app writes while testing. */
export const CREATED_AT = '2026-01-05T09:00:00.000Z';

let i18nReady: Promise<unknown> | null = null;

/** i18next in German, initialised once per test file. */
export function initTestI18n() {
  i18nReady ??= initI18n('de');
  return i18nReady;
}

/** Both stores as after a fresh start, with an empty memory backend; returns that backend. */
export function resetStores(): Backend {
  const backend = memoryBackend();
  useAppStore.setState(
    {
      ...useAppStore.getInitialState(),
      status: 'ready',
      firms: {},
      summaries: {},
      unreadable: { assessments: [], firms: [] },
      saveProblem: null,
    },
    true,
  );
  setStorage(backend);
  useAssessmentStore.setState({ current: null, status: 'idle', problems: [] });
  return backend;
}

/** An answer given at the creation time. */
export function given(value: number | string | boolean | string[]): AnswerEntry {
  return { kind: 'value', value, at: CREATED_AT };
}

export interface AssessmentSetup {
  answers?: Answers;
  /** Profile answers (the example's b2 is shown for more than 250 employees). */
  profile?: Answers;
}

// Each test gets its own assessment id, so a save still running from an earlier test can never
// be mistaken for one of this test's assessment.
let counter = 0;

/** An assessment of `questionnaires/example.json`, saved to `backend`. */
export async function saveExampleAssessment(
  backend: Backend,
  setup: AssessmentSetup = {},
): Promise<Assessment> {
  counter += 1;
  const assessment = {
    ...newAssessment({
      id: `test-assessment-${counter}`,
      at: CREATED_AT,
      owner: { firm: { id: 'firm-1', name: 'Muster Zerspanung GmbH' } },
      role: 'management',
      profile: setup.profile ?? {},
      questionnaire: QuestionnaireSchema.parse(readJson('questionnaires/example.json')),
      profileDefinition: ProfileDefinitionSchema.parse(readJson('questionnaires/profile.json')),
    }),
    answers: setup.answers ?? {},
  };
  await saveAssessment(backend, assessment);
  return assessment;
}

/**
 * Initialises i18n, resets the stores, saves an example assessment and renders `page(id)`;
 * resolves once the page has loaded the assessment (its main heading shows).
 */
export async function renderWithAssessment(
  page: (id: string) => ReactElement,
  setup: AssessmentSetup = {},
) {
  await initTestI18n();
  const backend = resetStores();
  const assessment = await saveExampleAssessment(backend, setup);
  const user = userEvent.setup();
  const view = render(page(assessment.id));
  await screen.findByRole('heading', { level: 1 });
  return { ...view, user, backend, assessment };
}

/** The open assessment as the store holds it now. */
export function openAssessment(): Assessment {
  const current = useAssessmentStore.getState().current;
  if (!current) throw new Error('No assessment is open');
  return current;
}

/** The assessment as saved in `backend`, read back the way the app reads it. */
export async function savedAssessment(backend: Backend, id: string): Promise<Assessment> {
  const loaded = await loadAssessment(backend, id);
  if (!loaded.ok) throw new Error(`Cannot load ${id}: ${JSON.stringify(loaded.problems)}`);
  return loaded.value;
}
