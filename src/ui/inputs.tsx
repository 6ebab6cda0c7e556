import {
  memo,
  useId,
  useState,
  type InputHTMLAttributes,
  type KeyboardEventHandler,
  type ReactNode,
} from 'react';

export interface RadioOption {
  value: string;
  label: ReactNode;
  description?: ReactNode;
  /** Extra choices ("don't know") are set apart visually. */
  extra?: boolean;
}

interface RadioListProps {
  name: string;
  options: RadioOption[];
  selected: string | null;
  /** Keep it stable (useCallback) where the list is redrawn often: unchanged choices then skip. */
  onSelect(value: string): void;
  /** Cards show a description under each label (maturity levels). */
  variant?: 'cards' | 'list';
  describedBy?: string | undefined;
  /** The element that names the group (the question). */
  labelledBy?: string | undefined;
  /** Keys pressed on a choice (the answering screen maps 1-5 to levels). */
  onKeyDown?: KeyboardEventHandler<HTMLInputElement> | undefined;
}

interface ChoiceProps {
  id: string;
  name: string;
  option: RadioOption;
  checked: boolean;
  onSelect(value: string): void;
  describedBy: string | undefined;
  onKeyDown: KeyboardEventHandler<HTMLInputElement> | undefined;
}

/** One radio with its label. Memoised: a new answer redraws the two choices it changes. */
const Choice = memo(function Choice({
  id,
  name,
  option,
  checked,
  onSelect,
  describedBy,
  onKeyDown,
}: ChoiceProps) {
  return (
    <label
      htmlFor={id}
      className={`choice${option.extra ? ' choice-extra' : ''}${checked ? ' is-selected' : ''}`}
    >
      <input
        id={id}
        type="radio"
        name={name}
        value={option.value}
        checked={checked}
        onChange={(e) => {
          onSelect(option.value);
          // Safari does not focus a clicked radio: the keys (1-5) then reach it all the same.
          if (document.activeElement !== e.currentTarget)
            e.currentTarget.focus({ preventScroll: true });
        }}
        onKeyDown={onKeyDown}
        aria-describedby={describedBy}
      />
      <span className="choice-text">
        <span className="choice-label">{option.label}</span>
        {option.description && <span className="choice-description">{option.description}</span>}
      </span>
    </label>
  );
});

/** Native radios: arrow keys move within the group, Tab leaves it, labels are large targets. */
export function RadioList({
  name,
  options,
  selected,
  onSelect,
  variant = 'list',
  describedBy,
  labelledBy,
  onKeyDown,
}: RadioListProps) {
  return (
    <div className={`choices choices-${variant}`} role="radiogroup" aria-labelledby={labelledBy}>
      {options.map((o) => (
        <Choice
          key={o.value}
          id={`${name}-${o.value}`}
          name={name}
          option={o}
          checked={selected === o.value}
          onSelect={onSelect}
          describedBy={describedBy}
          onKeyDown={onKeyDown}
        />
      ))}
    </div>
  );
}

interface ChoiceFieldProps extends Omit<RadioListProps, 'labelledBy'> {
  /** The legend's id; it names the fieldset and the radio group. */
  legendId: string;
  legend: ReactNode;
  /** A hint under the question, with the id `${name}-help`. */
  help?: ReactNode;
  /** What belongs to the question below its choices (a field the last choice asks for). */
  children?: ReactNode;
}

/** A question answered by one choice: a fieldset named by its legend, around a RadioList. */
export function ChoiceField({ legendId, legend, help, children, ...list }: ChoiceFieldProps) {
  const helpId = `${list.name}-help`;
  return (
    <fieldset
      className="question"
      aria-labelledby={legendId}
      aria-describedby={help ? helpId : undefined}
    >
      <legend id={legendId} className="question-text">
        {legend}
      </legend>
      {help && (
        <p id={helpId} className="help">
          {help}
        </p>
      )}
      <RadioList {...list} labelledBy={legendId} />
      {children}
    </fieldset>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> & {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
};

/** A labelled one-line input; the rest of the props (type, autoComplete, maxLength …) go to it. */
export function TextField({ id, label, value, onChange, type = 'text', ...input }: TextFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...input}
      />
    </div>
  );
}

interface CheckListProps {
  name: string;
  options: { value: string; label: ReactNode; exclusive?: boolean | undefined }[];
  selected: string[];
  onChange(values: string[]): void;
  labelledBy?: string | undefined;
}

/** Checkboxes; an exclusive option ("none of these") clears the others and is cleared by them. */
export function CheckList({ name, options, selected, onChange, labelledBy }: CheckListProps) {
  const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.value));
  const toggle = (value: string, on: boolean) => {
    if (!on) return onChange(selected.filter((v) => v !== value));
    if (exclusive.has(value)) return onChange([value]);
    return onChange([...selected.filter((v) => !exclusive.has(v)), value]);
  };
  return (
    <div className="choices choices-list" role="group" aria-labelledby={labelledBy}>
      {options.map((o) => {
        const id = `${name}-${o.value}`;
        const checked = selected.includes(o.value);
        return (
          <label key={o.value} htmlFor={id} className={`choice${checked ? ' is-selected' : ''}`}>
            <input
              id={id}
              type="checkbox"
              checked={checked}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            <span className="choice-text choice-label">{o.label}</span>
          </label>
        );
      })}
    </div>
  );
}

/** The number a text stands for, if it is one within the range; otherwise null. */
function validNumber(text: string, min: number, max: number): number | null {
  if (text.trim() === '') return null;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

interface NumberInputProps {
  id: string;
  value: number | null;
  min: number;
  max: number;
  step?: number | undefined;
  unit: string;
  label?: string;
  labelledBy?: string;
  rangeHint: string;
  onCommit(value: number | null): void;
}

/** Keeps what is typed; hands on a number once it is one and within range, or null when emptied. */
export function NumberInput({
  id,
  value,
  min,
  max,
  step,
  unit,
  labelledBy,
  rangeHint,
  onCommit,
}: NumberInputProps) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [shown, setShown] = useState(value);
  const hintId = useId();
  // A new value from outside (another tab, a reset) replaces what is typed, unless they agree.
  if (shown !== value) {
    setShown(value);
    if (validNumber(text, min, max) !== value) setText(value === null ? '' : String(value));
  }
  const parsed = text.trim() === '' ? null : Number(text.replace(',', '.'));
  const invalid = parsed !== null && (!Number.isFinite(parsed) || parsed < min || parsed > max);
  return (
    <div className="number-input">
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-labelledby={labelledBy}
        aria-describedby={hintId}
        aria-invalid={invalid || undefined}
        data-step={step}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          // What is stored is always what the field shows: an invalid entry counts as no answer.
          onCommit(validNumber(next, min, max));
        }}
      />
      <span className="unit">{unit}</span>
      <span id={hintId} className={`hint${invalid ? ' hint-error' : ''}`}>
        {rangeHint}
      </span>
    </div>
  );
}
