import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../core/text';
import { STORAGE_KEYS } from '../storage/keys';
import deAnswer from './de/answer.json';
import deCommon from './de/common.json';
import deFirm from './de/firm.json';
import deProblems from './de/problems.json';
import deResults from './de/results.json';
import deSettings from './de/settings.json';
import deStart from './de/start.json';
import enAnswer from './en/answer.json';
import enCommon from './en/common.json';
import enFirm from './en/firm.json';
import enProblems from './en/problems.json';
import enResults from './en/results.json';
import enSettings from './en/settings.json';
import enStart from './en/start.json';

export const resources = {
  de: {
    common: deCommon,
    problems: deProblems,
    start: deStart,
    firm: deFirm,
    answer: deAnswer,
    results: deResults,
    settings: deSettings,
  },
  en: {
    common: enCommon,
    problems: enProblems,
    start: enStart,
    firm: enFirm,
    answer: enAnswer,
    results: enResults,
    settings: enSettings,
  },
} as const;

export function storedLanguage(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEYS.language) === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}

export function initI18n(lang: Lang = storedLanguage()) {
  document.documentElement.lang = lang;
  return i18next.use(initReactI18next).init({
    resources,
    lng: lang,
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
}

export function setLanguage(lang: Lang) {
  try {
    localStorage.setItem(STORAGE_KEYS.language, lang);
  } catch {
    // Preferences are a convenience: without storage the choice lasts for this visit.
  }
  document.documentElement.lang = lang;
  return i18next.changeLanguage(lang);
}
