import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { hrefOf } from '../../navigation/routes';
import { HORIZONS } from '../../core/definition/model';
import { actionPlan, toChartData } from '../../core/scoring/plan';
import { localize } from '../../core/common/text';
import { useAssessmentStore } from '../../state/assessment-store';
import { dayText, levelText, percentText, scoreText } from '../../core/present/format';
import { useLang } from '../../i18n/use-lang';
import { LoadState } from '../shared/LoadState';
import { useOpenAssessment } from '../../state/use-open-assessment';

const Charts = lazy(() => import('./Charts'));

function ReportButton({ run }: { run(): Promise<void> }) {
  const { t } = useTranslation('results');
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        className="button primary"
        disabled={state === 'busy'}
        onClick={() => {
          setState('busy');
          run().then(
            () => setState('idle'),
            (error: unknown) => {
              console.error(error);
              setState('failed');
            },
          );
        }}
      >
        {state === 'busy' ? t('reportBusy') : t('report')}
      </button>
      {state === 'failed' && (
        <span role="alert" className="form-error">
          {t('reportFailed')}
        </span>
      )}
    </>
  );
}

export default function ResultsPage({ id }: { id: string }) {
  const { t } = useTranslation('results');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const { current, result, status, problems } = useOpenAssessment(id);
  const setTarget = useAssessmentStore((s) => s.setTarget);
  const setFinished = useAssessmentStore((s) => s.setFinished);
  if (!current || !result) return <LoadState status={status} problems={problems} />;

  const q = current.questionnaire;
  const dimById = new Map(q.dimensions.map((d) => [d.id, d]));
  const title = (dimId: string) => localize(dimById.get(dimId)!.title, lang);
  const questionText = (qid: string) => {
    for (const d of q.dimensions) {
      const found = d.questions.find((x) => x.id === qid);
      if (found) return localize(found.text, lang);
    }
    return qid;
  };
  const flagById = new Map(q.flags.map((f) => [f.id, f]));
  const plan = actionPlan(result, q, 3);
  const points = toChartData(result, q);
  const { overall } = result;

  return (
    <article className="results">
      <header className="results-head">
        <p className="eyebrow">{localize(q.title, lang)}</p>
        <h1>{t('title', { firm: current.firm?.name ?? t('anonymous') })}</h1>
        <p className="meta">
          {tc(`role.${current.role}`)} · {dayText(current.updatedAt, lang)} ·{' '}
          {t('completeness', { percent: percentText(overall.completeness) })}
        </p>
        <p className="honest-note">{t('honest')}</p>
      </header>

      <section className="overall-card" aria-labelledby="overall-heading">
        <h2 id="overall-heading">{t('overall')}</h2>
        {overall.score === null || overall.level === null ? (
          <p>{t('noScore')}</p>
        ) : (
          <p className="overall-figures">
            <span className="big" data-testid="overall-index">
              {scoreText(overall.score)}
            </span>
            <span className="of">/ 100</span>
            <span className="level">
              {t('levelLine', {
                level: levelText(overall.level, lang),
                name: tc(`level.${overall.namedLevel}` as 'level.1'),
              })}
            </span>
          </p>
        )}
        <div className="button-row no-print">
          <ReportButton
            run={() =>
              import('../../state/report-download').then((m) => m.downloadReport(current, lang))
            }
          />
          <button
            type="button"
            className="button"
            onClick={() => setFinished(!current.finished)}
            aria-pressed={current.finished}
          >
            {current.finished ? t('finishedYes') : t('markFinished')}
          </button>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('print')}
          </button>
          <a className="button" href={hrefOf({ name: 'answer', id, dimension: 0 })}>
            {t('edit')}
          </a>
        </div>
      </section>

      <Suspense fallback={<p className="loading">{tc('loading')}</p>}>
        <Charts points={points} lang={lang} />
      </Suspense>

      <section aria-labelledby="dims-heading">
        <h2 id="dims-heading">{t('dimensionsTitle')}</h2>
        <p className="help">{t('targetHelp')}</p>
        <div className="table-wrap">
          <table className="dimension-table">
            <thead>
              <tr>
                <th scope="col">{t('col.dimension')}</th>
                <th scope="col">{t('col.score')}</th>
                <th scope="col">{t('col.level')}</th>
                <th scope="col">{t('col.target')}</th>
                <th scope="col">{t('col.gap')}</th>
                <th scope="col">{t('col.completeness')}</th>
              </tr>
            </thead>
            <tbody>
              {result.dimensions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <span className="dim-id">{d.id}</span> {title(d.id)}
                  </th>
                  <td>{d.score === null ? t('notAssessed') : scoreText(d.score)}</td>
                  <td>
                    {d.level === null
                      ? '–'
                      : `${levelText(d.level, lang)} ${tc(`level.${d.namedLevel}` as 'level.1')}`}
                  </td>
                  <td>
                    <span className="print-only">
                      {d.target} {tc(`level.${d.target}` as 'level.1')}
                    </span>
                    <label className="visually-hidden" htmlFor={`target-${d.id}`}>
                      {t('targetFor', { dimension: title(d.id) })}
                    </label>
                    <select
                      id={`target-${d.id}`}
                      value={d.target}
                      onChange={(e) => {
                        const level = Number(e.target.value);
                        const fallback = dimById.get(d.id)!.target;
                        setTarget(
                          d.id,
                          level === fallback && d.targetSource === 'questionnaire' ? null : level,
                        );
                      }}
                    >
                      {[1, 2, 3, 4, 5].map((l) => (
                        <option key={l} value={l}>
                          {l} {tc(`level.${l}` as 'level.1')}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{d.gap === null ? '–' : levelText(d.gap, lang)}</td>
                  <td>{percentText(d.completeness)} %</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <div className="two-col">
        <section aria-labelledby="priorities-heading">
          <h2 id="priorities-heading">{t('priorities')}</h2>
          {result.priorities.length === 0 ? (
            <p>{t('noPriorities')}</p>
          ) : (
            <ol className="ranked" data-testid="priorities">
              {result.priorities.map((p) => (
                <li key={p.dimension}>
                  <strong>{title(p.dimension)}</strong>
                  <span className="reason">
                    {t('priorityReason', {
                      gap: levelText(p.gap, lang),
                      weight: p.weight,
                      level: levelText(p.level, lang),
                    })}
                    {p.weakest && <> {t('weakest', { question: questionText(p.weakest) })}</>}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="strengths-heading">
          <h2 id="strengths-heading">{t('strengths')}</h2>
          <ol className="ranked">
            {result.strengths.map((s) => (
              <li key={s.dimension}>
                <strong>{title(s.dimension)}</strong>
                <span className="reason">
                  {s.relative
                    ? t('relativeStrength', { margin: levelText(-s.margin, lang) })
                    : t('strengthReason', { margin: levelText(s.margin, lang) })}
                </span>
              </li>
            ))}
          </ol>
        </section>
      </div>

      <section aria-labelledby="flags-heading">
        <h2 id="flags-heading">{t('flags')}</h2>
        {result.flags.length === 0 ? (
          <p>{t('noFlags')}</p>
        ) : (
          <ul className="flags">
            {result.flags.map((f) => (
              <li key={f.id} className={`flag flag-${f.severity}`}>
                <span className="flag-severity">{tc(`severity.${f.severity}`)}</span>
                <span className="flag-dimension">{title(f.dimension)}</span>
                <p>{localize(flagById.get(f.id)!.message, lang)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t('plan')}</h2>
        <p className="help">{t('planHelp')}</p>
        {HORIZONS.every((h) => plan[h].length === 0) && <p>{t('noPriorities')}</p>}
        {HORIZONS.map((h) =>
          plan[h].length ? (
            <div key={h} className="horizon">
              <h3>{tc(`horizon.${h}`)}</h3>
              <ul className="measures">
                {plan[h].map((m) => (
                  <li key={m.recommendation.id} className="measure">
                    <span className={`tag tag-${m.class}`}>{t(`class.${m.class}`)}</span>
                    <strong>{localize(m.recommendation.title, lang)}</strong>
                    <span className="meta"> · {title(m.dimension)}</span>
                    <p>{localize(m.recommendation.text, lang)}</p>
                    <p className="meta">
                      {t('impactEffort', {
                        impact: tc(`rating.${m.recommendation.impact}`),
                        effort: tc(`rating.${m.recommendation.effort}`),
                      })}{' '}
                      · {m.recommendation.services.map((s) => tc(`service.${s}`)).join(', ')}
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          ) : null,
        )}
      </section>

      <section aria-labelledby="dk-heading">
        <h2 id="dk-heading">{t('dontKnow')}</h2>
        {result.dontKnow.length === 0 ? (
          <p>{t('noDontKnow')}</p>
        ) : (
          <>
            <p className="help">{t('dontKnowHelp')}</p>
            <ul>
              {result.dontKnow.map((d) => (
                <li key={d.question}>
                  {questionText(d.question)} <span className="meta">({title(d.dimension)})</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {result.blindSpots.length > 0 && (
          <p>{t('blindSpots', { list: result.blindSpots.map(title).join(', ') })}</p>
        )}
      </section>
    </article>
  );
}
