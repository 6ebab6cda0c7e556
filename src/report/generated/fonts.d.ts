// Types of fonts.js, which scripts/build-font.ts generates (it is not committed; this file is).
/** The family name the renderer registers the faces under. */
export const FONT_NAME: string;
/** The code points both faces can print, as sorted [from, to] ranges. */
export const COVERAGE: readonly (readonly [number, number])[];
/** What a character outside COVERAGE prints as. */
export const REPLACEMENT: string;
/** The subset TrueType faces, base64. */
export const REGULAR: string;
export const BOLD: string;
