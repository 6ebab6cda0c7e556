import { createElement, use, type ComponentType } from 'react';

export interface LazyScreen<P> {
  (props: P): ReturnType<typeof createElement>;
  /** Starts loading the screen's code; resolves when it is there. */
  preload(): Promise<unknown>;
}

/**
 * A screen whose code loads on demand, like React's `lazy`, except that once loaded it renders
 * at once: a screen preloaded before the first render (the address opened directly) never
 * suspends, so it is not held back behind a loading message.
 */
export function lazyScreen<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<unknown> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (m) => {
        loaded = m.default;
      },
      (error: unknown) => {
        pending = null; // a failed load (a lost connection) may be tried again
        throw error;
      },
    ));
  const Screen = (props: P) => {
    if (!loaded) use(preload());
    return createElement(loaded!, props);
  };
  Screen.preload = preload;
  return Screen;
}
