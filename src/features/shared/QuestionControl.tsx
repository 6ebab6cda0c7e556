import { useCallback, useId, useMemo, type KeyboardEventHandler } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { AnswerEntry } from '../../core/records/answers';
import type { ProfileQuestion, Question } from '../../core/definition/questionnaire';
import { localize, type Lang } from '../../core/common/text';
import { numberText } from '../../core/present/format';
import { CheckList, NumberInput, RadioList, type RadioOption } from '../../ui/inputs';

export type AnswerInput =
  | { kind: 'value'; value: number | string | boolean | string[] }
  | { kind: 'dontKnow' }
  | { kind: 'notRelevant' };

interface Props {
  question: Question | ProfileQuestion;
  entry: AnswerEntry | undefined;
  onAnswer(answer: AnswerInput | null): void;
  lang: Lang;
  /** Unique per question on the page: names the radio group and the inputs. */
  name: string;
  /** The element that names the question (its heading or legend). */
  labelledBy: string;
  /** Keys pressed on a level (the answering screen maps 1-5 to levels). */
  onKeyDown?: KeyboardEventHandler<HTMLInputElement> | undefined;
}

const SKIPS = ['dontKnow', 'notRelevant'] as const;

function offers(question: Question | ProfileQuestion, skip: (typeof SKIPS)[number]) {
  if (skip === 'dontKnow') return 'dontKnow' in question && question.dontKnow;
  return 'notRelevant' in question && question.notRelevant;
}

/** The input for one question of any type, with "don't know" and "not relevant" where offered. */
export function QuestionControl({
  question,
  entry,
  onAnswer,
  lang,
  name,
  labelledBy,
  onKeyDown,
}: Props) {
  const { t } = useTranslation();
  const inputId = useId();
  const skips = useMemo(() => SKIPS.filter((s) => offers(question, s)), [question]);
  // The choices of a question change only with the question and the language: an answer
  // redraws the choices it selects and deselects, not their texts.
  const skipOptions = useMemo<RadioOption[]>(
    () => skips.map((s) => ({ value: s, label: t(`answer.${s}`), extra: true })),
    [skips, t],
  );
  const levelOptions = useMemo<RadioOption[]>(
    () =>
      question.type === 'maturity'
        ? [
            ...question.levels.map((level, i) => ({
              value: String(i + 1),
              label: (
                <>
                  <span className="level-number">{i + 1}</span> {t(`level.${i + 1}` as 'level.1')}
                </>
              ),
              description: localize(level, lang),
            })),
            ...skipOptions,
          ]
        : [],
    [question, lang, t, skipOptions],
  );
  const selectLevel = useCallback(
    (v: string) => {
      if (v === 'dontKnow' || v === 'notRelevant') onAnswer({ kind: v });
      else onAnswer({ kind: 'value', value: Number(v) });
    },
    [onAnswer],
  );
  const skipped = entry?.kind === 'dontKnow' || entry?.kind === 'notRelevant' ? entry.kind : null;
  const value = entry?.kind === 'value' ? entry.value : undefined;

  const selectRadio = (v: string, toValue: (v: string) => number | string | boolean) => {
    if (v === 'dontKnow' || v === 'notRelevant') onAnswer({ kind: v });
    else onAnswer({ kind: 'value', value: toValue(v) });
  };

  const skipToggles = skips.length > 0 && (
    <div className="skip-toggles">
      {skips.map((s) => (
        <button
          key={s}
          type="button"
          className={`button small toggle${skipped === s ? ' is-selected' : ''}`}
          aria-pressed={skipped === s}
          onClick={() => onAnswer(skipped === s ? null : { kind: s })}
        >
          {t(`answer.${s}`)}
        </button>
      ))}
    </div>
  );

  switch (question.type) {
    case 'maturity':
      return (
        <RadioList
          name={name}
          labelledBy={labelledBy}
          variant="cards"
          onKeyDown={onKeyDown}
          options={levelOptions}
          selected={skipped ?? (typeof value === 'number' ? String(value) : null)}
          onSelect={selectLevel}
        />
      );
    case 'single':
      return (
        <RadioList
          name={name}
          labelledBy={labelledBy}
          options={[
            ...question.options.map((o) => ({ value: o.id, label: localize(o.label, lang) })),
            ...skipOptions,
          ]}
          selected={skipped ?? (typeof value === 'string' ? value : null)}
          onSelect={(v) => selectRadio(v, String)}
        />
      );
    case 'boolean':
      return (
        <RadioList
          name={name}
          labelledBy={labelledBy}
          options={[
            { value: 'yes', label: t('answer.yes') },
            { value: 'no', label: t('answer.no') },
            ...skipOptions,
          ]}
          selected={skipped ?? (value === true ? 'yes' : value === false ? 'no' : null)}
          onSelect={(v) => selectRadio(v, (x) => x === 'yes')}
        />
      );
    case 'multi':
      return (
        <>
          <CheckList
            name={name}
            labelledBy={labelledBy}
            options={question.options.map((o) => ({
              value: o.id,
              label: localize(o.label, lang),
              exclusive: o.exclusive,
            }))}
            selected={Array.isArray(value) ? value : []}
            onChange={(values) => onAnswer(values.length ? { kind: 'value', value: values } : null)}
          />
          {skipToggles}
        </>
      );
    case 'number':
      return (
        <>
          <NumberInput
            id={inputId}
            labelledBy={labelledBy}
            value={typeof value === 'number' ? value : null}
            min={question.min}
            max={question.max}
            step={question.step}
            unit={localize(question.unit, lang)}
            rangeHint={t('answer.range', {
              min: numberText(question.min, lang),
              max: numberText(question.max, lang),
            })}
            onCommit={(n) => onAnswer(n === null ? null : { kind: 'value', value: n })}
          />
          {skipToggles}
        </>
      );
    case 'text':
      return (
        <>
          <textarea
            id={inputId}
            className="text-answer"
            rows={question.multiline ? 3 : 1}
            aria-labelledby={labelledBy}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) =>
              onAnswer(e.target.value.trim() ? { kind: 'value', value: e.target.value } : null)
            }
          />
          {skipToggles}
        </>
      );
  }
}
