import { useTranslation } from 'react-i18next';
import './texts';

export default function WorkshopsPage() {
  const { t } = useTranslation('workshop');
  return (
    <section className="panel">
      <h1>{t('title')}</h1>
    </section>
  );
}
