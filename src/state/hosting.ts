import { useEffect, useState } from 'react';
import { readHosting, type Hosting } from '../core/common/hosting';

let loading: Promise<Hosting | null> | null = null;

/**
 * The host's `hosting.json` beside the app (same origin), read once per page. From file:// or
 * without the file there is none: null.
 */
export function loadHosting(): Promise<Hosting | null> {
  // A page opened from file:// may not read files beside it (and has no host).
  if (location.protocol === 'file:') return Promise.resolve(null);
  loading ??= fetch('./hosting.json', { cache: 'no-cache' })
    .then((r) => (r.ok ? r.json() : null))
    .then(readHosting)
    .catch(() => null);
  return loading;
}

/** The host's details for a screen: undefined while they load. */
export function useHosting(): Hosting | null | undefined {
  const [hosting, setHosting] = useState<Hosting | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadHosting().then((h) => live && setHosting(h));
    return () => {
      live = false;
    };
  }, []);
  return hosting;
}
