import { z } from './zod';

export const LANGUAGES = ['de', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

const nonBlank = z.string().refine((s) => s.trim().length > 0, { params: { code: 'text_empty' } });

/** Every text a user reads: German first, English complete. */
export const BilingualSchema = z.strictObject({ de: nonBlank, en: nonBlank }).meta({
  id: 'Bilingual',
  description: 'A text in German (de) and English (en), both non-empty.',
});
export type Bilingual = z.infer<typeof BilingualSchema>;

/** The text in the chosen language; German if that is missing (it never is in a valid file). */
export function localize(text: Bilingual, lang: Lang): string {
  return text[lang] || text.de;
}
