// The words for what the study counts: questionnaires, fields, flags and questions from their
// definitions, segments and quadrants from the texts. One place for the screen, the spreadsheet
// and the report.
import { localize, type Lang } from '../common/text.ts';
import type { ProfileDefinition, Questionnaire } from '../definition/questionnaire.ts';
import type { Translate } from '../report/report-model.ts';
import type { Quadrant } from '../scoring/plan.ts';
import type { SegmentRef } from './aggregate.ts';
import type { SegmentAxis } from './panel.ts';

export interface StudyNames {
  questionnaire(id: string): string;
  field(questionnaire: string, dimension: string): string;
  flag(questionnaire: string, flag: string): string;
  question(questionnaire: string, question: string): string;
  axis(axis: SegmentAxis | 'all'): string;
  segment(segment: SegmentRef): string;
  quadrant(quadrant: Quadrant): string;
}

/** Names in `lang`; `t` needs the study and results texts. */
export function studyNames(
  questionnaires: readonly Questionnaire[],
  profile: ProfileDefinition,
  lang: Lang,
  t: Translate,
): StudyNames {
  const byId = new Map(questionnaires.map((q) => [q.id, q]));
  const tier = profile.questions.find((q) => q.id === 'tier');
  const tierNames = new Map(
    tier?.type === 'single' ? tier.options.map((o) => [o.id, localize(o.label, lang)]) : [],
  );
  return {
    questionnaire: (id) => {
      const q = byId.get(id);
      return q ? localize(q.title, lang) : id;
    },
    field: (qid, did) => {
      const d = byId.get(qid)?.dimensions.find((x) => x.id === did);
      return d ? localize(d.title, lang) : did;
    },
    flag: (qid, fid) => {
      const f = byId.get(qid)?.flags.find((x) => x.id === fid);
      return f ? localize(f.message, lang) : fid;
    },
    question: (qid, questionId) => {
      for (const d of byId.get(qid)?.dimensions ?? []) {
        const q = d.questions.find((x) => x.id === questionId);
        if (q) return localize(q.text, lang);
      }
      return questionId;
    },
    axis: (axis) => t(`study:axis.${axis}`),
    segment: ({ axis, band }) => {
      if (axis === 'all') return t('study:band.all');
      if (axis === 'tier') return tierNames.get(band) ?? band;
      return t(axis === 'staff' ? 'study:band.staff' : 'study:band.share', { band });
    },
    quadrant: (q) => t(`results:portfolio.quadrant.${q}.name`),
  };
}
