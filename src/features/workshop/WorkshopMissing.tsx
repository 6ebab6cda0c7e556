import { useTranslation } from '../../i18n/use-translation';
import { hrefOf } from '../../navigation/routes';

/** A workshop that is not (or no longer) on this device, with the way back to the list. */
export function WorkshopMissing() {
  const { t } = useTranslation('workshop');
  return (
    <section className="panel narrow workshop">
      <h1>{t('title')}</h1>
      <p>{t('notFound')}</p>
      <a className="button" href={hrefOf({ name: 'workshops' })}>
        {t('closed.toList')}
      </a>
    </section>
  );
}
