import { useTranslation } from '../../i18n/use-translation';
import { formatPath, type Problem } from '../../core/common/problems';
import { useProblemMessage } from '../shared/problem-text';

const SHOWN = 200;

/** Problems as `npm run validate` prints them: the JSON path, then the message in the user's language. */
export function ProblemList({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation('preview');
  const message = useProblemMessage();
  return (
    <ul className="preview-problems">
      {problems.slice(0, SHOWN).map((p, i) => (
        <li key={i}>
          {p.path.length > 0 && (
            <>
              <code>{formatPath(p.path)}</code>:{' '}
            </>
          )}
          {message(p)}
        </li>
      ))}
      {problems.length > SHOWN && <li>{t('moreProblems', { count: problems.length - SHOWN })}</li>}
    </ul>
  );
}
