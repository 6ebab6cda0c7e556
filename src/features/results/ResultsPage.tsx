import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import '../../i18n/results-texts';
import { hrefOf } from '../../navigation/routes';
import { HORIZONS } from '../../core/definition/model';
import { actionPlan, toChartData } from '../../core/scoring/plan';
import { localize } from '../../core/common/text';
import { useAssessmentStore } from '../../state/assessment-store';
import { dayText, levelText, numberText, percentText, scoreText } from '../../core/present/format';
import { useLang } from '../../i18n/use-lang';
import { LoadState } from '../shared/LoadState';
import { useOpenAssessment } from '../../state/use-open-assessment';
import { OperatorLogo } from '../shared/OperatorLogo';
import { useHosting } from '../../state/hosting';
import { namesCoaching, type CoachingContact } from '../../core/common/hosting';
import { resultsStory } from '../../core/scoring/story';
import { FieldChart } from '../shared/FieldChart';
import { FileButton } from '../shared/FileButton';
import { Dialog } from '../../ui/Dialog';
import { studyRecord } from '../../core/records/study';
import { RegionComparison } from './RegionComparison';
import { downloadFile } from '../../transfer/download';
import type { Assessment } from '../../core/records/assessment';
import type { Lang } from '../../core/common/text';
import type { SpreadsheetKind } from '../../state/spreadsheet-download';

/** The assessment as a spreadsheet: XLSX with every table; the answers or fields as CSV. */
function SpreadsheetButtons({ assessment, lang }: { assessment: Assessment; lang: Lang }) {
  const { t } = useTranslation('results');
  const run = (kind: SpreadsheetKind) => () =>
    import('../../state/spreadsheet-download').then((m) =>
      m.downloadSpreadsheet(assessment, lang, kind),
    );
  const texts = { busyLabel: t('sheet.busy'), failedText: t('sheet.failed') };
  return (
    <>
      <FileButton run={run('xlsx')} label={t('sheet.xlsx')} {...texts} />
      <details className="row-menu">
        <summary className="button">{t('sheet.more')}</summary>
        <div className="row-menu-items">
          <FileButton run={run('answers')} label={t('sheet.csvAnswers')} {...texts} />
          <FileButton run={run('fields')} label={t('sheet.csvFields')} {...texts} />
          <StudyButton assessment={assessment} lang={lang} />
        </div>
      </details>
    </>
  );
}

/**
 * The hand-over for the initiative's regional study: the dialog shows exactly what the file
 * holds (no name, no notes, no free text, figures as ranges) before it is saved.
 */
function StudyButton({ assessment, lang }: { assessment: Assessment; lang: Lang }) {
  const { t } = useTranslation('results');
  const [open, setOpen] = useState(false);
  const record = useMemo(() => (open ? studyRecord(assessment) : null), [open, assessment]);
  const text = record ? JSON.stringify(record, null, 2) : '';
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('study.menu')}
      </button>
      <Dialog
        open={open}
        title={t('study.title')}
        onClose={() => setOpen(false)}
        actions={
          <>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('study.cancel')}
            </button>
            <button
              type="button"
              className="button primary"
              onClick={() => {
                downloadFile(`itas-studie-${record!.questionnaire.id}-${record!.month}.json`, text);
                setOpen(false);
              }}
            >
              {t('study.save')}
            </button>
          </>
        }
      >
        {record && (
          <>
            <p>{t('study.intro')}</p>
            <p className="meta">
              {t('study.summary', {
                questionnaire: localize(assessment.questionnaire.title, lang),
                month: record.month,
                answers: Object.keys(record.answers).length,
              })}
            </p>
            <p id="study-contains">{t('study.contains')}</p>
            <pre
              className="study-content"
              data-testid="study-content"
              tabIndex={0}
              role="region"
              aria-labelledby="study-contains"
            >
              {text}
            </pre>
          </>
        )}
      </Dialog>
    </>
  );
}

function NextStep({ services }: { services: string[] }) {
  const { t } = useTranslation('results');
  const { t: tc } = useTranslation();
  const hosting = useHosting();
  const contact: CoachingContact | null =
    hosting && namesCoaching(hosting.coaching) ? hosting.coaching : null;
  // Coaching is the step itself; the other services follow as the measures name them.
  const offers = ['coaching', ...services.filter((s) => s !== 'coaching')];
  return (
    <section className="next-step" aria-labelledby="next-heading" data-testid="next-step">
      <h2 id="next-heading">{t('nextTitle')}</h2>
      <p>{t('nextText')}</p>
      {hosting === undefined ? null : contact ? (
        <div className="contact" data-testid="contact">
          <OperatorLogo hosting={hosting} className="contact-logo" />
          <h3>{t('contactTitle')}</h3>
          {contact.name && <p className="contact-name">{contact.name}</p>}
          {contact.organisation && <p>{contact.organisation}</p>}
          {contact.phone && (
            <p>
              {t('phone')}{' '}
              <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a>
            </p>
          )}
          {contact.email && (
            <p>
              {t('email')} <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </p>
          )}
          {contact.bookingUrl && (
            <p>
              <a
                className="button primary"
                href={contact.bookingUrl}
                rel="noopener noreferrer"
                target="_blank"
              >
                {t('booking')}
              </a>
            </p>
          )}
        </div>
      ) : (
        <p data-testid="contact">
          {t('noContact')}{' '}
          <a href="https://itas-projekt.de" rel="noopener noreferrer" target="_blank">
            itas-projekt.de
          </a>
        </p>
      )}
      <h3>{t('servicesTitle')}</h3>
      <ul className="service-cards">
        {offers.map((s) => (
          <li key={s} className="service-card" data-service={s}>
            <strong>{tc(`service.${s}` as 'service.coaching')}</strong>
            <span>{t(`offer.${s}` as 'offer.coaching')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The details one click away; opened for printing so that the printout holds them. */
function Details({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation('results');
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const open = () => ref.current?.setAttribute('open', '');
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
  return (
    <details className="results-details" ref={ref}>
      <summary>{t('details')}</summary>
      {children}
    </details>
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
  const story = resultsStory(result, q);
  const { overall } = result;
  const levelName = (level: number) => tc(`level.${level}` as 'level.1');
  const col = {
    dimension: t('col.dimension'),
    score: t('col.score'),
    level: t('col.level'),
    target: t('col.target'),
    gap: t('col.gap'),
    completeness: t('col.completeness'),
  };

  return (
    <article className="results">
      <header className="results-head">
        <p className="eyebrow">{localize(q.title, lang)}</p>
        <h1>{t('title', { firm: current.firm?.name ?? t('anonymous') })}</h1>
        <p className="meta">
          {tc(`role.${current.role}`)} · {dayText(current.updatedAt, lang)} ·{' '}
          {t('completeness', { percent: percentText(overall.completeness) })}
        </p>
      </header>

      <section className="overall-card" aria-labelledby="overall-heading">
        <h2 id="overall-heading">{t('overall')}</h2>
        {overall.score === null || overall.level === null ? (
          <p>{t('noScore')}</p>
        ) : (
          <>
            <p className="overall-figures">
              <span className="big" data-testid="overall-index">
                {scoreText(overall.score)}
              </span>
              <span className="of">/ 100</span>
              <span className="level">
                {t('levelLine', {
                  level: levelText(overall.level, lang),
                  name: levelName(overall.namedLevel!),
                })}
              </span>
            </p>
            <p className="standing" data-testid="standing">
              {story.belowTarget === 0
                ? t('standingAtTarget', {
                    score: scoreText(overall.score),
                    level: levelText(overall.level, lang),
                    name: levelName(overall.namedLevel!),
                    assessed: story.assessed,
                  })
                : t('standing', {
                    count: story.belowTarget,
                    score: scoreText(overall.score),
                    level: levelText(overall.level, lang),
                    name: levelName(overall.namedLevel!),
                    assessed: story.assessed,
                  })}
            </p>
          </>
        )}
        <p className="honest-note">{t('honest')}</p>
        <div className="button-row no-print">
          <FileButton
            primary
            run={() =>
              import('../../state/report-download').then((m) => m.downloadReport(current, lang))
            }
            label={t('report')}
            busyLabel={t('reportBusy')}
            failedText={t('reportFailed')}
          />
          <SpreadsheetButtons assessment={current} lang={lang} />
          <a className="button" href={hrefOf({ name: 'answer', id, dimension: 0 })}>
            {t('edit')}
          </a>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('print')}
          </button>
          <label className="toggle">
            <input
              type="checkbox"
              role="switch"
              checked={current.finished}
              onChange={() => setFinished(!current.finished)}
            />
            {t('markFinished')}
          </label>
        </div>
      </section>

      {story.focus.length > 0 && (
        <section aria-labelledby="focus-heading" className="focus">
          <h2 id="focus-heading">
            {story.belowTarget === 0 ? t('stretchTitle') : t('focusTitle')}
          </h2>
          {story.belowTarget === 0 && <p>{t('stretchIntro')}</p>}
          <ol className="focus-list" data-testid="focus">
            {story.focus.map((f) => (
              <li key={f.dimension} className="focus-item" data-dimension={f.dimension}>
                <h3>{title(f.dimension)}</h3>
                <p>
                  {f.stretch
                    ? t('focusReached', { level: levelText(f.level, lang), target: f.target })
                    : t('focusGap', { level: levelText(f.level, lang), target: f.target })}{' '}
                  {f.weakest && t('focusWeakest', { question: questionText(f.weakest) })}
                </p>
                {f.first ? (
                  <p className="first-step" data-testid="first-step">
                    <span className="first-step-label">
                      {t('firstStep', {
                        horizon: tc(`horizon.${f.first.recommendation.horizon}`),
                        kind: t(`class.${f.first.class}`),
                      })}
                    </span>{' '}
                    <strong>{localize(f.first.recommendation.title, lang)}</strong>
                    {' – '}
                    {localize(f.first.recommendation.text, lang)}
                  </p>
                ) : (
                  <p className="meta">{t('noMeasure')}</p>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}

      <FieldChart points={points} lang={lang} />
      <RegionComparison assessment={current} result={result} lang={lang} />

      <section aria-labelledby="strengths-heading">
        <h2 id="strengths-heading">{t('strengths')}</h2>
        {story.closest ? (
          <p data-testid="closest">
            {t('closest', {
              field: title(story.closest.dimension),
              level: levelText(story.closest.level, lang),
              target: story.closest.target,
            })}
          </p>
        ) : (
          <ul className="ranked" data-testid="strengths">
            {story.strengths.map((s) => (
              <li key={s.dimension}>
                <strong>{title(s.dimension)}</strong>
                <span className="reason">
                  {s.margin > 0
                    ? t('strengthAbove', { margin: levelText(s.margin, lang) })
                    : t('strengthAt')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

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

      <NextStep services={story.services} />

      <Details>
        <section aria-labelledby="dims-heading">
          <h2 id="dims-heading">{t('dimensionsTitle')}</h2>
          <p className="help">{t('targetHelp')}</p>
          <div className="table-wrap" role="region" aria-labelledby="dims-heading" tabIndex={0}>
            <table className="dimension-table stack-table">
              <thead>
                <tr>
                  <th scope="col">{col.dimension}</th>
                  <th scope="col">{col.score}</th>
                  <th scope="col">{col.level}</th>
                  <th scope="col">{col.target}</th>
                  <th scope="col">{col.gap}</th>
                  <th scope="col">{col.completeness}</th>
                </tr>
              </thead>
              <tbody>
                {result.dimensions.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{title(d.id)}</th>
                    <td data-label={col.score}>
                      {d.score === null ? t('notAssessed') : scoreText(d.score)}
                    </td>
                    <td data-label={col.level}>
                      {d.level === null
                        ? '–'
                        : `${levelText(d.level, lang)} ${levelName(d.namedLevel!)}`}
                    </td>
                    <td data-label={col.target}>
                      <span className="print-only">
                        {d.target} {levelName(d.target)}
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
                            {l} {levelName(l)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td data-label={col.gap}>{d.gap === null ? '–' : levelText(d.gap, lang)}</td>
                    <td data-label={col.completeness}>{percentText(d.completeness)} %</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby="priorities-heading">
          <h2 id="priorities-heading">{t('allPriorities')}</h2>
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
                      weight: numberText(p.weight, lang),
                      level: levelText(p.level, lang),
                    })}
                    {p.weakest && <> {t('weakest', { question: questionText(p.weakest) })}</>}
                  </span>
                </li>
              ))}
            </ol>
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
      </Details>
    </article>
  );
}
