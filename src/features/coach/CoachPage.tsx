import { useTranslation } from 'react-i18next';
import './texts';

export default function CoachPage() {
  const { t } = useTranslation('coach');
  return (
    <section className="panel">
      <h1>{t('title')}</h1>
    </section>
  );
}
