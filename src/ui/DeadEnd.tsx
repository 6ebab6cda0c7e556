import type { ReactNode } from 'react';

/** A screen that cannot show what was asked for: what is missing, and the one way on. */
export function DeadEnd({
  title,
  href,
  link,
  className = 'panel',
  children,
}: {
  title: string;
  href: string;
  link: string;
  className?: string;
  /** Why, where the title does not say it. */
  children?: ReactNode;
}) {
  return (
    <section className={className}>
      <h1>{title}</h1>
      {children}
      <a className="button" href={href}>
        {link}
      </a>
    </section>
  );
}
