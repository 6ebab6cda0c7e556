import { useEffect } from 'react';
import { scoreInputOf, type Assessment } from '../core/records/assessment';
import { scoreAssessment, type ScoreResult } from '../core/scoring/scoring';
import { useAssessmentStore } from './assessment-store';

// Pays for itself in `npm run bench` "Per answer, click → next frame": the card, the navigation
// and the progress line each ask for the score, which is computed once per change.
const scores = new WeakMap<Assessment, ScoreResult>();

/**
 * The scoring result of an assessment, computed by core once per change (an assessment object is
 * never changed in place: a change makes a new one). Every part of a screen that shows a figure
 * asks for it; the first one computes it.
 */
export function scoreOf(a: Assessment): ScoreResult {
  let result = scores.get(a);
  if (!result) {
    result = scoreAssessment(scoreInputOf(a));
    scores.set(a, result);
  }
  return result;
}

/** Opens the assessment of the route, if it is not open yet. */
export function useOpen(id: string) {
  const open = useAssessmentStore((s) => s.open);
  useEffect(() => {
    void open(id);
  }, [open, id]);
}

/** The scoring result of the open assessment if it is the one with this id; else null. */
export function useResult(id: string): ScoreResult | null {
  return useAssessmentStore((s) => (s.current?.id === id ? scoreOf(s.current) : null));
}

/**
 * Opens the assessment of the route (if it is not open yet) and returns the store's state with
 * its scoring result. The screen redraws on every change; the answering screen, which changes
 * most, subscribes to the parts it shows instead.
 */
export function useOpenAssessment(id: string) {
  useOpen(id);
  const current = useAssessmentStore((s) => (s.current?.id === id ? s.current : null));
  const status = useAssessmentStore((s) => s.status);
  const problems = useAssessmentStore((s) => s.problems);
  const result = current ? scoreOf(current) : null;
  return { current, result, status, problems };
}
