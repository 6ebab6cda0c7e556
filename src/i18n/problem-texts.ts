import i18next from 'i18next';

let loading: Promise<boolean> | null = null;
let loaded = false;

/** Whether the problem texts are there. */
export const problemTextsLoaded = () => loaded;

/**
 * The texts of problems (why a file or record was refused), in both languages: loaded when a
 * screen first has a problem to show, not with the start page. False when they could not be
 * loaded (the connection lost before the app was cached); the next call tries again.
 */
export function loadProblemTexts(): Promise<boolean> {
  return (loading ??= Promise.all([
    import('./de/problems.json'),
    import('./en/problems.json'),
  ]).then(
    ([de, en]) => {
      i18next.addResourceBundle('de', 'problems', de.default, true, true);
      i18next.addResourceBundle('en', 'problems', en.default, true, true);
      return (loaded = true);
    },
    () => {
      loading = null;
      return false;
    },
  ));
}
