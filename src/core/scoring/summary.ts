import type { Bilingual } from '../common/text.ts';

/** What lists of saved assessments show, kept beside each stored assessment. */
export interface AssessmentSummary {
  id: string;
  firm: { id: string; name: string } | null;
  /** The workshop a participant's assessment belongs to (absent in records before version 2). */
  workshopId?: string | null;
  /** The authors' preview draft a trial assessment belongs to. */
  draftId?: string | null;
  role: string;
  questionnaire: { id: string; version: string; title: Bilingual };
  visibleScored: number;
  answered: number;
  completeness: number;
  score: number | null;
  level: number | null;
  finished: boolean;
  finishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Complete (every visible scored question answered) or marked finished by the respondent. */
export function isDone(s: Pick<AssessmentSummary, 'finished' | 'completeness'>): boolean {
  return s.finished || s.completeness >= 1;
}

/** Workshop participants and authors' trials are listed on their own screens, not with the firms. */
export function isFirmWork(s: Pick<AssessmentSummary, 'workshopId' | 'draftId'>): boolean {
  return !s.workshopId && !s.draftId;
}
