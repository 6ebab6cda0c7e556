import type { ReactNode } from 'react';

/** What is wrong with a form, announced when it appears; nothing while nothing is wrong. */
export function FormError({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <p className="form-error" role="alert">
      {children}
    </p>
  );
}
