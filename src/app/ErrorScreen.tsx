import { useTranslation } from '../i18n/use-translation';
import { exportAllData } from '../state/export-all';

export function ErrorScreen() {
  const { t } = useTranslation();
  return (
    <section className="panel error-screen" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.text')}</p>
      <div className="button-row">
        <button type="button" className="button primary" onClick={() => void exportAllData()}>
          {t('error.exportAll')}
        </button>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    </section>
  );
}
