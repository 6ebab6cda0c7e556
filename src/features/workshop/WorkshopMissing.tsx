import { useTranslation } from '../../i18n/use-translation';
import { hrefOf } from '../../navigation/routes';
import { DeadEnd } from '../../ui/DeadEnd';

/** A workshop that is not (or no longer) on this device, with the way back to the list. */
export function WorkshopMissing() {
  const { t } = useTranslation('workshop');
  return (
    <DeadEnd
      className="panel narrow workshop"
      title={t('title')}
      href={hrefOf({ name: 'workshops' })}
      link={t('closed.toList')}
    >
      <p>{t('notFound')}</p>
    </DeadEnd>
  );
}
