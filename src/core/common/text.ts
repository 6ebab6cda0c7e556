export const LANGUAGES = ['de', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

export interface Bilingual {
  de: string;
  en: string;
}

/** The text in the chosen language; German if that is missing (it never is in a valid file). */
export function localize(text: Bilingual, lang: Lang): string {
  return text[lang] || text.de;
}
