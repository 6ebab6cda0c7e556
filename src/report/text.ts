// Text on the page: characters the embedded font cannot print are replaced before anything is
// measured or written, and lines are broken by measuring each word with the font's own widths.
import type { jsPDF } from 'jspdf';
import type { Hyphenate } from './hyphenation';
import { COLOR, LINE_HEIGHT, PT, type RGB } from './theme';

export interface Piece {
  text: string;
  bold?: boolean | undefined;
  color?: RGB | undefined;
  /** A section's id: the piece prints that section's first page, known only after layout. */
  ref?: string | undefined;
}

export interface Run {
  text: string;
  bold: boolean;
  color: RGB;
  /** Offset from the line's start, mm. */
  x: number;
  ref?: string | undefined;
}

/** What a page reference is measured as: two digits, the widest a page number of a report gets. */
const PAGE_PLACEHOLDER = '00';

export interface Line {
  runs: Run[];
  width: number;
}

/** DejaVu's ascent and descent per em: the baseline sits so that the glyphs are centred. */
const ASCENT = 0.928;
const DESCENT = 0.236;

export class Typesetter {
  private readonly ranges: readonly (readonly [number, number])[];

  /** The first page of a section, set by the renderer once the pages are laid out. */
  pageOf: (section: string) => string = () => '';
  /** Splits a word into syllables; without it a word wider than its box breaks anywhere. */
  hyphenate: Hyphenate | null = null;
  /** Whether some word was wider than its box (and so broken). */
  overflow = false;

  constructor(
    readonly doc: jsPDF,
    readonly font: string,
    coverage: readonly (readonly [number, number])[],
    private readonly replacement: string,
  ) {
    this.ranges = coverage;
  }

  private covered(code: number): boolean {
    let lo = 0;
    let hi = this.ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [from, to] = this.ranges[mid]!;
      if (code < from) hi = mid - 1;
      else if (code > to) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** Only characters the font has: the rest become the visible replacement, one per character. */
  clean(text: string): string {
    let out = '';
    for (const ch of text.normalize('NFC')) {
      if (ch === '\n') out += ch;
      else if (ch === '\t' || ch === '\r') out += ' ';
      else if (/\p{M}/u.test(ch))
        continue; // a mark NFC could not combine; its base stays
      else out += this.covered(ch.codePointAt(0)!) ? ch : this.replacement;
    }
    return out;
  }

  setFont(size: number, bold: boolean) {
    this.doc.setFont(this.font, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
  }

  /** Width in mm of already cleaned text. */
  width(text: string, size: number, bold = false): number {
    this.setFont(size, bold);
    return this.doc.getStringUnitWidth(text) * size * PT;
  }

  lineHeight(size: number): number {
    return size * PT * LINE_HEIGHT;
  }

  /** Where the baseline goes for a line box that starts at `top`. */
  baseline(top: number, size: number): number {
    const em = size * PT;
    return top + (this.lineHeight(size) - em * (ASCENT + DESCENT)) / 2 + em * ASCENT;
  }

  /** Breaks styled text into lines no wider than `max` (mm). `\n` starts a new line. */
  wrap(pieces: Piece[], size: number, max: number, color: RGB = COLOR.ink): Line[] {
    const lines: Line[] = [];
    let runs: Run[] = [];
    let x = 0;
    let pendingSpace: { width: number; bold: boolean; color: RGB } | null = null;

    const push = (text: string, bold: boolean, c: RGB, w: number) => {
      const last = runs[runs.length - 1];
      if (last && !last.ref && last.bold === bold && last.color === c) last.text += text;
      else runs.push({ text, bold, color: c, x });
      x += w;
    };
    const endLine = () => {
      lines.push({ runs, width: x });
      runs = [];
      x = 0;
      pendingSpace = null;
    };

    for (const piece of pieces) {
      const bold = piece.bold ?? false;
      const c = piece.color ?? color;
      if (piece.ref !== undefined) {
        // A page number: measured as two digits, kept as a run of its own, written when drawn.
        const w = this.width(PAGE_PLACEHOLDER, size, bold);
        const space = pendingSpace as { width: number; bold: boolean; color: RGB } | null;
        if (x + (space?.width ?? 0) + w > max + 1e-6 && runs.length) endLine();
        else if (space) push(' ', space.bold, space.color, space.width);
        pendingSpace = null;
        runs.push({ text: PAGE_PLACEHOLDER, bold, color: c, x, ref: piece.ref });
        x += w;
        continue;
      }
      const text = this.clean(piece.text);
      for (const token of text.match(/\n|[^\S\n]+|[^\s]+/g) ?? []) {
        if (token === '\n') {
          endLine();
          continue;
        }
        if (/^\s+$/.test(token)) {
          if (runs.length) pendingSpace = { width: this.width(' ', size, bold), bold, color: c };
          continue;
        }
        // Break opportunities inside a word: after a hyphen or slash followed by a letter.
        for (const part of token.split(/(?<=[-/–])(?=\p{L})/u)) {
          const w = this.width(part, size, bold);
          const space = pendingSpace as { width: number; bold: boolean; color: RGB } | null;
          const gap = space ? space.width : 0;
          if (x + gap + w <= max + 1e-6) {
            if (space) push(' ', space.bold, space.color, space.width);
            pendingSpace = null;
            push(part, bold, c, w);
            continue;
          }
          if (runs.length) endLine();
          if (w <= max + 1e-6) {
            push(part, bold, c, w);
            continue;
          }
          // A word wider than its box: break it between syllables, with a hyphen at each break;
          // a syllable wider still (or no patterns) breaks between characters.
          this.overflow = true;
          let chunk = '';
          // With syllables, room stays for the hyphen a break adds.
          const room = max - (this.hyphenate ? this.width('-', size, bold) : 0);
          for (const syllable of this.hyphenate?.(part) ?? [part]) {
            if (chunk && this.width(`${chunk}${syllable}-`, size, bold) > max) {
              const broken = /[-/–]$/.test(chunk) ? chunk : `${chunk}-`;
              push(broken, bold, c, this.width(broken, size, bold));
              endLine();
              chunk = '';
            }
            for (const ch of syllable) {
              const cw = this.width(chunk + ch, size, bold);
              if (cw > room && chunk) {
                push(chunk, bold, c, this.width(chunk, size, bold));
                endLine();
                chunk = ch;
              } else chunk += ch;
            }
          }
          if (chunk) push(chunk, bold, c, this.width(chunk, size, bold));
        }
      }
    }
    if (runs.length || lines.length === 0) endLine();
    return lines;
  }

  /** Draws one line with its top at `top`; `align` places it within `width`. */
  drawLine(
    line: Line,
    x: number,
    top: number,
    size: number,
    align: 'left' | 'right' | 'center' = 'left',
    width = 0,
  ) {
    const offset =
      align === 'right' ? width - line.width : align === 'center' ? (width - line.width) / 2 : 0;
    const y = this.baseline(top, size);
    for (const run of line.runs)
      this.write(run.ref ? this.pageOf(run.ref) : run.text, x + offset + run.x, y, size, run);
  }

  /** Already cleaned text with its baseline at `y`; `angle` turns it (degrees, counterclockwise). */
  write(
    text: string,
    x: number,
    y: number,
    size: number,
    style: { bold: boolean; color: RGB },
    angle?: number,
  ) {
    this.setFont(size, style.bold);
    this.doc.setTextColor(style.color[0], style.color[1], style.color[2]);
    if (angle === undefined) this.doc.text(text, x, y);
    else this.doc.text(text, x, y, { angle });
  }

  /** A single line of text, cut with "…" if it does not fit `max`. */
  fit(text: string, size: number, bold: boolean, max: number): string {
    const clean = this.clean(text).replace(/\s+/g, ' ');
    if (this.width(clean, size, bold) <= max) return clean;
    let cut = clean;
    while (cut.length > 1 && this.width(`${cut}…`, size, bold) > max) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  }
}
