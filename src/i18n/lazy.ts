import i18next from 'i18next';

/**
 * Texts of screens that load on demand (coach workspace, workshop, questionnaire preview) come
 * with those screens, in both languages, so the start page does not carry them.
 */
export function addBundles(ns: string, bundles: { de: object; en: object }) {
  for (const [lang, bundle] of Object.entries(bundles))
    if (!i18next.hasResourceBundle(lang, ns)) i18next.addResourceBundle(lang, ns, bundle, true);
}
