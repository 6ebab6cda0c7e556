import { useTranslation } from '../i18n/use-translation';
import { hrefOf } from '../navigation/routes';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="panel">
      <h1>{t('error.notFound')}</h1>
      <a className="button" href={hrefOf({ name: 'start' })}>
        {t('error.toStart')}
      </a>
    </section>
  );
}
