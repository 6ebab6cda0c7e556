import type { Assessment } from '../records/assessment.ts';
import { scoreAssessment } from './scoring.ts';
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

export function summarize(a: Assessment): AssessmentSummary {
  const { overall } = scoreAssessment({
    questionnaire: a.questionnaire,
    profileDefinition: a.profileDefinition,
    answers: a.answers,
    profileAnswers: a.profile,
  });
  return {
    id: a.id,
    firm: a.firm ? { id: a.firm.id, name: a.firm.name } : null,
    workshopId: a.workshop?.id ?? null,
    draftId: a.draft?.id ?? null,
    role: a.role,
    questionnaire: {
      id: a.questionnaire.id,
      version: a.questionnaire.version,
      title: a.questionnaire.title,
    },
    visibleScored: overall.visibleScored,
    answered: overall.answered,
    completeness: overall.completeness,
    score: overall.score,
    level: overall.level,
    finished: a.finished,
    finishedAt: a.finishedAt ?? null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

/** Complete (every visible scored question answered) or marked finished by the respondent. */
export function isDone(s: Pick<AssessmentSummary, 'finished' | 'completeness'>): boolean {
  return s.finished || s.completeness >= 1;
}

/** Workshop participants and authors' trials are listed on their own screens, not with the firms. */
export function isFirmWork(s: Pick<AssessmentSummary, 'workshopId' | 'draftId'>): boolean {
  return !s.workshopId && !s.draftId;
}
