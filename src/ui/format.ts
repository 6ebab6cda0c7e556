import { cutLevel, cutScore } from '../core/scoring';
import type { Lang } from '../core/text';

const locale = (lang: Lang) => (lang === 'de' ? 'de-DE' : 'en-GB');

/** Levels are cut to one decimal (3.96 → 3.9), written the way the language writes decimals. */
export function formatLevel(level: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(cutLevel(level));
}

export function formatScore(score: number): string {
  return String(cutScore(score));
}

export function formatPercent(ratio: number): string {
  return String(Math.floor(ratio * 100 + 1e-9));
}

export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

export function formatDay(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long' }).format(date);
}
