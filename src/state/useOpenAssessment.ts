import { useEffect } from 'react';
import { useAssessmentStore } from './assessment-store';

/** Opens the assessment of the route (if it is not open yet) and returns the store's state. */
export function useOpenAssessment(id: string) {
  const open = useAssessmentStore((s) => s.open);
  useEffect(() => {
    void open(id);
  }, [open, id]);
  const current = useAssessmentStore((s) => (s.current?.id === id ? s.current : null));
  const status = useAssessmentStore((s) => s.status);
  const problems = useAssessmentStore((s) => s.problems);
  return { current, status, problems };
}
