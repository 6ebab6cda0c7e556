// Numbers and dates as the report prints them. Levels and scores are cut, never rounded
// (questionnaires/README.md, "A dimension"), and written the way the language writes decimals.
import { cutLevel, cutScore } from '../scoring/scoring.ts';
import type { Lang } from '../common/text.ts';

const EPS = 1e-9;

export function decimal(value: number, digits: number, lang: Lang): string {
  const text = value.toFixed(digits);
  return lang === 'de' ? text.replace('.', ',') : text;
}

/** A level 1..5 (or a gap or margin in levels), cut to one decimal: 3.96 → "3,9". */
export function levelText(level: number, lang: Lang): string {
  return decimal(cutLevel(level), 1, lang);
}

/** A score 0..100, cut to a whole number. */
export function scoreText(score: number): string {
  return String(cutScore(score));
}

/** A ratio 0..1 as whole percent, cut: 0.999 → "99". */
export function percentText(ratio: number): string {
  return String(Math.floor(ratio * 100 + EPS));
}

/**
 * A plain number (a weight, a profile fact): at most two decimals, no trailing zeros; from five
 * digits on in groups of three (100.000 in German, 100,000 in English).
 */
export function numberText(value: number, lang: Lang): string {
  const [whole = '', fraction] = String(Math.round(value * 100) / 100).split('.');
  const digits = whole.replace('-', '');
  const grouped =
    digits.length >= 5 ? whole.replace(/\B(?=(\d{3})+$)/g, lang === 'de' ? '.' : ',') : whole;
  const point = lang === 'de' ? ',' : '.';
  return fraction === undefined ? grouped : `${grouped}${point}${fraction}`;
}

const MONTHS: Record<Lang, string[]> = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * A calendar day, "24. November 2026" or "24 November 2026". Takes YYYY-MM-DD or the date part
 * of a timestamp as written (the app writes local days; stored timestamps are UTC, and a day
 * off around midnight is acceptable for "answered on").
 */
export function dayText(isoDay: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay);
  if (!m) return isoDay;
  const [, y, mo, d] = m;
  const month = MONTHS[lang][Number(mo) - 1];
  if (!month) return isoDay;
  return lang === 'de' ? `${Number(d)}. ${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** A month, "November 2026", from YYYY-MM. */
export function monthText(isoMonth: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(isoMonth);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${m[1]}` : isoMonth;
}

// Making a formatter costs far more than using one: the coach's case of fifty lists fifty dates
// (`npm run bench`, "Coach: open and compare a case of 50").
const dateTimeFormats: Partial<Record<Lang, Intl.DateTimeFormat>> = {};

/** A moment with its time, in the reader's time zone: "24.11.2026, 14:05" / "24 Nov 2026, 14:05". */
export function dateTimeText(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  dateTimeFormats[lang] ??= new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return dateTimeFormats[lang].format(date);
}
