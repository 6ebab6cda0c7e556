// What the workshop screens do to stored records: list, start, import and leave workshops, read
// the participants, end a participant's turn. The screens call these; storage stays here.
import type { Assessment } from '../core/records/assessment';
import { closeWorkshop, type Workshop } from '../core/records/workshop';
import {
  deleteWorkshop,
  listWorkshops,
  loadParticipants,
  loadWorkshop,
  saveWorkshop,
  storeImportedWorkshop,
  type WorkshopListing,
} from '../storage/workshops';
import { loadAssessment } from '../storage/assessments';
import { announce, openStorage, useAppStore } from './app-store';
import { useAssessmentStore } from './assessment-store';
import { now } from './clock';
import { storeAll, type Stored } from './store-import';
import { writeSession } from './workshop-session';

/** A failed save: the storage keeps the record pending in memory and says so (storage/pending.ts). */
const keptPending = () => undefined;

export async function readWorkshops(): Promise<WorkshopListing> {
  return listWorkshops(await openStorage());
}

export async function readWorkshop(id: string): Promise<Workshop | null> {
  return loadWorkshop(await openStorage(), id);
}

/** The participants' assessments; those that cannot be read are counted, not dropped. */
export async function readParticipants(ids: readonly string[]) {
  return loadParticipants(await openStorage(), ids);
}

/** Saves a new workshop and makes it the one this device runs. */
export async function startWorkshop(workshop: Workshop): Promise<void> {
  await saveWorkshop(await openStorage(), workshop).catch(keptPending);
  writeSession({ workshop: workshop.id });
}

/** Stores an imported workshop with its participants, all or nothing, and tells the other tabs. */
export async function importWorkshop(
  workshop: Workshop,
  participants: readonly Assessment[],
): Promise<Stored<void>> {
  const stored = await storeAll((staged) => storeImportedWorkshop(staged, workshop, participants));
  if (!stored.ok) return stored;
  await useAppStore.getState().refresh();
  announce({ type: 'all', id: workshop.id });
  return stored;
}

/**
 * Ends the workshop on this device: whoever answered last is saved and taken out of memory, then
 * the workshop is kept (closed) or deleted with every participant's answers.
 */
export async function leaveWorkshop(
  workshop: Workshop,
  participantIds: readonly string[],
  keep: boolean,
): Promise<void> {
  const backend = await openStorage();
  await useAssessmentStore.getState().close();
  if (keep) await saveWorkshop(backend, closeWorkshop(workshop, now())).catch(keptPending);
  else await deleteWorkshop(backend, workshop.id, participantIds);
  await useAppStore.getState().refresh();
  announce({ type: 'all', id: workshop.id });
  writeSession(null);
}

/**
 * Marks the participant finished, waits until that is saved, and takes their answers out of
 * memory, so nothing of them is left for the next person to see.
 */
export async function finishTurn(workshopId: string, participant: string): Promise<void> {
  const store = useAssessmentStore.getState();
  let a: Assessment | null = store.current?.id === participant ? store.current : null;
  if (!a) {
    const loaded = await loadAssessment(await openStorage(), participant);
    if (loaded.ok) a = loaded.value;
  }
  if (a && !a.finished) {
    const at = now();
    store.replace({ ...a, finished: true, finishedAt: at, updatedAt: at });
  }
  await store.close();
  writeSession({ workshop: workshopId });
}
