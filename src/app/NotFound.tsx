import { useTranslation } from '../i18n/use-translation';
import { hrefOf } from '../navigation/routes';
import { DeadEnd } from '../ui/DeadEnd';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <DeadEnd
      title={t('error.notFound')}
      href={hrefOf({ name: 'start' })}
      link={t('error.toStart')}
    />
  );
}
