import { useEffect, useState } from 'react';

/**
 * What `load` gives, for a screen: undefined until it has come (a screen left before then is not
 * updated). `load` is read once, when the screen first shows.
 */
export function useLoaded<T>(load: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<{ v: T } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void load().then((v) => live && setValue({ v }));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read once, as documented
  }, []);
  return value?.v;
}
