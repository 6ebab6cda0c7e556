import { useEffect, useState } from 'react';
import { formatPath, type Problem } from '../../core/common/problems';
import { loadProblemTexts, problemTextsLoaded } from '../../i18n/problem-texts';
import { useTranslation } from '../../i18n/use-translation';

/**
 * A problem's message in the user's language. The texts load once `shown` is true (a screen
 * passes whether it has problems to show); for the moment until they are there, a message is "…".
 */
export function useProblemMessage(shown = true): (p: Problem) => string {
  const [ready, setReady] = useState(problemTextsLoaded);
  useEffect(() => {
    if (!shown || ready) return;
    let live = true;
    void loadProblemTexts().then((ok) => live && setReady(ok));
    return () => {
      live = false;
    };
  }, [shown, ready]);
  const { t } = useTranslation('problems');
  return (p) => (ready ? t(p.code as 'missing', p.params) : '…');
}

/** A problem in the user's language, with its place in the file when it has one. */
export function useProblemText(shown = true): (p: Problem) => string {
  const message = useProblemMessage(shown);
  return (p) => (p.path.length > 0 ? `${message(p)} (${formatPath(p.path)})` : message(p));
}
