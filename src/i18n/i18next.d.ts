import 'i18next';
import type coach from './de/coach.json';
import type preview from './de/preview.json';
import type problems from './de/problems.json';
import type results from './de/results.json';
import type settings from './de/settings.json';
import type study from './de/study.json';
import type workshop from './de/workshop.json';
import type { resources } from './index';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    // The screens that load on demand add their namespaces then (see lazy.ts), and the problem
    // texts come when there is a problem to show (problem-texts.ts).
    resources: (typeof resources)['de'] & {
      coach: typeof coach;
      workshop: typeof workshop;
      preview: typeof preview;
      results: typeof results;
      settings: typeof settings;
      study: typeof study;
      problems: typeof problems;
    };
  }
}
