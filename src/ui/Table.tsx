import type { ReactNode } from 'react';

/**
 * A table with a heading per column, in a box that scrolls on its own where the table is wider
 * than the screen (the page itself never scrolls sideways). The rows are the caller's.
 */
export function Table({
  label,
  className,
  testId,
  head,
  children,
  foot,
}: {
  /** What the table shows: the name of its scrolling region, reachable by keyboard. */
  label: string;
  className: string;
  testId?: string;
  head: ReactNode[];
  /** The body's rows. */
  children: ReactNode;
  /** The footer's rows (a total). */
  foot?: ReactNode;
}) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      <table className={className} data-testid={testId}>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th scope="col" key={i}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </div>
  );
}
