// The workshop of a screen and its participants' listing, as the app's stores hold them.
import { useEffect, useMemo, useState } from 'react';
import type { AssessmentSummary } from '../core/scoring/summary';
import type { Workshop } from '../core/records/workshop';
import { useAppStore } from './app-store';
import { readParticipants, readWorkshop } from './workshops';

export type WorkshopState =
  { status: 'loading' } | { status: 'missing' } | { status: 'ready'; workshop: Workshop };

export function useWorkshop(id: string) {
  const init = useAppStore((s) => s.init);
  const [state, setState] = useState<WorkshopState>({ status: 'loading' });
  useEffect(() => {
    void init();
  }, [init]);
  useEffect(() => {
    let live = true;
    void readWorkshop(id).then((workshop) => {
      if (live) setState(workshop ? { status: 'ready', workshop } : { status: 'missing' });
    });
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}

/**
 * The participants' assessments, read again whenever one of them is saved (here or in another
 * tab): the listing of summaries changes then. The reading starts with the workshop's own.
 */
export function useParticipants(workshopId: string) {
  const summaries = useParticipantSummaries(workshopId);
  const [read, setRead] = useState<Awaited<ReturnType<typeof readParticipants>> | null>(null);
  useEffect(() => {
    let live = true;
    void readParticipants(summaries.map((s) => s.id)).then((r) => {
      if (live) setRead(r);
    });
    return () => {
      live = false;
    };
  }, [summaries]);
  return read;
}

/** The summaries of the workshop's participants, stable while nothing of them changes. */
export function useParticipantSummaries(workshopId: string): AssessmentSummary[] {
  const summaries = useAppStore((s) => s.summaries);
  const list = Object.values(summaries).filter((s) => s.workshopId === workshopId);
  const key = list
    .map((s) => `${s.id}:${s.updatedAt}:${s.finished ? 1 : 0}`)
    .sort()
    .join('|');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => list.sort((a, b) => a.createdAt.localeCompare(b.createdAt)), [key]);
}
