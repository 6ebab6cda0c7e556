import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useAppStore } from '../state/app-store';
import { exportAllData } from '../state/export-all';

/** Saves the open assessment again (after space was freed); the banner goes once it succeeds. */
async function saveAgain() {
  const { useAssessmentStore } = await import('../state/assessment-store');
  const { current, replace } = useAssessmentStore.getState();
  if (current) replace(current);
}

/** On every screen: when nothing is being saved, or a save failed, say so and how to keep the work. */
export function StorageBanner() {
  const { t } = useTranslation();
  const kind = useAppStore((s) => s.storageKind);
  const saveProblem = useAppStore((s) => s.saveProblem);
  const unreadable = useAppStore(
    (s) => s.unreadable.assessments.length + s.unreadable.firms.length,
  );
  // Whether an assessment is open to save again; its store is loaded only once a save failed.
  const [openAssessment, setOpenAssessment] = useState(false);
  useEffect(() => {
    if (!saveProblem) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('../state/assessment-store').then(({ useAssessmentStore }) => {
      if (cancelled) return;
      setOpenAssessment(!!useAssessmentStore.getState().current);
      stop = useAssessmentStore.subscribe((s) => setOpenAssessment(!!s.current));
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [saveProblem]);
  const message =
    kind === 'memory' ? t('storage.memory') : saveProblem ? t(`storage.${saveProblem}`) : null;
  return (
    <>
      {message && (
        <div className="banner banner-warning" role="alert">
          <p>{message}</p>
          <button type="button" className="button" onClick={() => void exportAllData()}>
            {t('storage.exportNow')}
          </button>
          {kind !== 'memory' && saveProblem && openAssessment && (
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
