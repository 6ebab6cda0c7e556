import { formatPath, type Problem } from '../../core/common/problems';
import { useTranslation } from '../../i18n/use-translation';

/** A problem in the user's language, with its place in the file when it has one. */
export function useProblemText(): (p: Problem) => string {
  const { t } = useTranslation('problems');
  return (p) => {
    const message = t(p.code as 'missing', p.params);
    return p.path.length > 0 ? `${message} (${formatPath(p.path)})` : message;
  };
}
