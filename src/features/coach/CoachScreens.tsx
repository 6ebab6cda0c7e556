import CasePage from './CasePage';
import CoachPage from './CoachPage';

/**
 * The workspace and its cases in one chunk: going from the list to a case then renders at once.
 * (A screen of its own would suspend on the way, and React holds a revealed fallback's content
 * back for about 300 ms.)
 */
export default function CoachScreens({ caseId }: { caseId?: string | undefined }) {
  return caseId === undefined ? <CoachPage /> : <CasePage caseId={caseId} />;
}
