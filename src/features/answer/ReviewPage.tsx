import { useTranslation } from '../../i18n/use-translation';
import { hrefOf } from '../../navigation/routes';
import { unansweredQuestions } from '../../core/scoring/progress';
import { localize } from '../../core/common/text';
import { useLang } from '../../i18n/use-lang';
import { LoadState } from '../shared/LoadState';
import { useOpenAssessment } from '../../state/use-open-assessment';
import { readSession } from '../../state/workshop-session';

export default function ReviewPage({ id }: { id: string }) {
  const { t } = useTranslation('answer');
  const lang = useLang();
  const { current, result, status, problems } = useOpenAssessment(id);
  if (!current || !result) return <LoadState status={status} problems={problems} />;
  const open = unansweredQuestions(result);
  const dims = current.questionnaire.dimensions;
  const textOf = (dimIndex: number, qid: string) => {
    const q = dims[dimIndex]!.questions.find((x) => x.id === qid);
    return q ? localize(q.text, lang) : qid;
  };
  return (
    <section className="panel narrow" data-complete={open.length === 0 ? 'yes' : 'no'}>
      <p className="eyebrow">{localize(current.questionnaire.title, lang)}</p>
      <h1>{open.length === 0 ? t('reviewDone') : t('reviewTitle')}</h1>
      {open.length === 0 ? (
        <p>{t('allAnswered')}</p>
      ) : (
        <>
          <p>{t('unansweredIntro', { count: open.length })}</p>
          {dims.map((d, di) => {
            const list = open.filter((u) => u.dimensionIndex === di);
            if (!list.length) return null;
            return (
              <div key={d.id} className="review-group">
                <h2>{localize(d.title, lang)}</h2>
                <ul>
                  {list.map((u) => (
                    <li key={u.question}>
                      <a href={hrefOf({ name: 'answer', id, dimension: di, question: u.question })}>
                        {textOf(di, u.question)}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </>
      )}
      <div className="button-row">
        <a className="button" href={hrefOf({ name: 'answer', id, dimension: 0 })}>
          {t('backToQuestions')}
        </a>
        <a className="button primary" data-nav="results" href={hrefOf({ name: 'results', id })}>
          {/* In a workshop this ends the participant's turn (see WorkshopLock). */}
          {readSession()?.participant === id ? t('handOn') : t('showResults')}
        </a>
      </div>
    </section>
  );
}
