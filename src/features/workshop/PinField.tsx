import { TextField } from '../../ui/inputs';

/** A workshop's four-digit PIN, typed hidden; the hint above it (if any) has the id `${id}-help`. */
export function PinField({
  id,
  label,
  help,
  value,
  onChange,
  invalid = false,
}: {
  id: string;
  label: string;
  help?: string;
  value: string;
  onChange(value: string): void;
  invalid?: boolean;
}) {
  const helpId = `${id}-help`;
  return (
    <>
      {help && (
        <p id={helpId} className="help">
          {help}
        </p>
      )}
      <TextField
        id={id}
        label={label}
        className="pin-input"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        aria-describedby={help ? helpId : undefined}
        aria-invalid={invalid || undefined}
        value={value}
        onChange={onChange}
      />
    </>
  );
}
