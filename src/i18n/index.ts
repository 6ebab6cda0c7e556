import i18next from 'i18next';
import type { Lang } from '../core/common/text';
import { STORAGE_KEYS } from '../storage/keys';
import { de } from './de/index';

/** German is always there; English is loaded on demand (see `loadLanguage`). */
export const resources = { de } as const;

async function loadLanguage(lang: Lang) {
  if (lang === 'de' || i18next.hasResourceBundle(lang, 'common')) return;
  const { en } = await import('./en/index');
  for (const [ns, bundle] of Object.entries(en))
    i18next.addResourceBundle(lang, ns, bundle, true, true);
}

export function storedLanguage(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEYS.language) === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}

export async function initI18n(lang: Lang = storedLanguage()) {
  document.documentElement.lang = lang;
  await i18next.init({
    resources,
    lng: 'de',
    fallbackLng: 'de',
    defaultNS: 'common',
    ns: Object.keys(resources.de),
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    saveMissing: import.meta.env.DEV,
    missingKeyHandler: (_lngs, ns, key) => {
      if (import.meta.env.DEV) throw new Error(`Missing translation: ${ns}:${key}`);
    },
  });
  if (lang !== 'de') {
    await loadLanguage(lang);
    await i18next.changeLanguage(lang);
  }
}

export async function setLanguage(lang: Lang) {
  await loadLanguage(lang);
  try {
    localStorage.setItem(STORAGE_KEYS.language, lang);
  } catch {
    // Preferences are a convenience: without storage the choice lasts for this visit.
  }
  document.documentElement.lang = lang;
  return i18next.changeLanguage(lang);
}
