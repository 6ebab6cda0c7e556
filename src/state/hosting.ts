import { readHosting, type Hosting } from '../core/common/hosting';
import { loadHostingFile } from './hosting-file';
import { useLoaded } from './use-loaded';

let checked: Promise<Hosting | null> | null = null;

/**
 * The host's `hosting.json` beside the app, checked: what does not fit is left out. From file://
 * or without the file there is none: null.
 */
export function loadHosting(): Promise<Hosting | null> {
  checked ??= loadHostingFile().then(readHosting);
  return checked;
}

/** The host's details for a screen: undefined while they load. */
export const useHosting = (): Hosting | null | undefined => useLoaded(loadHosting);
