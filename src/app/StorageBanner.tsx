import { useEffect } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useLang } from '../i18n/use-lang';
import type { Lang } from '../core/common/text';
import { storage, useAppStore } from '../state/app-store';
import { exportAllData } from '../state/export-all';
import type { PendingRecord } from '../storage/pending';
import { STORAGE_KEYS } from '../storage/keys';

type T = ReturnType<typeof useTranslation>['t'];

const { stores } = STORAGE_KEYS;
const text = (value: unknown, key: string): string | null => {
  const v = (value as Record<string, unknown> | null)?.[key];
  return typeof v === 'string' && v ? v : null;
};

/** What a person calls a record that is not saved yet; null for parts of another (definitions). */
function nameOf({ store, value }: PendingRecord, t: T, lang: Lang): string | null {
  const name = text(value, 'name');
  if (store === stores.firms) return t('storage.item.firm', { name: name ?? '' });
  if (store === stores.cases) return t('storage.item.case', { name: name ?? '' });
  if (store === stores.workshops) return t('storage.item.workshop', { name: name ?? '' });
  if (store === stores.drafts)
    return t('storage.item.draft', { name: text(value, 'fileName') ?? '' });
  if (store === stores.assessments) {
    const summary = (value as { summary?: Record<string, unknown> } | null)?.summary;
    const title = (summary?.questionnaire as { title?: Record<string, string> } | undefined)?.title;
    const firm = text(summary?.firm, 'name');
    const params = { title: title?.[lang] ?? title?.de ?? '', firm: firm ?? '' };
    return t(firm ? 'storage.item.assessment' : 'storage.item.assessmentNoFirm', params);
  }
  return null;
}

/** Tries every pending record again; the open assessment is saved anew (its journal then goes). */
async function saveAgain() {
  await storage()?.retry();
  const { useAssessmentStore } = await import('../state/assessment-store');
  const { current, replace } = useAssessmentStore.getState();
  if (current) replace(current);
}

/** On every screen: when nothing is being saved, or a save failed, say so and how to keep the work. */
export function StorageBanner() {
  const { t } = useTranslation();
  const lang = useLang();
  const kind = useAppStore((s) => s.storageKind);
  const access = useAppStore((s) => s.storageAccess);
  const saveProblem = useAppStore((s) => s.saveProblem);
  const pending = useAppStore((s) => s.pending);
  const unreadable = useAppStore(
    (s) => s.unreadable.assessments.length + s.unreadable.firms.length,
  );
  const leaveWarning = t('storage.leave');
  useEffect(() => {
    if (pending.length === 0) return;
    // Leaving or reloading now would lose what is pending: the browser asks first.
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = leaveWarning;
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [pending.length, leaveWarning]);

  const names = pending.map((r) => nameOf(r, t, lang)).filter((n): n is string => n !== null);
  if (names.length === 0 && pending.length > 0) names.push(t('storage.item.other'));
  const message =
    kind === 'memory' ? t('storage.memory') : saveProblem ? t(`storage.${saveProblem}`) : null;
  return (
    <>
      {access === 'blocked' && (
        <div className="banner banner-warning" role="alert" data-testid="storage-blocked">
          <p>{t('storage.blocked')}</p>
        </div>
      )}
      {access === 'outdated' && (
        <div className="banner banner-warning" role="alert" data-testid="storage-outdated">
          <p>{t('storage.outdated')}</p>
          <button type="button" className="button primary" onClick={() => location.reload()}>
            {t('error.reload')}
          </button>
        </div>
      )}
      {message && (
        <div className="banner banner-warning" role="alert">
          <p>{message}</p>
          {kind !== 'memory' && names.length > 0 && (
            <p className="pending-list">
              {t('storage.pending', { count: names.length, names: names.join(', ') })}
            </p>
          )}
          <button type="button" className="button" onClick={() => void exportAllData()}>
            {t('storage.exportNow')}
          </button>
          {kind !== 'memory' && saveProblem && (
            <button type="button" className="button" onClick={() => void saveAgain()}>
              {t('storage.saveAgain')}
            </button>
          )}
        </div>
      )}
      {unreadable > 0 && (
        <div className="banner banner-warning" role="status">
          <p>{t('storage.unreadable', { count: unreadable })}</p>
        </div>
      )}
    </>
  );
}
