import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftKey, newDraftRecord } from '../../../src/core/records/draft';
import { MAX_SINGLE_FILE_BYTES } from '../../../src/core/common/safety';
import type PreviewPageType from '../../../src/features/preview/PreviewPage';
import { useAppStore } from '../../../src/state/app-store';
import { useAssessmentStore } from '../../../src/state/assessment-store';
import type { Backend } from '../../../src/storage/backend';
import { loadDraft, saveDraft } from '../../../src/storage/drafts';
import { STORAGE_KEYS } from '../../../src/storage/keys';
import { ROOT } from '../../support/helpers';
import { initTestI18n, resetStores } from '../../support/render';

const BROKEN = readFileSync(join(ROOT, 'tests/fixtures/preview/broken.json'), 'utf8');
const VALID = readFileSync(join(ROOT, 'tests/fixtures/preview/valid-shipped-id.json'), 'utf8');
const OPENED = '2026-11-24T14:30:00.000Z';
const VALID_TITLE = 'Resilienz-Check – Entwurf der neuen Fassung';

let backend: Backend;
// The page registers its texts when it loads, as in the app, where i18n is ready by then.
let PreviewPage: typeof PreviewPageType;

beforeAll(async () => {
  await initTestI18n();
  PreviewPage = (await import('../../../src/features/preview/PreviewPage')).default;
});

beforeEach(async () => {
  await initTestI18n();
  backend = resetStores();
  window.location.hash = '#/preview';
});

const fileInput = () => document.querySelector<HTMLInputElement>('input[type=file]')!;

async function stored(text: string, fileName = 'entwurf.json') {
  const record = newDraftRecord(text, fileName, OPENED);
  await saveDraft(backend, record);
  return record.key;
}

describe('the preview page', () => {
  it('opens a file from disk, keeps it as a draft and goes to it', async () => {
    const user = userEvent.setup();
    render(<PreviewPage />);
    await screen.findByText(/Noch keine Entwürfe/);
    await user.upload(fileInput(), new File([BROKEN], 'kaputt.json', { type: 'application/json' }));
    const key = draftKey(BROKEN);
    await waitFor(() => expect(window.location.hash).toBe(`#/preview/${key}`));
    const kept = await loadDraft(backend, key);
    expect(kept?.fileName).toBe('kaputt.json');
    expect(kept?.text, 'the file is kept as it was').toBe(BROKEN);
  });

  it('refuses an oversized file before reading it', async () => {
    const user = userEvent.setup();
    render(<PreviewPage />);
    await screen.findByText(/Noch keine Entwürfe/);
    const file = new File(['{}'], 'riesig.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: MAX_SINGLE_FILE_BYTES + 1 });
    const read = vi.spyOn(file, 'text');
    await user.upload(fileInput(), file);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Datei „riesig.json“ wurde nicht geöffnet');
    await waitFor(() => expect(alert).toHaveTextContent(/Die Datei ist zu groß/));
    expect(read, 'the file is never read').not.toHaveBeenCalled();
    expect(await backend.getAllKeys(STORAGE_KEYS.stores.drafts)).toEqual([]);
  });

  it('lists the drafts with name, id, version, time and the outcome of the check', async () => {
    await stored(BROKEN, 'kaputt.json');
    await stored(VALID, 'neu.json');
    render(<PreviewPage />);
    const rows = await screen.findAllByRole('row');
    const text = rows.map((r) => r.textContent);
    expect(text.find((t) => t?.includes(VALID_TITLE))).toMatch(
      /resilience2\.0\.0-draft\.1.*Gültig/,
    );
    expect(text.find((t) => t?.includes('resilience-next'))).toMatch(/2\.0.*4 Probleme/);
    expect(screen.getAllByText('Entwurf')).toHaveLength(2);
  });

  it('shows the problems of a broken draft with their paths', async () => {
    const key = await stored(BROKEN);
    render(<PreviewPage draft={key} />);
    await screen.findByRole('heading', { name: 'Probleme: 4 Probleme' });
    const items = within(document.querySelector('.preview-problems')!).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toContain('$.title.en: Der Text ist leer.');
    expect(screen.queryByRole('button', { name: 'Probedurchlauf beginnen' })).toBeNull();
  });

  it('keeps a draft with a shipped id apart, says so, and starts a trial run of it', async () => {
    const key = await stored(VALID);
    const user = userEvent.setup();
    render(<PreviewPage draft={key} />);
    await screen.findByRole('heading', { level: 1, name: VALID_TITLE });
    expect(screen.getByTestId('shipped-notice')).toHaveTextContent(
      'Die Anwendung liefert einen Fragebogen mit derselben Kennung „resilience“ aus: „Resilienz-Check“.',
    );
    await user.click(screen.getByRole('button', { name: 'Probedurchlauf beginnen' }));
    const trial = useAssessmentStore.getState().current!;
    expect(trial.draft, 'the trial belongs to the draft').toEqual({ id: key });
    expect(trial.firm).toBeUndefined();
    expect(trial.questionnaire.title.de).toBe(VALID_TITLE);
    expect(window.location.hash).toBe(`#/a/${trial.id}/d/0`);
  });

  it('deletes a draft together with its trial runs, after asking', async () => {
    const key = await stored(VALID);
    const user = userEvent.setup();
    render(<PreviewPage draft={key} />);
    await user.click(await screen.findByRole('button', { name: 'Probedurchlauf beginnen' }));
    const trialId = useAssessmentStore.getState().current!.id;
    await waitFor(() => expect(useAppStore.getState().summaries[trialId]).toBeDefined());
    await user.click(screen.getByRole('button', { name: `Löschen: ${VALID_TITLE}` }));
    const dialog = screen.getByRole('dialog', { name: 'Entwurf löschen?' });
    expect(dialog).toHaveTextContent('seine Probedurchläufe (1)');
    await user.click(within(dialog).getByRole('button', { name: 'Löschen' }));
    await waitFor(() => expect(window.location.hash).toBe('#/preview'));
    expect(await loadDraft(backend, key)).toBeNull();
    expect(await backend.get(STORAGE_KEYS.stores.assessments, trialId)).toBeUndefined();
  });

  it('says when a draft is not on this device', async () => {
    render(<PreviewPage draft="0123456789abcdef0123456789abcdef" />);
    await screen.findByRole('heading', { name: 'Diesen Entwurf gibt es auf diesem Gerät nicht.' });
  });
});
