import { useTranslation } from 'react-i18next';
import './texts';

export default function PreviewPage() {
  const { t } = useTranslation('preview');
  return (
    <section className="panel">
      <h1>{t('title')}</h1>
    </section>
  );
}
