import { useTranslation } from '../../i18n/use-translation';
import '../../i18n/study-texts';
import { profileDefinition } from 'virtual:questionnaires';
import type { Assessment } from '../../core/records/assessment';
import { studyProfile } from '../../core/records/study';
import type { ScoreResult } from '../../core/scoring/scoring';
import { firmPositions } from '../../core/study/benchmark';
import { studyNames } from '../../core/study/names';
import { segmentsOf } from '../../core/study/panel';
import { levelText, monthText } from '../../core/present/format';
import { cutLevel, levelOf } from '../../core/scoring/scoring';
import type { Lang } from '../../core/common/text';
import { useBenchmark } from '../../state/benchmark';
import { reportT } from '../../state/report-download';

/**
 * Where each field stands against firms of the same segment, from the region's benchmark beside
 * the app. Without a benchmark (or one that does not cover this questionnaire) nothing shows.
 */
export function RegionComparison({
  assessment: a,
  result,
  lang,
}: {
  assessment: Assessment;
  result: ScoreResult;
  lang: Lang;
}) {
  const { t } = useTranslation('results');
  const benchmark = useBenchmark();
  if (!benchmark) return null;
  const scores = Object.fromEntries(result.dimensions.map((d) => [d.id, d.score]));
  const positions = firmPositions(
    benchmark,
    a.questionnaire,
    segmentsOf({ profile: studyProfile(a) }),
    scores,
  );
  const first = positions[0];
  if (!first) return null;
  const names = studyNames([a.questionnaire], profileDefinition, lang, reportT(lang));
  const level = (score: number) => levelText(cutLevel(levelOf(score)), lang);
  return (
    <section aria-labelledby="region-heading" className="region" data-testid="region">
      <h2 id="region-heading">{t('region.title')}</h2>
      <p>
        {t('region.intro', {
          segment: names.segment(first.segment),
          month: monthText(benchmark.month, lang),
        })}
      </p>
      <ul className="ranked">
        {positions.map((p) => (
          <li key={p.dimension} data-position={p.position}>
            <strong>{names.field(a.questionnaire.id, p.dimension)}</strong>
            <span className="reason">
              {t(`region.${p.position}`)} ·{' '}
              {t('region.spread', {
                median: level(p.spread.median),
                q1: level(p.spread.q1),
                q3: level(p.spread.q3),
                n: p.n,
              })}
            </span>
          </li>
        ))}
      </ul>
      <p className="help">{t('region.help')}</p>
    </section>
  );
}
