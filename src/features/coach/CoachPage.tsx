import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { hrefOf, navigate } from '../../navigation/routes';
import type { Assessment } from '../../core/records/assessment';
import { caseMembers, newCase, normalName, type Case } from '../../core/records/case';
import { isFirmWork } from '../../core/scoring/summary';
import { useAppStore } from '../../state/app-store';
import { newId, now } from '../../state/clock';
import { ConfirmDialog } from '../../ui/Dialog';
import { dateTimeText } from '../../core/present/format';
import { ImportButton } from '../shared/ImportButton';
import { useLang } from '../../i18n/use-lang';
import { useCaseStore } from '../../state/case-store';
import { exportAllData } from '../../state/export-all';
import './coach.css';
import '../../i18n/coach-texts';

/**
 * A case for every firm of the imported assessments that has none yet. A firm of another id but
 * the name of a case's firm gets none: its assessments are offered to that case for joining.
 */
export async function ensureCases(assessments: Assessment[]) {
  const store = useCaseStore.getState();
  await store.load();
  const cases = Object.values(useCaseStore.getState().cases);
  const created: Case[] = [];
  for (const a of assessments) {
    if (!a.firm || a.workshop || a.draft) continue;
    const firm = a.firm;
    const held = [...cases, ...created].some(
      (c) =>
        c.firm.id === firm.id ||
        c.included.includes(a.id) ||
        normalName(c.firm.name) === normalName(firm.name),
    );
    if (!held) created.push(newCase(newId(), firm, now()));
  }
  if (created.length) await store.put(...created);
}

export default function CoachPage() {
  const { t } = useTranslation('coach');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const { status, cases, unreadable, load, put, remove } = useCaseStore();
  const summaries = useAppStore((s) => s.summaries);
  const firms = useAppStore((s) => s.firms);
  const [deleting, setDeleting] = useState<Case | null>(null);
  useEffect(() => {
    void load();
  }, [load]);

  const listed = useMemo(() => Object.values(summaries).filter(isFirmWork), [summaries]);
  const sorted = Object.values(cases).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const withoutCase = Object.values(firms)
    .filter((f) => !sorted.some((c) => c.firm.id === f.id))
    .sort((a, b) => a.name.localeCompare(b.name, lang));

  return (
    <div className="coach">
      <section className="intro">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
      </section>

      {unreadable.length > 0 && (
        <div className="banner banner-warning" role="status" data-testid="cases-unreadable">
          <p>{tc('storage.unreadable', { count: unreadable.length })}</p>
          <button type="button" className="button" onClick={() => void exportAllData()}>
            {tc('error.exportAll')}
          </button>
        </div>
      )}

      <section aria-labelledby="coach-import" className="panel">
        <h2 id="coach-import">{t('import.title')}</h2>
        <p>{t('import.text')}</p>
        <ImportButton dropZone onImported={(a) => void ensureCases(a)} />
      </section>

      <section aria-labelledby="coach-cases">
        <h2 id="coach-cases">{t('cases.title')}</h2>
        {status === 'loading' && <p className="loading">{tc('loading')}</p>}
        {status === 'ready' && sorted.length === 0 && <p>{t('cases.none')}</p>}
        <ul className="cards">
          {sorted.map((c) => {
            const members = caseMembers(c, listed);
            return (
              <li key={c.id} className="card">
                <h3>
                  <a href={hrefOf({ name: 'case', caseId: c.id })}>{c.name}</a>
                </h3>
                <p className="meta">
                  {t('cases.facts', {
                    count: members.length,
                    date: dateTimeText(c.updatedAt, lang),
                  })}
                </p>
                <div className="button-row">
                  <a className="button primary" href={hrefOf({ name: 'case', caseId: c.id })}>
                    {t('cases.open')}
                  </a>
                  <button type="button" className="button" onClick={() => setDeleting(c)}>
                    {t('cases.delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      </section>

      {withoutCase.length > 0 && (
        <section aria-labelledby="coach-firms">
          <h2 id="coach-firms">{t('firms.title')}</h2>
          <ul className="coach-list">
            {withoutCase.map((f) => (
              <li key={f.id}>
                <span>{f.name}</span>{' '}
                <button
                  type="button"
                  className="button small"
                  onClick={() => {
                    const c = newCase(newId(), f, now());
                    void put(c).then(() => navigate({ name: 'case', caseId: c.id }));
                  }}
                >
                  {t('firms.open', { name: f.name })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <ConfirmDialog
        open={!!deleting}
        title={t('cases.deleteTitle')}
        confirm={t('cases.delete')}
        cancel={tc('action.cancel')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) void remove(deleting.id);
          setDeleting(null);
        }}
      >
        <p>{t('cases.deleteText', { name: deleting?.name ?? '' })}</p>
      </ConfirmDialog>
    </div>
  );
}
