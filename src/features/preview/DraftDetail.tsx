import { catalog, profileDefinition } from 'virtual:questionnaires';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { hrefOf, navigate } from '../../navigation/routes';
import { trialAssessment } from '../../core/records/draft';
import type { Questionnaire } from '../../core/definition/questionnaire';
import type { AssessmentSummary } from '../../core/scoring/summary';
import { localize } from '../../core/common/text';
import { useAppStore } from '../../state/app-store';
import { useAssessmentStore } from '../../state/assessment-store';
import { newId, now } from '../../state/clock';
import { DeleteButton } from '../../ui/DeleteButton';
import { dateTimeText, levelText, scoreText } from '../../core/present/format';
import { useLang } from '../../i18n/use-lang';
import { DeleteDraftButton } from './DeleteDraftButton';
import { draftName } from './DraftList';
import { ProblemList } from './ProblemList';
import type { DraftEntry } from '../../state/use-drafts';

const NO_PROFILE = '';

function TrialRow({ summary }: { summary: AssessmentSummary }) {
  const { t } = useTranslation('preview');
  const lang = useLang();
  const name = t('trialName', { date: dateTimeText(summary.createdAt, lang) });
  return (
    <li className="assessment-row">
      <div className="assessment-main">
        <span className="assessment-title">{name}</span>
        <span className="meta">
          {t('trialProgress', { answered: summary.answered, total: summary.visibleScored })}
        </span>
        <span data-testid="trial-score">
          {summary.score === null || summary.level === null
            ? t('noScore')
            : t('score', {
                score: scoreText(summary.score),
                level: levelText(summary.level, lang),
              })}
        </span>
      </div>
      <div className="row-actions">
        <a className="button small" href={hrefOf({ name: 'answer', id: summary.id, dimension: 0 })}>
          {t('continue')}
          <span className="visually-hidden">: {name}</span>
        </a>
        <a className="button small" href={hrefOf({ name: 'results', id: summary.id })}>
          {t('results')}
          <span className="visually-hidden">: {name}</span>
        </a>
        <DeleteButton
          name={name}
          title={t('deleteTrialTitle')}
          onDelete={() => void useAppStore.getState().removeAssessment(summary.id)}
        >
          <p>{t('deleteTrialText')}</p>
        </DeleteButton>
      </div>
    </li>
  );
}

function Trial({ draftKey, questionnaire }: { draftKey: string; questionnaire: Questionnaire }) {
  const { t } = useTranslation('preview');
  const selectId = useId();
  const firms = useAppStore((s) => s.firms);
  const summaries = useAppStore((s) => s.summaries);
  const [firmId, setFirmId] = useState(NO_PROFILE);
  const trials = Object.values(summaries)
    .filter((s) => s.draftId === draftKey)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const firmList = Object.values(firms).sort((a, b) => a.name.localeCompare(b.name));

  const start = () => {
    const assessment = trialAssessment({
      id: newId(),
      at: now(),
      draftKey,
      questionnaire,
      profileDefinition,
      profile: firms[firmId]?.profile ?? {},
    });
    useAssessmentStore.getState().replace(assessment);
    navigate({ name: 'answer', id: assessment.id, dimension: 0 });
  };

  return (
    <section aria-labelledby="trial-heading">
      <h2 id="trial-heading">{t('trialTitle')}</h2>
      <p>{t('trialLead')}</p>
      {firmList.length > 0 && (
        <div className="field">
          <label htmlFor={selectId}>{t('profile')}</label>
          <p className="help" id={`${selectId}-help`}>
            {t('profileHelp')}
          </p>
          <select
            id={selectId}
            aria-describedby={`${selectId}-help`}
            value={firmId}
            onChange={(e) => setFirmId(e.target.value)}
          >
            <option value={NO_PROFILE}>{t('profileNone')}</option>
            {firmList.map((f) => (
              <option key={f.id} value={f.id}>
                {t('profileOf', { name: f.name })}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="button-row">
        <button type="button" className="button primary" onClick={start}>
          {t('startTrial')}
        </button>
      </div>
      <h3>{t('trials')}</h3>
      {trials.length === 0 ? (
        <p>{t('trialsNone')}</p>
      ) : (
        <ul className="assessment-list">
          {trials.map((s) => (
            <TrialRow key={s.id} summary={s} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function DraftDetail({
  entry,
  onDeleted,
}: {
  entry: DraftEntry;
  onDeleted(): Promise<void>;
}) {
  const { t } = useTranslation('preview');
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const { record, result, facts } = entry;
  const name = draftName(entry, lang);
  const id = result.ok ? result.value.id : facts.id;
  const shipped = catalog.find((q) => q.id === id);

  // Opening a draft moves focus to it, as a new screen does.
  useEffect(() => heading.current?.focus({ preventScroll: true }), [record.key]);

  return (
    <section className="panel preview" data-draft={record.key}>
      <p className="eyebrow">
        <span className="tag">{t('draft')}</span>
        {t('title')}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {name}
      </h1>
      <dl className="preview-facts">
        <dt>{t('facts.file')}</dt>
        <dd>{record.fileName}</dd>
        <dt>{t('facts.id')}</dt>
        <dd>{facts.id ?? t('unknown')}</dd>
        <dt>{t('facts.version')}</dt>
        <dd>{facts.version ?? t('unknown')}</dd>
        <dt>{t('facts.opened')}</dt>
        <dd>{dateTimeText(record.openedAt, lang)}</dd>
      </dl>
      {shipped && (
        <p className="preview-notice" data-testid="shipped-notice">
          {t('shipped', { id: shipped.id, title: localize(shipped.title, lang) })}
        </p>
      )}
      {result.ok ? (
        <>
          <h2>{t('validTitle')}</h2>
          <p>
            {t('validLead', {
              dimensions: result.value.dimensions.length,
              questions: result.value.dimensions.reduce((n, d) => n + d.questions.length, 0),
            })}
          </p>
          <Trial draftKey={record.key} questionnaire={result.value} />
        </>
      ) : (
        <section aria-labelledby="problems-heading">
          <h2 id="problems-heading">
            {t('problemsTitle')}: {t('problems', { count: result.problems.length })}
          </h2>
          <p>{t('problemsLead')}</p>
          <ProblemList problems={result.problems} />
        </section>
      )}
      <div className="button-row">
        <a className="button" href={hrefOf({ name: 'preview' })}>
          {t('back')}
        </a>
        <DeleteDraftButton
          entry={entry}
          name={name}
          onDeleted={async () => {
            await onDeleted();
            navigate({ name: 'preview' }, { replace: true });
          }}
        />
      </div>
    </section>
  );
}
