import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';
import { exportAllData } from './exportAll';

/** On every screen: when nothing is being saved, or a save failed, say so and how to keep the work. */
export function StorageBanner() {
  const { t } = useTranslation();
  const kind = useAppStore((s) => s.backend?.kind);
  const saveProblem = useAppStore((s) => s.saveProblem);
  const unreadable = useAppStore(
    (s) => s.unreadable.assessments.length + s.unreadable.firms.length,
  );
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
