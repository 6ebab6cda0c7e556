import { useState, type ReactNode } from 'react';

/**
 * Whether a folded part is open, and on which screen (`place`) it was opened: moving on closes it
 * without an effect.
 */
export function useFold(place: string | number) {
  const [openOn, setOpenOn] = useState<string | number | null>(null);
  const open = openOn === place;
  return { open, toggle: () => setOpenOn(open ? null : place) };
}

/** The button that opens and closes a folded part (a menu on narrow screens). */
export function FoldButton({
  open,
  controls,
  className,
  onToggle,
  children,
}: {
  open: boolean;
  /** The id of the part it opens. */
  controls: string;
  className: string;
  onToggle(): void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`button small ${className}`}
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      {children}
    </button>
  );
}
