import { memo, useDeferredValue, useEffect } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { hrefOf } from '../../navigation/routes';
import { localize, type Lang } from '../../core/common/text';
import { ProgressBar } from '../../ui/ProgressBar';
import { FoldButton, useFold } from '../../ui/FoldButton';
import { useLang } from '../../i18n/use-lang';
import { LoadState } from '../shared/LoadState';
import { QuestionCard } from './QuestionCard';
import { scoreOf, useOpen, useResult } from '../../state/use-open-assessment';
import { useAssessmentStore } from '../../state/assessment-store';
import type { Questionnaire } from '../../core/definition/questionnaire';
import type { ScoreResult } from '../../core/scoring/scoring';

/** The questions drawn in the first render of a freshly opened assessment. */
const FIRST_CARDS = 1;

/** A dimension in the navigation. Memoised: an answer redraws the one whose count changed. */
const DimensionLink = memo(function DimensionLink({
  href,
  title,
  progress,
  current,
}: {
  href: string;
  title: string;
  progress: string;
  current: boolean;
}) {
  return (
    <li>
      <a href={href} aria-current={current ? 'page' : undefined}>
        <span className="dim-title">{title}</span>
        <span className="dim-progress">{progress}</span>
      </a>
    </li>
  );
});

/** The questions of a dimension that are shown, as one string: it changes only with a condition. */
function shownIds(result: ScoreResult, index: number): string {
  const questions = result.dimensions[index]?.questions ?? [];
  return questions
    .filter((q) => q.visible)
    .map((q) => q.id)
    .join('\n');
}

/** The questionnaire's title, the overall progress and the dimensions with theirs. */
function DimensionNav({
  id,
  questionnaire,
  index,
  lang,
}: {
  id: string;
  questionnaire: Questionnaire;
  index: number;
  lang: Lang;
}) {
  const { t } = useTranslation('answer');
  const result = useResult(id);
  // On a phone the topics fold away, so that the question comes first; opened on the topic
  // where it was opened.
  const { open, toggle } = useFold(index);
  if (!result) return null;
  const overall = result.overall;
  const overallText = t('overall', { answered: overall.answered, total: overall.visibleScored });
  return (
    <nav className={open ? 'dimension-nav is-open' : 'dimension-nav'} aria-label={t('dimensions')}>
      <p className="eyebrow">{localize(questionnaire.title, lang)}</p>
      <p className="overall-progress">
        {overallText}
        <ProgressBar ratio={overall.completeness} label={overallText} />
      </p>
      <FoldButton open={open} controls="dimension-list" className="topics-toggle" onToggle={toggle}>
        {t('topics', { n: index + 1, total: questionnaire.dimensions.length })}
      </FoldButton>
      <ol id="dimension-list">
        {questionnaire.dimensions.map((d, i) => {
          const r = result.dimensions[i]!;
          return (
            <DimensionLink
              key={d.id}
              href={hrefOf({ name: 'answer', id, dimension: i })}
              title={localize(d.title, lang)}
              progress={t('dimProgress', { answered: r.answered, total: r.visibleScored })}
              current={i === index}
            />
          );
        })}
      </ol>
      <a className="button" href={hrefOf({ name: 'review', id })}>
        {t('toReview')}
      </a>
    </nav>
  );
}

/** How many of the dimension's questions are answered (announced as it changes). */
function DimensionProgress({ id, index }: { id: string; index: number }) {
  const { t } = useTranslation('answer');
  const r = useResult(id)?.dimensions[index];
  return (
    <p className="meta" aria-live="polite">
      {r && t('dimProgress', { answered: r.answered, total: r.visibleScored })}
    </p>
  );
}

/**
 * The answering screen. An answer redraws its question and the progress figures, not the page:
 * the page subscribes to the questionnaire and to which questions are shown, each question to its
 * own answer and note.
 */
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
  useOpen(id);
  const questionnaire = useAssessmentStore((s) =>
    s.current?.id === id ? s.current.questionnaire : null,
  );
  const status = useAssessmentStore((s) => s.status);
  const problems = useAssessmentStore((s) => s.problems);
  const ready = !!questionnaire;
  const dims = questionnaire?.dimensions ?? [];
  const index = Math.min(Math.max(0, dimension), Math.max(0, dims.length - 1));
  const shown = useAssessmentStore((s) =>
    s.current?.id === id ? shownIds(scoreOf(s.current), index) : '',
  );
  // When the assessment has just been opened, the first questions come at once and the rest
  // in the render right after: the first question takes an answer sooner.
  const allCards = useDeferredValue(ready, false);

  useEffect(() => {
    if (!question || !ready) return;
    const el = document.getElementById(`q-${question}`);
    el?.scrollIntoView({ block: 'start' });
    el?.querySelector<HTMLElement>('input, textarea, button')?.focus({ preventScroll: true });
  }, [question, ready, id, dimension, allCards]);

  // A new dimension starts at its heading: keyboard and screen-reader users begin there.
  useEffect(() => {
    if (!ready || question) return;
    const heading = document.getElementById('dimension-title');
    heading?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [ready, dimension, question]);

  if (!questionnaire) return <LoadState status={status} problems={problems} />;
  const dim = dims[index]!;
  const visible = new Set(shown.split('\n'));

  return (
    <div className="answer-layout">
      <DimensionNav id={id} questionnaire={questionnaire} index={index} lang={lang} />
      <section className="dimension" aria-labelledby="dimension-title">
        <p className="eyebrow">{t('dimensionOf', { n: index + 1, total: dims.length })}</p>
        <h1 id="dimension-title" tabIndex={-1}>
          {localize(dim.title, lang)}
        </h1>
        <p className="lead">{localize(dim.description, lang)}</p>
        <DimensionProgress id={id} index={index} />
        {dim.questions
          .filter((q) => visible.has(q.id))
          .slice(0, allCards ? undefined : FIRST_CARDS)
          .map((q) => (
            <QuestionCard
              key={q.id}
              question={q}
              number={`${index + 1}.${dim.questions.indexOf(q) + 1}`}
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
