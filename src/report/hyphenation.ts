// Hyphenation for words that would overflow their box (a narrow table cell, a side column): the
// TeX patterns of the `hyphen` library, German (1996 rules) and British English. Loaded with the
// report, in a chunk of its own per language.
import type { Lang } from '../core/common/text';

/** A word's syllables as the patterns split it ("Kontinuitätsmanagement" → Kon|ti|nu|…). */
export type Hyphenate = (word: string) => string[];

const SOFT_HYPHEN = '\u00ad';

const loaded = new Map<Lang, Promise<Hyphenate>>();

export function loadHyphenation(lang: Lang): Promise<Hyphenate> {
  let hyphenate = loaded.get(lang);
  if (!hyphenate) {
    hyphenate = (lang === 'de' ? import('hyphen/de') : import('hyphen/en-gb')).then((m) => {
      // A CommonJS module: its exports are the default export where the loader wraps them.
      const api = ('default' in m ? m.default : m) as typeof m;
      return (word: string) =>
        api.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 5 }).split(SOFT_HYPHEN);
    });
    loaded.set(lang, hyphenate);
  }
  return hyphenate;
}
