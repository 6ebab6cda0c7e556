// A `t` for Node (the command line, tests) built from the translation files themselves, with the
// same key form the app's i18next uses: `namespace:path.to.key`, `{{name}}` placeholders.
import { fillTemplate } from '../core/common/problems';
import type { Translate } from '../core/report/report-model';
import type { Lang } from '../core/common/text';
import deCoach from '../i18n/de/coach.json';
import deCommon from '../i18n/de/common.json';
import deReport from '../i18n/de/report.json';
import deResults from '../i18n/de/results.json';
import deStudy from '../i18n/de/study.json';
import enCoach from '../i18n/en/coach.json';
import enCommon from '../i18n/en/common.json';
import enReport from '../i18n/en/report.json';
import enResults from '../i18n/en/results.json';
import enStudy from '../i18n/en/study.json';

type Tree = { readonly [key: string]: string | Tree };

const CATALOGUES: Record<Lang, Record<string, Tree>> = {
  de: { common: deCommon, report: deReport, results: deResults, coach: deCoach, study: deStudy },
  en: { common: enCommon, report: enReport, results: enResults, coach: enCoach, study: enStudy },
};

/** Throws on a missing key: a report must never print a key instead of a text. */
export function makeTranslate(lang: Lang): Translate {
  const namespaces = CATALOGUES[lang];
  return (key, params = {}) => {
    const [ns, path] = key.includes(':') ? key.split(':', 2) : ['common', key];
    let node: string | Tree | undefined = namespaces[ns!];
    for (const part of path!.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') throw new Error(`Missing translation: ${lang} ${key}`);
    return fillTemplate(node, params);
  };
}
