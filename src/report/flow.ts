// Pagination: the report is a stream of atoms (a heading, a table row, a question block, a line
// of a paragraph, ...), each measured before it is placed. The rules of the page:
// - a heading is kept with what follows it, so no page ends with a heading;
// - an atom that is not splittable (a table row, a question) moves whole to the next page,
//   unless it is taller than a page; then its lines are placed one by one;
// - a splittable atom (a paragraph, a list item) breaks between lines, leaving at least two lines
//   on either page where it can;
// - a table row that starts a page repeats its table's header;
// - a section starts a new page, unless it flows and at least a quarter page is left.
import { PAGE } from './theme';

export interface Atom {
  /** Height in mm, without the space above. */
  h: number;
  /** Space above, dropped at the top of a page. */
  before: number;
  keepWithNext?: boolean;
  splittable?: boolean;
  /** The same content as separate lines, for splitting (top to bottom, heights add up to h). */
  lines?: Atom[];
  /** Placed first when this atom starts a page (a table header). */
  header?: Atom;
  heading?: boolean;
  draw(y: number): void;
}

export interface Placed {
  atom: Atom;
  y: number;
}

export interface FlowSection {
  id: string;
  atoms: Atom[];
  /**
   * Continues on the current page when at least a quarter of it is left (its first atom's
   * `before` is the gap); otherwise the section starts a new page.
   */
  flow?: boolean;
}

export interface Paginated {
  pages: Placed[][];
  /** First and last page (1-based) of each section. */
  ranges: Map<string, { first: number; last: number }>;
}

const TOP = PAGE.top;
const BOTTOM = PAGE.bottom;
const PAGE_HEIGHT = BOTTOM - TOP;
const ORPHANS = 2;
const EPS = 1e-6;

export function paginate(sections: FlowSection[]): Paginated {
  const pages: Placed[][] = [];
  const ranges = new Map<string, { first: number; last: number }>();
  let page: Placed[] = [];
  let y = TOP;
  /** The page the current section's first atom went to (0 until it is placed). */
  let sectionFirst = 0;

  const newPage = () => {
    page = [];
    pages.push(page);
    y = TOP;
  };
  const room = () => BOTTOM - y;
  const spaceOf = (a: Atom) => (page.length ? a.before : 0);
  const put = (a: Atom) => {
    y += spaceOf(a);
    page.push({ atom: a, y });
    y += a.h;
    if (!sectionFirst) sectionFirst = pages.length;
  };
  const breakFor = (a: Atom) => {
    newPage();
    if (a.header) put(a.header);
  };

  /** Places the lines of an atom, moving to new pages as needed. */
  const putLines = (a: Atom) => {
    const lines = a.lines!;
    let first = true;
    for (const line of lines) {
      const before = first ? a.before : 0;
      const h = (page.length ? before : 0) + line.h;
      if (h > room() + EPS && page.length) breakFor(a);
      put(first ? { ...line, before: a.before } : line);
      first = false;
    }
  };

  /** The height the first atom of a chain must find on this page. */
  const minimum = (a: Atom) => {
    if (a.splittable && a.lines && a.lines.length > 2 * ORPHANS - 1) {
      return a.lines.slice(0, ORPHANS).reduce((s, l) => s + l.h, 0);
    }
    return a.h;
  };

  const place = (atoms: Atom[]) => {
    for (let i = 0; i < atoms.length; i++) {
      const a = atoms[i]!;
      // A chain of headings (and other keep-with-next atoms) plus the start of what follows.
      let need = spaceOf(a) + (a.keepWithNext ? a.h : minimum(a));
      for (let j = i; atoms[j]?.keepWithNext && atoms[j + 1]; j++) {
        const next = atoms[j + 1]!;
        need += next.before + (next.keepWithNext ? next.h : minimum(next));
      }
      if (need > room() + EPS && page.length && need - spaceOf(a) <= PAGE_HEIGHT) breakFor(a);

      const full = spaceOf(a) + a.h;
      if (full <= room() + EPS) {
        put(a);
      } else if (a.splittable && a.lines) {
        // Fill this page, leaving at least two lines on each side.
        const lines = a.lines;
        let fit = 0;
        let used = spaceOf(a);
        while (fit < lines.length && used + lines[fit]!.h <= room() + EPS) used += lines[fit++]!.h;
        if (lines.length - fit < ORPHANS) fit = Math.max(0, lines.length - ORPHANS);
        if (fit < ORPHANS && page.length) {
          breakFor(a);
          putLines(a);
        } else {
          lines
            .slice(0, fit)
            .forEach((line, k) => put(k === 0 ? { ...line, before: a.before } : line));
          breakFor(a);
          putLines({ ...a, before: 0, lines: lines.slice(fit) });
        }
      } else if (a.h <= PAGE_HEIGHT) {
        breakFor(a);
        put(a);
      } else if (a.lines) {
        if (page.length) breakFor(a);
        putLines(a);
      } else {
        // Taller than a page and indivisible: cannot happen with the blocks the report builds.
        if (page.length) breakFor(a);
        put(a);
      }
    }
  };

  for (const section of sections) {
    if (!(section.flow && page.length && room() >= PAGE_HEIGHT / 4)) newPage();
    sectionFirst = 0;
    place(section.atoms);
    ranges.set(section.id, { first: sectionFirst || pages.length, last: pages.length });
  }
  return { pages, ranges };
}
