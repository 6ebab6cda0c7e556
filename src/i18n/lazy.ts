import i18next from 'i18next';

/**
 * Texts of screens that load on demand (coach workspace, workshop, questionnaire preview) come
 * with those screens, in both languages, so the start page does not carry them. A screen opened
 * directly loads while i18next is still starting: its texts are then added once it has.
 */
export function addBundles(ns: string, bundles: { de: object; en: object }) {
  const add = () => {
    for (const [lang, bundle] of Object.entries(bundles))
      if (!i18next.hasResourceBundle(lang, ns)) i18next.addResourceBundle(lang, ns, bundle, true);
  };
  if (i18next.isInitialized) add();
  else i18next.on('initialized', add);
}
