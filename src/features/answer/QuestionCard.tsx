import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerEntry, Note } from '../../core/answers';
import type { Question } from '../../core/questionnaire';
import { localize, type Lang } from '../../core/text';
import { useAssessmentStore } from '../../state/assessment-store';
import { QuestionControl } from '../../ui/QuestionControl';

interface Props {
  question: Question;
  number: string;
  entry: AnswerEntry | undefined;
  note: Note | undefined;
  lang: Lang;
}

function isTyping(target: EventTarget) {
  return (
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && target.type === 'text')
  );
}

/** One question. Memoised: an answer re-renders only the question it belongs to. */
export const QuestionCard = memo(function QuestionCard({
  question,
  number,
  entry,
  note,
  lang,
}: Props) {
  const { t } = useTranslation('answer');
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
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (
      question.type !== 'maturity' ||
      isTyping(event.target) ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey
    )
      return;
    const level = Number(event.key);
    if (!Number.isInteger(level) || level < 1 || level > 5) return;
    event.preventDefault();
    answer(question.id, { kind: 'value', value: level });
    document.getElementById(`answer-${question.id}-${level}`)?.focus();
  };

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
        onAnswer={(input) => answer(question.id, input)}
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
