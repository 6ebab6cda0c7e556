import { catalog } from 'virtual:questionnaires';
import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { hrefOf } from '../../navigation/routes';
import { isDone, isFirmWork, type AssessmentSummary } from '../../core/scoring/summary';
import { localize } from '../../core/common/text';
import { exportAllData } from '../../state/export-all';
import { useAppStore } from '../../state/app-store';
import { needsBackup } from '../../state/backup-reminder';
import { DeleteButton } from '../../ui/DeleteButton';
import { dateTimeText, percentText, scoreText } from '../../core/present/format';
import { ImportButton } from '../shared/ImportButton';
import { ProgressBar } from '../../ui/ProgressBar';
import { useLang } from '../../i18n/use-lang';
import { duplicateAssessment, exportAssessment, exportFirm } from '../../state/assessment-actions';
import { portfolioAxesOf } from '../../core/scoring/portfolio';

/** The questionnaires whose indexes span a firm's portfolio, as the shipped ones declare it. */
const AXES = portfolioAxesOf(catalog);
/** How long answering takes, as the questionnaires estimate it: "40" or "30–50". */
const MINUTES = [
  ...new Set([
    Math.min(...catalog.map((q) => q.minutes)),
    Math.max(...catalog.map((q) => q.minutes)),
  ]),
].join('–');

/** How many assessments the start page draws at first, and how many more at each "show more". */
const ROWS_SHOWN = 50;

function AssessmentRow({ summary }: { summary: AssessmentSummary }) {
  const { t } = useTranslation('start');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const removeAssessment = useAppStore((s) => s.removeAssessment);
  const title = localize(summary.questionnaire.title, lang);
  const percent = percentText(summary.completeness);
  const done = isDone(summary);
  const answerHref = hrefOf({ name: 'answer', id: summary.id, dimension: 0 });
  const resultsHref = hrefOf({ name: 'results', id: summary.id });
  return (
    <li className="assessment-row">
      <div className="assessment-main">
        <a className="assessment-title" href={done ? resultsHref : answerHref}>
          {title}
        </a>
        <span className="meta">
          {tc(`role.${summary.role}` as 'role.management')} ·{' '}
          {t('updated', { date: dateTimeText(summary.updatedAt, lang) })}
          {summary.finished && <> · {t('finished')}</>}
        </span>
        {done && summary.score !== null && (
          <span className="row-index">{t('index', { score: scoreText(summary.score) })}</span>
        )}
        <ProgressBar ratio={summary.completeness} label={t('progressLabel', { percent })} />
        <span className="meta">
          {t('progress', { answered: summary.answered, total: summary.visibleScored, percent })}
        </span>
      </div>
      <div className="row-actions">
        {/* One way on: results when it is done, else where the answering goes on. */}
        <a className="button small primary" href={done ? resultsHref : answerHref}>
          {done ? t('results') : t('continue')}
          <span className="visually-hidden">: {title}</span>
        </a>
        <details className="row-menu">
          <summary className="button small">
            {t('more')}
            <span className="visually-hidden">: {title}</span>
          </summary>
          <div className="row-menu-items">
            <a className="button small" href={done ? answerHref : resultsHref}>
              {done ? t('edit') : t('results')}
              <span className="visually-hidden">: {title}</span>
            </a>
            <button
              type="button"
              className="button small"
              onClick={() => void duplicateAssessment(summary.id)}
            >
              {t('duplicate')}
              <span className="visually-hidden">: {title}</span>
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => void exportAssessment(summary.id)}
            >
              {tc('action.export')}
              <span className="visually-hidden">: {title}</span>
            </button>
            <DeleteButton
              name={title}
              title={t('deleteTitle')}
              onDelete={() => void removeAssessment(summary.id)}
            >
              <p>
                {t('deleteText', {
                  title,
                  firm: summary.firm?.name ?? t('anonymous'),
                  date: dateTimeText(summary.updatedAt, lang),
                })}
              </p>
            </DeleteButton>
          </div>
        </details>
      </div>
    </li>
  );
}

export function StartPage() {
  const { t } = useTranslation('start');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const status = useAppStore((s) => s.status);
  const firms = useAppStore((s) => s.firms);
  const allSummaries = useAppStore((s) => s.summaries);
  const summaries = useMemo(
    () => Object.fromEntries(Object.entries(allSummaries).filter(([, s]) => isFirmWork(s))),
    [allSummaries],
  );

  const [checkedAt] = useState(() => Date.now());
  const remind = status === 'ready' && needsBackup(Object.values(summaries), checkedAt);

  const byFirm = new Map<string, AssessmentSummary[]>();
  for (const s of Object.values(summaries).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))) {
    const key = s.firm?.id ?? '';
    byFirm
      .set(key, byFirm.get(key) ?? [])
      .get(key)!
      .push(s);
  }
  const allFirmIds = [...new Set([...Object.keys(firms), ...byFirm.keys()])].filter(
    (id) => id !== '',
  );
  allFirmIds.sort((a, b) => (firms[a]?.name ?? '').localeCompare(firms[b]?.name ?? '', lang));
  // A device with a large backup holds thousands: drawing them all froze the page for seconds
  // (`npm run bench`, the backup of 5,000). Firms are shown whole until `limit` rows are drawn.
  const [limit, setLimit] = useState(ROWS_SHOWN);
  let rows = 0;
  const firmIds = allFirmIds.filter((id) => {
    if (rows >= limit) return false;
    rows += Math.max(1, byFirm.get(id)?.length ?? 0);
    return true;
  });
  const allAnonymous = byFirm.get('') ?? [];
  const anonymous = allAnonymous.slice(0, Math.max(0, limit - rows));
  const total = Object.keys(summaries).length;
  const shown = anonymous.length + firmIds.reduce((n, id) => n + (byFirm.get(id)?.length ?? 0), 0);
  const hidden = allFirmIds.length > firmIds.length || allAnonymous.length > anonymous.length;

  return (
    <div className="start">
      <section className="intro">
        <h1>{tc('appName')}</h1>
        <p className="lead">{t('lead')}</p>
        <ol className="steps" aria-label={t('steps.label')}>
          <li>
            <strong>{t('steps.answer')}</strong> {t('steps.answerText', { minutes: MINUTES })}
          </li>
          <li>
            <strong>{t('steps.results')}</strong> {t('steps.resultsText')}
          </li>
          <li>
            <strong>{t('steps.coaching')}</strong> {t('steps.coachingText')}
          </li>
        </ol>
        <p className="privacy-note">{t('privacy')}</p>
      </section>

      {remind && (
        <div className="banner banner-warning" role="status">
          <p>{tc('backupReminder')}</p>
          <button type="button" className="button" onClick={() => void exportAllData()}>
            {tc('backupNow')}
          </button>
        </div>
      )}

      <section aria-labelledby="questionnaires-heading">
        <h2 id="questionnaires-heading">{t('questionnaires')}</h2>
        {catalog.length === 0 && <p>{t('noQuestionnaires')}</p>}
        <ul className="cards">
          {catalog.map((q) => (
            <li key={q.id} className="card">
              <h3>{localize(q.title, lang)}</h3>
              <p>{localize(q.description, lang)}</p>
              <p className="meta">
                {t(
                  q.askedAlways < q.questionCount
                    ? 'questionnaireFactsRange'
                    : 'questionnaireFacts',
                  {
                    least: q.askedAlways,
                    questions: q.questionCount,
                    dimensions: q.dimensionCount,
                    minutes: q.minutes,
                  },
                )}
              </p>
              <a className="button primary" href={hrefOf({ name: 'new', questionnaireId: q.id })}>
                {t('begin')}
                <span className="visually-hidden">: {localize(q.title, lang)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="saved-heading">
        <div className="section-head">
          <h2 id="saved-heading">{t('saved')}</h2>
          <ImportButton />
        </div>
        {status === 'loading' ? (
          <p className="loading">{tc('loading')}</p>
        ) : firmIds.length === 0 && anonymous.length === 0 ? (
          <p>{t('nothingSaved')}</p>
        ) : (
          <>
            {firmIds.map((firmId) => {
              const firm = firms[firmId];
              const list = byFirm.get(firmId) ?? [];
              const name = firm?.name ?? list[0]?.firm?.name ?? firmId;
              const doneIds = new Set(list.filter(isDone).map((s) => s.questionnaire.id));
              return (
                <article key={firmId} className="firm-block">
                  <header className="firm-head">
                    <h3>{name}</h3>
                    <div className="row-actions">
                      {firm && (
                        <>
                          <a className="button small" href={hrefOf({ name: 'firm', firmId })}>
                            {t('editProfile')}
                            <span className="visually-hidden">: {name}</span>
                          </a>
                          <button
                            type="button"
                            className="button small"
                            onClick={() => exportFirm(firm)}
                          >
                            {t('exportFirm')}
                            <span className="visually-hidden">: {name}</span>
                          </button>
                        </>
                      )}
                      {AXES && doneIds.has(AXES.x) && doneIds.has(AXES.y) && (
                        <a className="button small" href={hrefOf({ name: 'portfolio', firmId })}>
                          {t('portfolio')}
                          <span className="visually-hidden">: {name}</span>
                        </a>
                      )}
                    </div>
                  </header>
                  {list.length === 0 ? (
                    <p className="meta">{t('noAssessments')}</p>
                  ) : (
                    <ul className="assessment-list">
                      {list.map((s) => (
                        <AssessmentRow key={s.id} summary={s} />
                      ))}
                    </ul>
                  )}
                </article>
              );
            })}
            {anonymous.length > 0 && (
              <article className="firm-block">
                <header className="firm-head">
                  <h3>{t('anonymous')}</h3>
                </header>
                <ul className="assessment-list">
                  {anonymous.map((s) => (
                    <AssessmentRow key={s.id} summary={s} />
                  ))}
                </ul>
              </article>
            )}
            {hidden && (
              <p className="more-rows">
                {t('moreRows', { shown, total })}{' '}
                <button
                  type="button"
                  className="button"
                  onClick={() => setLimit((l) => l + ROWS_SHOWN)}
                >
                  {t('showMore')}
                </button>
              </p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
