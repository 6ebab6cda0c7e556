// The app's version, from package.json at build time (vite.config.ts `define`, also in the tests);
// code run without Vite (the command-line tools) sees 'dev' and passes its own where it matters.
declare const __APP_VERSION__: string | undefined;

export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';

/** A file the app writes, marked with the version that wrote it (`appVersion`). */
export function withAppVersion<T extends object>(file: T): T & { appVersion: string } {
  return { ...file, appVersion: APP_VERSION };
}
