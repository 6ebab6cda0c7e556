// The open assessment's saves: after the frame that shows a change, never lost when another
// assessment is opened meanwhile, and never stalled by a save that had nothing to do.
import { describe, expect, it } from 'vitest';
import { setStorage } from '../../src/state/app-store';
import { useAssessmentStore } from '../../src/state/assessment-store';
import type { Backend } from '../../src/storage/backend';
import { resetStores, saveExampleAssessment, savedAssessment } from '../support/render';

const store = () => useAssessmentStore.getState();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The app's storage, with reads of `slowId` and every write held back by `ms`. */
function slowed(backend: Backend, ms: number, slowId?: string): Backend {
  const slow: Backend = {
    ...backend,
    get: async (s, key) => {
      if (key === slowId) await pause(ms);
      return backend.get(s, key);
    },
    update: async (s, key, change) => {
      await pause(ms);
      return backend.update(s, key, change);
    },
  };
  setStorage(slow);
  return slow;
}

describe('assessment store saves', () => {
  it('saves an answer shortly after it is given, and not before the change is shown', async () => {
    const backend = resetStores();
    const a = await saveExampleAssessment(backend);
    await store().open(a.id);
    store().answer('a1', { kind: 'value', value: 3 });
    // Synchronously: on screen (the store), not yet in IndexedDB.
    expect(store().current?.answers.a1).toMatchObject({ value: 3 });
    expect((await savedAssessment(backend, a.id)).answers.a1).toBeUndefined();
    await expect
      .poll(async () => (await savedAssessment(backend, a.id)).answers.a1)
      .toMatchObject({ kind: 'value', value: 3 });
  });

  it('saves a change at once when another assessment is opened before its frame', async () => {
    const backend = resetStores();
    const first = await saveExampleAssessment(backend);
    const second = await saveExampleAssessment(backend);
    await store().open(first.id);
    store().answer('a1', { kind: 'value', value: 4 });
    await store().open(second.id);
    expect(store().current?.id).toBe(second.id);
    await expect
      .poll(async () => (await savedAssessment(backend, first.id)).answers.a1)
      .toMatchObject({ kind: 'value', value: 4 });
  });

  it('keeps saving after a save that found nothing open', async () => {
    const backend = resetStores();
    const a = await saveExampleAssessment(backend);
    await store().open(a.id);
    store().answer('a1', { kind: 'value', value: 2 });
    // The open copy is dropped before the queued save runs (as the workshop does after a turn).
    useAssessmentStore.setState({ current: null, status: 'idle' });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await store().open(a.id);
    store().answer('a2', { kind: 'value', value: 'full' });
    await expect
      .poll(async () => (await savedAssessment(backend, a.id)).answers.a2)
      .toMatchObject({ kind: 'value', value: 'full' });
  });

  it('shows the assessment opened last, even when an earlier one loads more slowly', async () => {
    const backend = resetStores();
    const first = await saveExampleAssessment(backend);
    const second = await saveExampleAssessment(backend);
    slowed(backend, 60, first.id);
    const a = store().open(first.id);
    const b = store().open(second.id);
    await Promise.all([a, b]);
    expect(store().current?.id).toBe(second.id);
    expect(store().status).toBe('ready');
  });

  it('saves the last answer when another assessment is opened while a save is running', async () => {
    const backend = resetStores();
    const first = await saveExampleAssessment(backend);
    const second = await saveExampleAssessment(backend);
    await store().open(first.id);
    slowed(backend, 80);
    store().answer('a1', { kind: 'value', value: 2 });
    await pause(40); // its save is under way now
    store().answer('a2', { kind: 'value', value: 'some' });
    await store().open(second.id);
    await expect
      .poll(async () => (await savedAssessment(backend, first.id)).answers.a2)
      .toMatchObject({ kind: 'value', value: 'some' });
  });

  it('close() saves what is pending, then takes the assessment out of memory', async () => {
    const backend = resetStores();
    const a = await saveExampleAssessment(backend);
    await store().open(a.id);
    slowed(backend, 40);
    store().answer('a1', { kind: 'value', value: 5 });
    await store().close();
    expect(store().current).toBeNull();
    expect(store().status).toBe('idle');
    // Saved by the time close() resolved, not later.
    expect((await savedAssessment(backend, a.id)).answers.a1).toMatchObject({ value: 5 });
  });
});
