import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { hrefOf } from '../../navigation/routes';
import { caseMembers, joinOffers, moveAssessment, removeFromCase } from '../../core/records/case';
import { compareByQuestionnaire } from '../../core/compare/compare';
import { isFirmWork, type AssessmentSummary } from '../../core/scoring/summary';
import { localize } from '../../core/common/text';
import { useAppStore } from '../../state/app-store';
import { now } from '../../state/clock';
import { dayText, percentText, scoreText } from '../../core/present/format';
import { useLang } from '../../i18n/use-lang';
import { useCaseStore } from '../../state/case-store';
import { DeadEnd } from '../../ui/DeadEnd';
import { Table } from '../../ui/Table';
import { CompareView } from './CompareView';
import { SessionPanel } from './SessionPanel';
import { useCaseAssessments } from '../../state/use-case-assessments';
import { doneAt } from '../../core/scoring/portfolio';
import './coach.css';
import '../../i18n/coach-texts';

export default function CasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('coach');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const status = useCaseStore((s) => s.status);
  const cases = useCaseStore((s) => s.cases);
  const load = useCaseStore((s) => s.load);
  const put = useCaseStore((s) => s.put);
  const change = useCaseStore((s) => s.change);
  const summaries = useAppStore((s) => s.summaries);
  const c = cases[caseId];
  useEffect(() => {
    void load();
  }, [load]);

  const listed = useMemo(() => Object.values(summaries).filter(isFirmWork), [summaries]);
  const members = useMemo(
    () => (c ? caseMembers(c, listed).sort((a, b) => doneAt(a).localeCompare(doneAt(b))) : []),
    [c, listed],
  );
  const offers = useMemo(
    () => (c ? joinOffers(c, listed, Object.values(cases)) : []),
    [c, listed, cases],
  );
  // Which members are compared (all, unless the coach unticks some).
  const [left, setLeft] = useState<Set<string>>(new Set());
  const toggle = useCallback(
    (id: string) =>
      setLeft((s) => {
        const next = new Set(s);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  // Keyed by the other cases' ids and names only, so typing in the session (a new `cases`
  // object per keystroke) leaves the member rows alone: a case of 50 redrew every member row per
  // keystroke before (`npm run bench`, "Coach: open and compare a case of 50", draws those rows).
  const targetsKey = JSON.stringify(
    Object.values(cases)
      .filter((x) => x.id !== caseId)
      .map((o) => [o.id, o.name]),
  );
  const moveTargets = useMemo(
    () => (JSON.parse(targetsKey) as [string, string][]).map(([id, name]) => ({ id, name })),
    [targetsKey],
  );
  const chosen = members.filter((m) => !left.has(m.id));
  const versionKey = chosen.map((m) => m.updatedAt).join('|');
  const loaded = useCaseAssessments(
    chosen.map((m) => m.id),
    versionKey,
  );
  const comparisons = useMemo(
    () => (loaded.assessments.length ? compareByQuestionnaire(loaded.assessments) : []),
    [loaded.assessments],
  );

  if (!c) {
    return (
      <DeadEnd title={t('title')} href={hrefOf({ name: 'coach' })} link={t('back')}>
        <p>{status === 'loading' ? tc('loading') : t('caseMissing')}</p>
      </DeadEnd>
    );
  }

  // Before and after: of each questionnaire the oldest and the newest assessment (members are by date).
  const firstAndLast = () => {
    const keep = new Set<string>();
    for (const qid of new Set(members.map((m) => m.questionnaire.id))) {
      const of = members.filter((m) => m.questionnaire.id === qid);
      keep.add(of[0]!.id).add(of[of.length - 1]!.id);
    }
    setLeft(new Set(members.filter((m) => !keep.has(m.id)).map((m) => m.id)));
  };

  return (
    <div className="case">
      <p className="link-line">
        <a href={hrefOf({ name: 'coach' })}>{t('back')}</a>
      </p>
      <h1>{t('case.title', { name: c.name })}</h1>
      <div className="button-row no-print">
        <ExportButtons caseId={c.id} />
      </div>

      <section aria-labelledby="members-heading" className="panel">
        <h2 id="members-heading">{t('members.title')}</h2>
        {members.length === 0 && <p>{t('members.none')}</p>}
        {members.length > 0 && (
          <Table
            label={t('members.tableLabel')}
            className="dimension-table"
            head={[
              t('members.compare'),
              t('members.questionnaire'),
              t('members.role'),
              t('members.date'),
              t('members.completeness'),
              t('members.score'),
              t('members.actions'),
            ]}
          >
            {members.map((m) => (
              <MemberRow
                key={m.id}
                m={m}
                caseId={c.id}
                chosen={!left.has(m.id)}
                onToggle={toggle}
                moveTargets={moveTargets}
              />
            ))}
          </Table>
        )}
        {members.length > 2 && (
          <div className="button-row">
            <button type="button" className="button small" onClick={() => setLeft(new Set())}>
              {t('members.all')}
            </button>
            <button type="button" className="button small" onClick={firstAndLast}>
              {t('members.beforeAfter')}
            </button>
          </div>
        )}
        {offers.length > 0 && (
          <div className="banner banner-info" role="note" data-testid="offers">
            <p>{t('offers.text', { name: c.firm.name })}</p>
            <ul>
              {offers.map((o) => (
                <li key={o.id}>
                  {tc(`role.${o.role}` as 'role.other')} · {localize(o.questionnaire.title, lang)} ·{' '}
                  {dayText(o.updatedAt, lang)}{' '}
                  <button
                    type="button"
                    className="button small"
                    onClick={() =>
                      void put(
                        ...moveAssessment(o.id, o.firm?.id ?? null, c, Object.values(cases), now()),
                      )
                    }
                  >
                    {t('offers.join')}
                  </button>{' '}
                  <button
                    type="button"
                    className="button small"
                    onClick={() =>
                      void change(c.id, (x) => ({ ...x, excluded: [...x.excluded, o.id] }))
                    }
                  >
                    {t('offers.decline')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {loaded.failed.length > 0 && (
        <div className="banner banner-warning" role="alert">
          <p>{t('members.failed', { count: loaded.failed.length })}</p>
        </div>
      )}

      {chosen.length > 0 && loaded.status === 'loading' && (
        <p className="loading">{tc('loading')}</p>
      )}

      {comparisons.map((cmp) => (
        <section
          key={cmp.questionnaire.id}
          aria-labelledby={`cmp-${cmp.questionnaire.id}`}
          className="panel compare-section"
          data-questionnaire={cmp.questionnaire.id}
        >
          <h2 id={`cmp-${cmp.questionnaire.id}`}>
            {t('compare.title', { questionnaire: localize(cmp.questionnaire.title, lang) })}
          </h2>
          <CompareView comparison={cmp} lang={lang} />
          <Later>
            <h2>{t('session.title')}</h2>
            <p className="help">{t('session.help')}</p>
            <SessionPanel c={c} comparison={cmp} lang={lang} />
          </Later>
        </section>
      ))}
    </div>
  );
}

/**
 * Renders its content right after the rest of the screen has been drawn: the comparison's
 * figures and chart come first, the long lists below a moment later.
 */
function Later({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const ready = useDeferredValue(true, false);
  return ready ? children : <p className="loading">{t('loading')}</p>;
}

/** One assessment of the case; drawn again only when its own data or choice changes. */
const MemberRow = memo(function MemberRow({
  m,
  caseId,
  chosen,
  onToggle,
  moveTargets,
}: {
  m: AssessmentSummary;
  caseId: string;
  chosen: boolean;
  onToggle(id: string): void;
  moveTargets: { id: string; name: string }[];
}) {
  const onMove = (targetId: string) => {
    const { cases, put } = useCaseStore.getState();
    const target = cases[targetId];
    if (target)
      void put(...moveAssessment(m.id, m.firm?.id ?? null, target, Object.values(cases), now()));
  };
  const onRemove = () =>
    void useCaseStore
      .getState()
      .change(caseId, (x) => removeFromCase(x, m.id, m.firm?.id ?? null, now()));
  const { t } = useTranslation('coach');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const label = `${tc(`role.${m.role}` as 'role.other')} · ${dayText(doneAt(m), lang)}`;
  return (
    <tr>
      <td>
        <label className="check-target">
          <input
            type="checkbox"
            checked={chosen}
            onChange={() => onToggle(m.id)}
            aria-label={t('members.compareOne', { label })}
          />
        </label>
      </td>
      <td>{localize(m.questionnaire.title, lang)}</td>
      <td>{tc(`role.${m.role}` as 'role.other')}</td>
      <td>{dayText(doneAt(m), lang)}</td>
      <td>{percentText(m.completeness)} %</td>
      <td>{m.score === null ? '–' : scoreText(m.score)}</td>
      <td>
        <a className="button small" href={hrefOf({ name: 'results', id: m.id })}>
          {t('members.results')}
        </a>{' '}
        {moveTargets.length > 0 && (
          <select
            aria-label={t('members.moveOne', { label })}
            value=""
            onChange={(e) => e.target.value && onMove(e.target.value)}
          >
            <option value="">{t('members.move')}</option>
            {moveTargets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}{' '}
        <button type="button" className="button small" onClick={onRemove}>
          {t('members.remove')}
        </button>
      </td>
    </tr>
  );
});

function ExportButtons({ caseId }: { caseId: string }) {
  const { t } = useTranslation('coach');
  const lang = useLang();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const run = (what: () => Promise<void>) => {
    setState('busy');
    what().then(
      () => setState('idle'),
      (error: unknown) => {
        console.error(error);
        setState('failed');
      },
    );
  };
  return (
    <>
      <button
        type="button"
        className="button primary"
        disabled={state === 'busy'}
        onClick={() =>
          run(async () =>
            (await import('../../state/case-files')).downloadSessionReport(caseId, lang),
          )
        }
      >
        {state === 'busy' ? t('report.busy') : t('report.button')}
      </button>
      <button
        type="button"
        className="button"
        disabled={state === 'busy'}
        onClick={() =>
          run(async () =>
            (await import('../../state/case-files')).downloadCaseSpreadsheet(caseId, lang),
          )
        }
      >
        {t('report.sheet')}
      </button>
      <button
        type="button"
        className="button"
        disabled={state === 'busy'}
        onClick={() => run(async () => (await import('../../state/case-files')).exportCase(caseId))}
      >
        {t('export.button')}
      </button>
      {state === 'failed' && (
        <span role="alert" className="form-error">
          {t('report.failed')}
        </span>
      )}
    </>
  );
}
