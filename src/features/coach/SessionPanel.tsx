import { memo, useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { dimensionKey, type Action, type Case } from '../../core/records/case';
import type { Comparison } from '../../core/compare/compare';
import { SERVICE_IDS } from '../../core/definition/model';
import { localize, type Lang } from '../../core/common/text';
import { newId, now } from '../../state/clock';
import { levelText } from '../../core/present/format';
import { useCaseStore } from '../../state/case-store';
import { TextField } from '../../ui/inputs';
import { CompareDetails } from './CompareView';

const ActionRow = memo(function ActionRow({
  caseId,
  action,
  index,
}: {
  caseId: string;
  action: Action;
  index: number;
}) {
  const { t } = useTranslation('coach');
  const { t: tc } = useTranslation();
  const change = useCaseStore((s) => s.change);
  const id = useId();
  const set = (patch: Partial<Action>) =>
    void change(caseId, (x) => ({
      ...x,
      actions: x.actions.map((a) => (a.id === action.id ? { ...a, ...patch, at: now() } : a)),
    }));
  return (
    <fieldset className="action-row" data-testid="action">
      <legend>{t('session.actionN', { n: index + 1 })}</legend>
      <TextField
        id={`${id}-what`}
        label={t('session.what')}
        maxLength={2000}
        value={action.what}
        onChange={(what) => set({ what })}
      />
      <TextField
        id={`${id}-who`}
        label={t('session.who')}
        maxLength={200}
        value={action.who}
        onChange={(who) => set({ who })}
      />
      <TextField
        id={`${id}-due`}
        label={t('session.due')}
        type="date"
        value={action.due}
        onChange={(due) => set({ due: /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : '' })}
      />
      <div className="field">
        <label htmlFor={`${id}-service`}>{t('session.service')}</label>
        <select
          id={`${id}-service`}
          value={action.service}
          onChange={(e) => set({ service: e.target.value as Action['service'] })}
        >
          <option value="">{t('session.noService')}</option>
          {SERVICE_IDS.map((s) => (
            <option key={s} value={s}>
              {tc(`service.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button small"
        onClick={() =>
          void change(caseId, (x) => ({
            ...x,
            actions: x.actions.filter((a) => a.id !== action.id),
          }))
        }
      >
        {t('session.removeAction')}
      </button>
    </fieldset>
  );
});

/** Per dimension: the coach's notes, the target agreed in the session and the actions. */
export function SessionPanel({
  c,
  comparison,
  lang,
}: {
  c: Case;
  comparison: Comparison;
  lang: Lang;
}) {
  const qid = comparison.questionnaire.id;
  const { t } = useTranslation('coach');
  return (
    <div className="session">
      <nav
        aria-label={t('session.jump', {
          questionnaire: localize(comparison.questionnaire.title, lang),
        })}
        className="session-jump"
      >
        <ul>
          {comparison.dimensions.map((d) => {
            const key = dimensionKey(qid, d.id);
            const actions = c.actions.filter((a) => a.dimension === key).length;
            return (
              <li key={d.id}>
                {/* A button, not a link: the address's # part is the app's route. */}
                <button
                  type="button"
                  className="jump-item"
                  onClick={() => document.getElementById(`s-${key}`)?.focus()}
                >
                  <span className="jump-title">{localize(d.title, lang)}</span>
                  {(d.disagreement || actions > 0) && (
                    <span className="jump-meta">
                      {d.disagreement && (
                        <strong className="disagree">{t('session.jumpDisagree')}</strong>
                      )}
                      {d.disagreement && actions > 0 && ' · '}
                      {actions > 0 && t('session.jumpActions', { count: actions })}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      {comparison.dimensions.map((d) => {
        const key = dimensionKey(qid, d.id);
        return (
          <SessionDimension
            key={d.id}
            caseId={c.id}
            dimensionKey={key}
            d={d}
            lang={lang}
            note={c.notes[key]?.text ?? ''}
            agreed={c.targets[key]?.level}
            allActions={c.actions}
            comparison={comparison}
          />
        );
      })}
    </div>
  );
}

/** One dimension's part of the session: drawn again only when its own entries change. */
const SessionDimension = memo(function SessionDimension({
  caseId,
  dimensionKey: key,
  d,
  lang,
  note,
  agreed,
  allActions,
  comparison,
}: {
  caseId: string;
  dimensionKey: string;
  d: Comparison['dimensions'][number];
  lang: Lang;
  note: string;
  agreed: number | undefined;
  allActions: readonly Action[];
  /** The group's answers: this dimension's differences stand beside its notes. */
  comparison: Comparison;
}) {
  const { t } = useTranslation('coach');
  const { t: tc } = useTranslation();
  const change = useCaseStore((s) => s.change);
  const actions = allActions.filter((a) => a.dimension === key);
  return (
    <section className="session-dimension" aria-labelledby={`s-${key}`}>
      <h3 id={`s-${key}`} tabIndex={-1}>
        {localize(d.title, lang)}
      </h3>
      <p className="meta">
        {d.meanLevel === null
          ? t('session.notAssessed')
          : t('session.facts', {
              mean: levelText(d.meanLevel, lang),
              target: d.target,
            })}
        {d.disagreement && <strong className="disagree"> {t('compare.disagree')}</strong>}
      </p>
      <div className="session-columns">
        <CompareDetails comparison={comparison} lang={lang} dimension={d.id} />
        <div className="session-fields">
          <div className="field">
            <label htmlFor={`note-${key}`}>{t('session.notes')}</label>
            <textarea
              id={`note-${key}`}
              rows={3}
              maxLength={20_000}
              value={note}
              onChange={(e) => {
                const text = e.target.value;
                void change(caseId, (x) => ({
                  ...x,
                  notes: { ...x.notes, [key]: { text, at: now() } },
                }));
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`target-${key}`}>{t('session.target')}</label>
            <select
              id={`target-${key}`}
              value={agreed ?? ''}
              onChange={(e) => {
                const level = Number(e.target.value);
                void change(caseId, (x) => {
                  const { [key]: _old, ...targets } = x.targets;
                  return {
                    ...x,
                    targets: level ? { ...targets, [key]: { level, at: now() } } : targets,
                  };
                });
              }}
            >
              <option value="">{t('session.noTarget')}</option>
              {[1, 2, 3, 4, 5].map((l) => (
                <option key={l} value={l}>
                  {l} {tc(`level.${l}` as 'level.1')}
                </option>
              ))}
            </select>
          </div>
          {actions.map((a, i) => (
            <ActionRow key={a.id} caseId={caseId} action={a} index={i} />
          ))}
          <button
            type="button"
            className="button"
            onClick={() =>
              void change(caseId, (x) => ({
                ...x,
                actions: [
                  ...x.actions,
                  {
                    id: newId(),
                    dimension: key,
                    what: '',
                    who: '',
                    due: '',
                    service: '',
                    at: now(),
                  },
                ],
              }))
            }
          >
            {t('session.addAction', { dimension: d.id })}
          </button>
        </div>
      </div>
    </section>
  );
});
