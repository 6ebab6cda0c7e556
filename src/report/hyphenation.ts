// Hyphenation for words that would overflow their box (a narrow table cell, a long name): the
// TeX patterns of the `hyphen` library, German (1996 rules) and British English, in a chunk of
// their own per language, loaded only for a report that has such a word (download.ts `typeset`).
import type { Lang } from '../core/common/text';

/** A word's syllables as the patterns split it ("Kontinuitätsmanagement" → Kon|ti|nui|täts|…). */
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
