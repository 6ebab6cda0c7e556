// Which workshop runs on this device and who is answering, in localStorage: the lock around every
// screen reads it synchronously, before anything has loaded. Tiny on purpose: the start page
// carries it.
import { STORAGE_KEYS } from '../storage/keys';

export interface WorkshopSession {
  workshop: string;
  /** The assessment of the participant answering now. */
  participant?: string;
  /** The participant asked for their results: they have finished; the workshop screen takes over. */
  handover?: boolean;
}

export function readSession(): WorkshopSession | null {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEYS.workshopSession) ?? 'null') as {
      workshop?: unknown;
      participant?: unknown;
      handover?: unknown;
    } | null;
    if (!value || typeof value.workshop !== 'string') return null;
    return {
      workshop: value.workshop,
      ...(typeof value.participant === 'string' ? { participant: value.participant } : {}),
      ...(value.handover === true ? { handover: true } : {}),
    };
  } catch {
    return null;
  }
}

export function writeSession(session: WorkshopSession | null) {
  try {
    if (session) localStorage.setItem(STORAGE_KEYS.workshopSession, JSON.stringify(session));
    else localStorage.removeItem(STORAGE_KEYS.workshopSession);
  } catch {
    // No localStorage: the workshop still runs, only the lock cannot hold across a reload.
  }
}
