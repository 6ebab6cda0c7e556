let loading: Promise<unknown> | null = null;

/**
 * The host's `hosting.json` beside the app (same origin) as it stands in the file, read once per
 * page; null from file:// or without the file. Unchecked: `state/hosting.ts` checks it. Kept apart
 * so that the header can look for a logo without loading the checks with the start page.
 */
export function loadHostingFile(): Promise<unknown> {
  // A page opened from file:// may not read files beside it (and has no host).
  if (location.protocol === 'file:') return Promise.resolve(null);
  loading ??= fetch('./hosting.json', { cache: 'no-cache' })
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null);
  return loading;
}

/** Whether the file names a logo at all (what it names is checked where it is shown). */
export const namesLogo = (file: unknown) =>
  typeof file === 'object' && file !== null && 'logo' in file;
