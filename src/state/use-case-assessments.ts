import { useEffect, useState } from 'react';
import type { Assessment } from '../core/records/assessment';
import type { Problem } from '../core/common/problems';
import { openStorage } from './app-store';
import { loadAssessments } from '../storage/assessments';

export interface Loaded {
  status: 'loading' | 'ready';
  assessments: Assessment[];
  /** Members that could not be read, with why (kept on the device, reported). */
  failed: { id: string; problems: Problem[] }[];
}

async function load(ids: string[]) {
  const assessments: Assessment[] = [];
  const failed: Loaded['failed'] = [];
  for (const [id, r] of await loadAssessments(await openStorage(), ids)) {
    if (r.ok) assessments.push(r.value);
    else failed.push({ id, problems: r.problems });
  }
  return { status: 'ready' as const, assessments, failed };
}

/** The full assessments behind a list of ids, read again when one of them changes. */
export function useCaseAssessments(ids: string[], versionKey: string): Loaded {
  const [state, setState] = useState<Loaded>({ status: 'loading', assessments: [], failed: [] });
  const key = ids.join('|');
  // versionKey: a member changed (another tab, a re-import), so read again.
  useEffect(() => {
    let live = true;
    void load(key.split('|').filter(Boolean)).then((loaded) => {
      if (live) setState(loaded);
    });
    return () => {
      live = false;
    };
  }, [key, versionKey]);
  return state;
}
