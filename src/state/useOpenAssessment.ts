import { useEffect, useMemo } from 'react';
import { scoreInputOf } from '../core/assessment';
import { scoreAssessment } from '../core/scoring';
import { useAssessmentStore } from './assessment-store';

/**
 * Opens the assessment of the route (if it is not open yet) and returns the store's state with
 * its scoring result, computed by core once per change of the assessment.
 */
export function useOpenAssessment(id: string) {
  const open = useAssessmentStore((s) => s.open);
  useEffect(() => {
    void open(id);
  }, [open, id]);
  const current = useAssessmentStore((s) => (s.current?.id === id ? s.current : null));
  const status = useAssessmentStore((s) => s.status);
  const problems = useAssessmentStore((s) => s.problems);
  const result = useMemo(
    () => (current ? scoreAssessment(scoreInputOf(current)) : null),
    [current],
  );
  return { current, result, status, problems };
}
