import { useTranslation } from 'react-i18next';
import './texts';

export default function CasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('coach');
  return (
    <section className="panel">
      <h1>{t('title')}</h1>
      <p>{caseId}</p>
    </section>
  );
}
