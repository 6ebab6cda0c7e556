// A table as CSV for spreadsheet programs: UTF-8 with a byte-order mark (so that Excel reads the
// umlauts), and the separator and decimal mark the language's spreadsheets expect — `;` and a
// decimal comma in German, `,` and a decimal point in English. Lines end in CRLF (RFC 4180).
import type { Lang } from '../common/text.ts';
import type { Sheet, SheetCell } from './sheets.ts';

export const CSV_SEPARATOR: Record<Lang, string> = { de: ';', en: ',' };

function field(cell: SheetCell, lang: Lang): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    const text = String(cell);
    return lang === 'de' ? text.replace('.', ',') : text;
  }
  // A text that a spreadsheet would take for a formula (=, +, -, @) is kept as text.
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The sheet as CSV text, its header row first. */
export function csvText(sheet: Sheet, lang: Lang): string {
  const sep = CSV_SEPARATOR[lang];
  const lines = [sheet.columns.map((c) => c.header), ...sheet.rows].map((row) =>
    row.map((cell) => field(cell, lang)).join(sep),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
