// hyphen ships without types; only what src/report/hyphenation.ts uses.
declare module 'hyphen/de' {
  export function hyphenateSync(
    text: string,
    options?: { hyphenChar?: string; minWordLength?: number },
  ): string;
}
declare module 'hyphen/en-gb' {
  export { hyphenateSync } from 'hyphen/de';
}
