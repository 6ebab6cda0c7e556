import i18next, { type DefaultNamespace, type Namespace, type TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';

// The app's own binding of i18next to React. All texts are in memory before the first render
// (German with the app, English and the screens' namespaces loaded before they are shown), so a
// component needs only the language and a `t` for it; react-i18next's hook did more per
// component and per render (measured: ~2 ms of each answer's render at 4x CPU slow-down).

const subscribe = (onChange: () => void) => {
  i18next.on('languageChanged', onChange);
  return () => i18next.off('languageChanged', onChange);
};
const language = () => i18next.language;

/** One `t` per language and namespace, made once (it reads the texts when called). */
const fixed = new Map<string, unknown>();

/** The `t` of a namespace in the current language; the component redraws when it changes. */
export function useTranslation<const Ns extends Namespace = DefaultNamespace>(
  ns?: Ns,
): { t: TFunction<Ns>; i18n: typeof i18next } {
  const lang = useSyncExternalStore(subscribe, language);
  const key = `${lang} ${String(ns ?? '')}`;
  let t = fixed.get(key) as TFunction<Ns> | undefined;
  if (!t) {
    t = i18next.getFixedT(lang, ns ?? null) as TFunction<Ns>;
    fixed.set(key, t);
  }
  return { t, i18n: i18next };
}
