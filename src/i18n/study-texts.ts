import i18next from 'i18next';
import de from './de/study.json';
import en from './en/study.json';
import deProblems from './de/study-problems.json';
import enProblems from './en/study-problems.json';
import { addBundles } from './lazy';

addBundles('study', { de, en });

// The study's own problems join the problem texts when the study loads (not with the start page).
const addProblems = () => {
  for (const [lang, bundle] of Object.entries({ de: deProblems, en: enProblems }))
    i18next.addResourceBundle(lang, 'problems', bundle, true, false);
};
if (i18next.isInitialized) addProblems();
else i18next.on('initialized', addProblems);
