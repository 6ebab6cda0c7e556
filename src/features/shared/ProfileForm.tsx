import type { AnswerEntry, Answers } from '../../core/records/answers';
import type { ProfileDefinition } from '../../core/definition/questionnaire';
import { profileResolver } from '../../core/scoring/scoring';
import { localize } from '../../core/common/text';
import { QuestionControl, type AnswerInput } from './QuestionControl';
import { useLang } from '../../i18n/use-lang';

interface Props {
  definition: ProfileDefinition;
  answers: Answers;
  onChange(id: string, entry: AnswerEntry): void;
  now(): string;
}

export function ProfileForm({ definition, answers, onChange, now }: Props) {
  const lang = useLang();
  const visible = profileResolver(definition, answers);
  const set = (id: string, input: AnswerInput | null) =>
    onChange(id, input ? ({ ...input, at: now() } as AnswerEntry) : { kind: 'cleared', at: now() });
  return (
    <div className="profile-form">
      {definition.questions
        .filter((q) => visible.isVisible(q.id))
        .map((q) => {
          const labelId = `profile-${q.id}-label`;
          const helpId = `profile-${q.id}-help`;
          return (
            <fieldset
              key={q.id}
              className="question"
              aria-labelledby={labelId}
              aria-describedby={q.help ? helpId : undefined}
            >
              <legend id={labelId} className="question-text">
                {localize(q.text, lang)}
              </legend>
              {q.help && (
                <p id={helpId} className="help">
                  {localize(q.help, lang)}
                </p>
              )}
              <QuestionControl
                question={q}
                entry={answers[q.id]}
                lang={lang}
                name={`profile-${q.id}`}
                labelledBy={labelId}
                onAnswer={(input) => set(q.id, input)}
              />
            </fieldset>
          );
        })}
    </div>
  );
}
