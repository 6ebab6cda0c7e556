import { cutLevel, cutScore } from '../scoring/scoring';
import type { Lang } from '../common/text';

const locale = (lang: Lang) => (lang === 'de' ? 'de-DE' : 'en-GB');

/** Levels are cut to one decimal (3.96 → 3.9), written the way the language writes decimals. */
const levelFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};
export function formatLevel(level: number, lang: Lang): string {
  levelFormats[lang] ??= new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return levelFormats[lang].format(cutLevel(level));
}

export function formatScore(score: number): string {
  return String(cutScore(score));
}

export function formatPercent(ratio: number): string {
  return String(Math.floor(ratio * 100 + 1e-9));
}

// Making a formatter costs far more than using one: lists of fifty dates reuse them.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, style: 'date' | 'day') {
  const key = `${lang}:${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      locale(lang),
      style === 'date' ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'long' },
    );
    formatters.set(key, f);
  }
  return f;
}

export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(lang, 'date').format(date);
}

export function formatDay(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(lang, 'day').format(date);
}
