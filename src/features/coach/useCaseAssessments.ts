import { useEffect, useState } from 'react';
import type { Assessment } from '../../core/assessment';
import type { Problem } from '../../core/problems';
import { useAppStore } from '../../state/app-store';
import { loadAssessments } from '../../storage/assessments';

export interface Loaded {
  status: 'loading' | 'ready';
  assessments: Assessment[];
  /** Members that could not be read, with why (kept on the device, reported). */
  failed: { id: string; problems: Problem[] }[];
}

/** The full assessments behind a list of ids, read again when one of them changes. */
export function useCaseAssessments(ids: string[], versionKey: string): Loaded {
  const backend = useAppStore((s) => s.backend);
  const [state, setState] = useState<Loaded>({ status: 'loading', assessments: [], failed: [] });
  const key = ids.join('|');
  useEffect(() => {
    if (!backend) return;
    let live = true;
    void (async () => {
      const assessments: Assessment[] = [];
      const failed: Loaded['failed'] = [];
      const results = await loadAssessments(backend, key.split('|').filter(Boolean));
      for (const [id, r] of results) {
        if (r.ok) assessments.push(r.value);
        else failed.push({ id, problems: r.problems });
      }
      if (live) setState({ status: 'ready', assessments, failed });
    })();
    return () => {
      live = false;
    };
  }, [backend, key, versionKey]);
  return state;
}
