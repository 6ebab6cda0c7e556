import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Question } from '../../core/definition/questionnaire';
import { localize, type Lang } from '../../core/common/text';
import { useAssessmentStore } from '../../state/assessment-store';
import { QuestionControl, type AnswerInput } from '../shared/QuestionControl';

interface Props {
  question: Question;
  number: string;
  lang: Lang;
}

/** One question, with its answer and note from the store: an answer redraws only its question. */
export const QuestionCard = memo(function QuestionCard({ question, number, lang }: Props) {
  const { t } = useTranslation('answer');
  const entry = useAssessmentStore((s) => s.current?.answers[question.id]);
  const note = useAssessmentStore((s) => s.current?.notes[question.id]);
  const answer = useAssessmentStore((s) => s.answer);
  const setNote = useAssessmentStore((s) => s.note);
  const [noteOpen, setNoteOpen] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  // Opening a note moves the focus into it (the button that opened it is gone).
  useEffect(() => {
    if (noteOpen) noteRef.current?.focus();
  }, [noteOpen]);
  const labelId = `q-${question.id}-label`;
  const helpId = `q-${question.id}-help`;
  const noteId = `q-${question.id}-note`;
  const showNote = noteOpen || !!note?.text;

  // Number keys 1-5 choose a level of the question that has the focus.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      if (question.type !== 'maturity' || event.altKey || event.ctrlKey || event.metaKey) return;
      const level = Number(event.key);
      if (!Number.isInteger(level) || level < 1 || level > 5) return;
      event.preventDefault();
      answer(question.id, { kind: 'value', value: level });
      document.getElementById(`answer-${question.id}-${level}`)?.focus();
    },
    [answer, question],
  );
  const onAnswer = useCallback(
    (input: AnswerInput | null) => answer(question.id, input),
    [answer, question.id],
  );

  return (
    <div
      className="question"
      id={`q-${question.id}`}
      data-answered={entry && entry.kind !== 'cleared' ? 'yes' : 'no'}
    >
      <h2 id={labelId} className="question-text">
        <span className="question-number">{number}</span> {localize(question.text, lang)}
      </h2>
      {question.help && (
        <p id={helpId} className="help">
          {localize(question.help, lang)}
        </p>
      )}
      <QuestionControl
        question={question}
        entry={entry}
        lang={lang}
        name={`answer-${question.id}`}
        labelledBy={labelId}
        onAnswer={onAnswer}
        onKeyDown={onKeyDown}
      />
      <div className="note">
        {showNote ? (
          <>
            <label htmlFor={noteId}>{t('note')}</label>
            <textarea
              ref={noteRef}
              id={noteId}
              rows={2}
              value={note?.text ?? ''}
              onChange={(e) => setNote(question.id, e.target.value)}
            />
          </>
        ) : (
          <button
            type="button"
            className="link-button"
            onClick={() => setNoteOpen(true)}
            aria-describedby={labelId}
          >
            {t('addNote')}
          </button>
        )}
      </div>
    </div>
  );
});
