import { useDeferredValue, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/router';
import { localize } from '../../core/text';
import { ProgressBar } from '../../ui/ProgressBar';
import { useLang } from '../../ui/useLang';
import { LoadState } from '../../ui/LoadState';
import { QuestionCard } from './QuestionCard';
import { useOpenAssessment } from '../../state/useOpenAssessment';

/** The questions drawn in the first render of a freshly opened assessment. */
const FIRST_CARDS = 2;

export default function AnswerPage({
  id,
  dimension,
  question,
}: {
  id: string;
  dimension: number;
  question?: string | undefined;
}) {
  const { t } = useTranslation('answer');
  const lang = useLang();
  const { current, result, status, problems } = useOpenAssessment(id);
  // When the assessment has just been opened, the first questions come at once and the rest
  // in the render right after: the first question takes an answer sooner.
  const allCards = useDeferredValue(!!current, false);

  useEffect(() => {
    if (!question || !current) return;
    const el = document.getElementById(`q-${question}`);
    el?.scrollIntoView({ block: 'start' });
    el?.querySelector<HTMLElement>('input, textarea, button')?.focus({ preventScroll: true });
  }, [question, current?.id, dimension, allCards]); // eslint-disable-line react-hooks/exhaustive-deps

  // A new dimension starts at its heading: keyboard and screen-reader users begin there.
  const ready = !!current;
  useEffect(() => {
    if (!ready || question) return;
    const heading = document.getElementById('dimension-title');
    heading?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [ready, dimension, question]);

  if (!current || !result) return <LoadState status={status} problems={problems} />;
  const dims = current.questionnaire.dimensions;
  const index = Math.min(Math.max(0, dimension), dims.length - 1);
  const dim = dims[index]!;
  const dimResult = result.dimensions[index]!;
  const visible = new Set(dimResult.questions.filter((q) => q.visible).map((q) => q.id));
  const overall = result.overall;

  return (
    <div className="answer-layout">
      <nav className="dimension-nav" aria-label={t('dimensions')}>
        <p className="eyebrow">{localize(current.questionnaire.title, lang)}</p>
        <p className="overall-progress">
          {t('overall', { answered: overall.answered, total: overall.visibleScored })}
          <ProgressBar
            ratio={overall.completeness}
            label={t('overall', { answered: overall.answered, total: overall.visibleScored })}
          />
        </p>
        <ol>
          {dims.map((d, i) => {
            const r = result.dimensions[i]!;
            return (
              <li key={d.id}>
                <a
                  href={hrefOf({ name: 'answer', id, dimension: i })}
                  aria-current={i === index ? 'page' : undefined}
                >
                  <span className="dim-title">{localize(d.title, lang)}</span>
                  <span className="dim-progress">
                    {t('dimProgress', { answered: r.answered, total: r.visibleScored })}
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
        <a className="button" href={hrefOf({ name: 'review', id })}>
          {t('toReview')}
        </a>
      </nav>
      <section className="dimension" aria-labelledby="dimension-title">
        <p className="eyebrow">{t('dimensionOf', { n: index + 1, total: dims.length })}</p>
        <h1 id="dimension-title" tabIndex={-1}>
          {localize(dim.title, lang)}
        </h1>
        <p className="lead">{localize(dim.description, lang)}</p>
        <p className="meta" aria-live="polite">
          {t('dimProgress', { answered: dimResult.answered, total: dimResult.visibleScored })}
        </p>
        {dim.questions
          .filter((q) => visible.has(q.id))
          .slice(0, allCards ? undefined : FIRST_CARDS)
          .map((q) => (
            <QuestionCard
              key={q.id}
              question={q}
              number={`${index + 1}.${dim.questions.indexOf(q) + 1}`}
              entry={current.answers[q.id]}
              note={current.notes[q.id]}
              lang={lang}
            />
          ))}
        <div className="button-row dimension-pager">
          {index > 0 && (
            <a className="button" href={hrefOf({ name: 'answer', id, dimension: index - 1 })}>
              ← {localize(dims[index - 1]!.title, lang)}
            </a>
          )}
          {index < dims.length - 1 ? (
            <a
              className="button primary"
              data-nav="next"
              href={hrefOf({ name: 'answer', id, dimension: index + 1 })}
            >
              {localize(dims[index + 1]!.title, lang)} →
            </a>
          ) : (
            <a className="button primary" data-nav="review" href={hrefOf({ name: 'review', id })}>
              {t('toReview')} →
            </a>
          )}
        </div>
      </section>
    </div>
  );
}
