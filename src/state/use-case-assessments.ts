import { useEffect, useMemo, useState } from 'react';
import type { Assessment } from '../core/records/assessment';
import type { Problem } from '../core/common/problems';
import { useAppStore } from './app-store';
import { loadAssessments } from '../storage/assessments';

export interface Loaded {
  status: 'loading' | 'ready';
  assessments: Assessment[];
  /** Members that could not be read, with why (kept on the device, reported). */
  failed: { id: string; problems: Problem[] }[];
}

async function load(
  backend: NonNullable<ReturnType<typeof useAppStore.getState>['backend']>,
  ids: string[],
) {
  const assessments: Assessment[] = [];
  const failed: Loaded['failed'] = [];
  for (const [id, r] of await loadAssessments(backend, ids)) {
    if (r.ok) assessments.push(r.value);
    else failed.push({ id, problems: r.problems });
  }
  return { status: 'ready' as const, assessments, failed };
}

/** The full assessments behind a list of ids, read again when one of them changes. */
export function useCaseAssessments(ids: string[], versionKey: string): Loaded {
  const backend = useAppStore((s) => s.backend);
  const [state, setState] = useState<Loaded>({ status: 'loading', assessments: [], failed: [] });
  const key = ids.join('|');
  // The reading starts while the screen renders, not after: IndexedDB works meanwhile.
  const pending = useMemo(
    () => (backend ? load(backend, key.split('|').filter(Boolean)) : null),
    // versionKey: a member changed (another tab, a re-import), so read again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [backend, key, versionKey],
  );
  useEffect(() => {
    let live = true;
    void pending?.then((loaded) => {
      if (live) setState(loaded);
    });
    return () => {
      live = false;
    };
  }, [pending]);
  return state;
}
