import { useTranslation } from '../../i18n/use-translation';
import { formatPath, type Problem } from '../../core/common/problems';

const SHOWN = 200;

/** Problems as `npm run validate` prints them: the JSON path, then the message in the user's language. */
export function ProblemList({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation('preview');
  const { t: tp } = useTranslation('problems');
  return (
    <ul className="preview-problems">
      {problems.slice(0, SHOWN).map((p, i) => (
        <li key={i}>
          {p.path.length > 0 && (
            <>
              <code>{formatPath(p.path)}</code>:{' '}
            </>
          )}
          {tp(p.code as 'missing', p.params)}
        </li>
      ))}
      {problems.length > SHOWN && <li>{t('moreProblems', { count: problems.length - SHOWN })}</li>}
    </ul>
  );
}
