import { useTranslation } from '../../i18n/use-translation';
import { hrefOf } from '../../navigation/routes';
import type { Problem } from '../../core/common/problems';
import { useProblemText } from './problem-text';

/** While an assessment loads, or why it could not be opened. */
export function LoadState({ status, problems }: { status: string; problems: Problem[] }) {
  const { t } = useTranslation('answer');
  const { t: tc } = useTranslation();
  const describe = useProblemText(status === 'error');
  if (status !== 'error') return <p className="loading">{tc('loading')}</p>;
  return (
    <section className="panel" role="alert">
      <h1>{t('cannotOpen')}</h1>
      <ul>
        {problems.slice(0, 5).map((p, i) => (
          <li key={i}>{describe(p)}</li>
        ))}
      </ul>
      <a className="button" href={hrefOf({ name: 'start' })}>
        {tc('error.toStart')}
      </a>
    </section>
  );
}
