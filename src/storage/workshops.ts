// Workshops, one record each. Every record read passes core's `restoreWorkshop`; the
// participants are ordinary assessments (marked with the workshop's id) in the assessments store.
import type { Assessment } from '../core/records/assessment';
import type { Problem } from '../core/common/problems';
import { restoreWorkshop, type Workshop } from '../core/records/workshop';
import { loadAssessments, saveAssessment } from './assessments';
import type { Backend } from './backend';
import { STORAGE_KEYS } from './keys';
import { deleteAssessment } from './records';
import { listStore, readWith } from './listing';

const store = STORAGE_KEYS.stores.workshops;
const readWorkshop = readWith(restoreWorkshop, (workshop) => workshop.id);

export interface WorkshopListing {
  workshops: Workshop[];
  /** Keys of records that cannot be read: kept, not dropped. */
  unreadable: string[];
}

/** Every workshop on this device, the newest first. */
export async function listWorkshops(backend: Backend): Promise<WorkshopListing> {
  const { items: workshops, unreadable } = await listStore(backend, store, readWorkshop);
  workshops.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { workshops, unreadable };
}

export async function loadWorkshop(backend: Backend, id: string): Promise<Workshop | null> {
  return readWorkshop(await backend.get(store, id), id);
}

export function saveWorkshop(backend: Backend, workshop: Workshop): Promise<void> {
  return backend.put(store, workshop.id, workshop);
}

/** The participants' assessments; those that cannot be read are reported, not dropped. */
export async function loadParticipants(
  backend: Backend,
  ids: readonly string[],
): Promise<{ participants: Assessment[]; problems: { id: string; problems: Problem[] }[] }> {
  const participants: Assessment[] = [];
  const problems: { id: string; problems: Problem[] }[] = [];
  for (const [id, r] of await loadAssessments(backend, [...ids])) {
    if (r.ok) participants.push(r.value);
    else problems.push({ id, problems: r.problems });
  }
  return { participants, problems };
}

/** Stores an imported workshop and its participants (already given ids of their own). */
export async function storeImportedWorkshop(
  backend: Backend,
  workshop: Workshop,
  participants: readonly Assessment[],
  /** Called after each participant: how many are stored (a caller gives the page a turn). */
  onStored?: (done: number) => Promise<void>,
): Promise<void> {
  for (const [i, a] of participants.entries()) {
    await saveAssessment(backend, a);
    await onStored?.(i + 1);
  }
  await saveWorkshop(backend, workshop);
}

/** Deletes the workshop record and every participant's assessment. */
export async function deleteWorkshop(
  backend: Backend,
  workshopId: string,
  participants: readonly string[],
): Promise<void> {
  for (const id of participants) await deleteAssessment(backend, id);
  await backend.delete(store, workshopId);
}
