import { catalog } from 'virtual:questionnaires';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import '../../i18n/results-texts';
import { DeadEnd } from '../../ui/DeadEnd';
import { hrefOf, navigate } from '../../navigation/routes';
import { scoreInputOf, type Assessment } from '../../core/records/assessment';
import { quadrantOf } from '../../core/scoring/plan';
import { doneAt, newestFirst, portfolioAxesOf } from '../../core/scoring/portfolio';
import { scoreAssessment, type ScoreResult } from '../../core/scoring/scoring';
import { isDone, type AssessmentSummary } from '../../core/scoring/summary';
import { localize } from '../../core/common/text';
import { useAppStore } from '../../state/app-store';
import { readAssessments } from '../../state/assessment-actions';
import { dayText, levelText, scoreText } from '../../core/present/format';
import { useLang } from '../../i18n/use-lang';
import { CHART_ORDER, PortfolioChart } from './PortfolioChart';

/** Across: the resilience index; up: technology readiness (as the questionnaires declare). */
const AXES = portfolioAxesOf(catalog);

interface Loaded {
  assessment: Assessment;
  result: ScoreResult;
}

export default function PortfolioPage(props: {
  firmId: string;
  resilience?: string | undefined;
  technology?: string | undefined;
}) {
  const { t } = useTranslation('results');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const summaries = useAppStore((s) => s.summaries);
  const firm = useAppStore((s) => s.firms[props.firmId]);
  const candidates = (questionnaireId: string) =>
    Object.values(summaries).filter(
      (s) => s.firm?.id === props.firmId && s.questionnaire.id === questionnaireId && isDone(s),
    );
  const resList = AXES ? newestFirst(candidates(AXES.x)) : [];
  const techList = AXES ? newestFirst(candidates(AXES.y)) : [];
  const resId = props.resilience ?? resList[0]?.id;
  const techId = props.technology ?? techList[0]?.id;
  const [loaded, setLoaded] = useState<{ r: Loaded; t: Loaded } | null>(null);

  useEffect(() => {
    let cancelled = false;
    if (!resId || !techId) return;
    void readAssessments([resId, techId]).then((read) => {
      const r = read.get(resId);
      const te = read.get(techId);
      if (cancelled || !r?.ok || !te?.ok) return;
      const pack = (a: Assessment) => ({ assessment: a, result: scoreAssessment(scoreInputOf(a)) });
      setLoaded({ r: pack(r.value), t: pack(te.value) });
    });
    return () => {
      cancelled = true;
    };
  }, [resId, techId]);

  const name = firm?.name ?? resList[0]?.firm?.name ?? '';
  if (!resId || !techId) {
    return (
      <DeadEnd
        title={t('portfolio.title', { firm: name })}
        href={hrefOf({ name: 'start' })}
        link={tc('error.toStart')}
      >
        <p>{t('portfolio.needsBoth')}</p>
      </DeadEnd>
    );
  }
  const choose = (which: 'resilience' | 'technology', id: string) =>
    navigate(
      {
        name: 'portfolio',
        firmId: props.firmId,
        resilience: which === 'resilience' ? id : resId,
        technology: which === 'technology' ? id : techId,
      },
      { replace: true },
    );
  const option = (s: AssessmentSummary) =>
    `${dayText(doneAt(s), lang)} · ${tc(`role.${s.role}` as 'role.management')}`;
  const x = loaded?.r.result.overall.score;
  const y = loaded?.t.result.overall.score;
  const quadrant = x != null && y != null ? quadrantOf(x, y) : null;

  return (
    <article className="results">
      <h1>{t('portfolio.title', { firm: name })}</h1>
      <p className="lead">{t('portfolio.intro')}</p>
      <div className="two-col no-print">
        <div className="field">
          <label htmlFor="pick-resilience">{t('portfolio.pickResilience')}</label>
          <select
            id="pick-resilience"
            value={resId}
            onChange={(e) => choose('resilience', e.target.value)}
          >
            {resList.map((s) => (
              <option key={s.id} value={s.id}>
                {option(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pick-technology">{t('portfolio.pickTechnology')}</label>
          <select
            id="pick-technology"
            value={techId}
            onChange={(e) => choose('technology', e.target.value)}
          >
            {techList.map((s) => (
              <option key={s.id} value={s.id}>
                {option(s)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!loaded || x == null || y == null || !quadrant ? (
        <p className="loading">{tc('loading')}</p>
      ) : (
        <>
          <section className="overall-card" aria-labelledby="quadrant-heading">
            <h2 id="quadrant-heading">{t(`portfolio.quadrant.${quadrant}.name`)}</h2>
            <p data-testid="portfolio-position">
              {t('portfolio.position', { x: scoreText(x), y: scoreText(y) })}
            </p>
            <p>{t(`portfolio.quadrant.${quadrant}.text`)}</p>
          </section>
          <PortfolioChart x={x} y={y} quadrant={quadrant} label={name} />
          <section aria-labelledby="quadrants-heading">
            <h2 id="quadrants-heading">{t('portfolio.quadrantsTitle')}</h2>
            <dl className="quadrants">
              {CHART_ORDER.map((qd) => (
                <div key={qd} className={qd === quadrant ? 'is-current' : undefined}>
                  <dt>{t(`portfolio.quadrant.${qd}.name`)}</dt>
                  <dd>{t(`portfolio.quadrant.${qd}.text`)}</dd>
                </div>
              ))}
            </dl>
          </section>
          <div className="two-col">
            {[loaded.r, loaded.t].map(({ assessment, result }) => (
              <section key={assessment.id} aria-labelledby={`dims-${assessment.id}`}>
                <h2 id={`dims-${assessment.id}`}>
                  {localize(assessment.questionnaire.title, lang)}
                </h2>
                <table className="dimension-table stack-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('col.dimension')}</th>
                      <th scope="col">{t('col.level')}</th>
                      <th scope="col">{t('col.target')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.dimensions.map((d, i) => (
                      <tr key={d.id}>
                        <th scope="row">
                          {localize(assessment.questionnaire.dimensions[i]!.title, lang)}
                        </th>
                        <td data-label={t('col.level')}>
                          {d.level === null ? t('notAssessed') : levelText(d.level, lang)}
                        </td>
                        <td data-label={t('col.target')}>{d.target}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            ))}
          </div>
        </>
      )}
    </article>
  );
}
