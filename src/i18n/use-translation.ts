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

/** One `t` per language and namespace, made once. */
const fixed = new Map<string, unknown>();

// A screen's namespace added later (lazy.ts) may hold texts a `t` has answered without: its
// store (made by init) says so.
let watched: unknown = null;
function watchStore() {
  if (watched === i18next.store || !i18next.store) return;
  watched = i18next.store;
  i18next.store.on('added', () => fixed.clear());
}

type Translate = (key: string, options?: Record<string, unknown>) => unknown;

/**
 * A `t` that remembers its texts: a text depends only on the language, the namespace, the key
 * and the values put into it, and a screen asks for the same ones on every redraw, where i18next
 * resolves and interpolates each time anew. Pays for itself in `npm run bench:peer`, "Cold load
 * until the first question can be answered" (650 → 610 ms at CPU ×4 when it came in).
 */
function remembering(t: Translate): Translate {
  const texts = new Map<string, unknown>();
  return (key, options) => {
    if (options && Object.values(options).some((v) => v !== null && typeof v === 'object'))
      return t(key, options);
    const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    if (texts.has(id)) return texts.get(id);
    if (texts.size > 5000) texts.clear();
    const text = t(key, options);
    texts.set(id, text);
    return text;
  };
}

/** The `t` of a namespace in the current language; the component redraws when it changes. */
export function useTranslation<const Ns extends Namespace = DefaultNamespace>(
  ns?: Ns,
): { t: TFunction<Ns>; i18n: typeof i18next } {
  const lang = useSyncExternalStore(subscribe, language);
  watchStore();
  const key = `${lang} ${String(ns ?? '')}`;
  let t = fixed.get(key) as TFunction<Ns> | undefined;
  if (!t) {
    t = remembering(i18next.getFixedT(lang, ns ?? null) as Translate) as unknown as TFunction<Ns>;
    fixed.set(key, t);
  }
  return { t, i18n: i18next };
}
