// What the workshop screens do to stored records: list, start, import and leave workshops, read
// the participants, end a participant's turn. The screens call these; storage stays here.
import type { Assessment } from '../core/records/assessment';
import {
  asImportedWorkshop,
  closeWorkshop,
  type RestoredWorkshop,
  type Workshop,
} from '../core/records/workshop';
import type { Validated } from '../core/definition/validate';
import { readWorkshopFile, type ReadOptions } from '../transfer/files';
import { slices } from '../transfer/slices';
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
import { newId, now } from './clock';
import { storeAll } from './store-import';
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

/** An imported workshop file: what was stored, with the participants that were refused. */
export interface WorkshopImport {
  workshop: Workshop;
  participants: number;
  rejected: RestoredWorkshop['rejected'];
}

/**
 * Reads a workshop file and stores it as a closed workshop of its own, all or nothing, and tells
 * the other tabs. Checked and stored in slices with progress; when `signal` aborts, `Cancelled`
 * is thrown and nothing is stored.
 */
export async function importWorkshopFile(
  file: File,
  options: ReadOptions = {},
): Promise<Validated<WorkshopImport>> {
  const read = await readWorkshopFile(file, options);
  if (!read.ok) return read;
  const { workshop, participants } = asImportedWorkshop(read.value, newId, now());
  const slicer = slices(options.signal);
  const stored = await storeAll((staged) =>
    storeImportedWorkshop(staged, workshop, participants, async (done) => {
      options.onProgress?.(done, participants.length, 'store');
      await slicer.turn();
    }),
  );
  if (!stored.ok) return { ok: false, problems: [stored.problem] };
  await useAppStore.getState().refresh();
  announce({ type: 'all', id: workshop.id });
  const value = { workshop, participants: participants.length, rejected: read.value.rejected };
  return { ok: true, value };
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
