import { useState } from 'react';

/** A button that makes a file: busy while it works, a message in words if it fails. */
export function FileButton({
  run,
  label,
  busyLabel,
  failedText,
  primary = false,
}: {
  run(): Promise<void>;
  label: string;
  busyLabel: string;
  failedText: string;
  primary?: boolean;
}) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        className={primary ? 'button primary' : 'button'}
        disabled={state === 'busy'}
        onClick={() => {
          setState('busy');
          run().then(
            () => setState('idle'),
            (error: unknown) => {
              console.error(error);
              setState('failed');
            },
          );
        }}
      >
        {state === 'busy' ? busyLabel : label}
      </button>
      {state === 'failed' && (
        <span role="alert" className="form-error">
          {failedText}
        </span>
      )}
    </>
  );
}
