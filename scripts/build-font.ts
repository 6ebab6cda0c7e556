// npx tsx scripts/build-font.ts [--force]
// Subsets DejaVu Sans Condensed (Bitstream Vera licence with public-domain DejaVu changes: it may
// be embedded and modified, as long as a modified font is not called "Bitstream" or "Vera") to
// whole Unicode blocks and writes it as a JavaScript module for the PDF report: the app imports it
// lazily with the report, so it works offline and from file:// without a fetch. The output is
// generated, not committed (see .gitignore); `npm install`, `npm run build`, `npm run report` and
// the report tests create it when it is missing or out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import subsetFont from 'subset-font';

const ROOT = join(import.meta.dirname, '..');
export const FONT_MODULE = join(ROOT, 'src', 'report', 'generated', 'fonts.js');

const PACKAGE = 'dejavu-fonts-ttf';
const FACES = {
  regular: 'ttf/DejaVuSansCondensed.ttf',
  bold: 'ttf/DejaVuSansCondensed-Bold.ttf',
} as const;

/** Whole blocks, so any name, product or note in a Latin script prints. */
const BLOCKS: [number, number, string][] = [
  [0x0020, 0x007e, 'Basic Latin'],
  [0x00a0, 0x00ff, 'Latin-1 Supplement'],
  [0x0100, 0x017f, 'Latin Extended-A'],
  [0x0180, 0x024f, 'Latin Extended-B'],
  [0x2000, 0x206f, 'General Punctuation'],
  [0x20a0, 0x20cf, 'Currency Symbols'],
];
/**
 * Symbols the report writes as text (the arrows of the texts among them, not the whole Arrows
 * block: it cost the single file about 20 kB), and the replacement for anything the font lacks.
 */
const SYMBOLS = '−×≤≥≈∅✓■□●○▲▼◆←↑→↓↔';
/** Bump when the output changes for the same font package (a new block, other options). */
const RECIPE = 6;

/** A face as the module carries it: zlib (RFC 1950), then base64. */
const packed = (face: Uint8Array) => deflateSync(face, { level: 9 }).toString('base64');

function codePoints(): number[] {
  const out: number[] = [];
  for (const [from, to] of BLOCKS) for (let c = from; c <= to; c++) out.push(c);
  for (const ch of SYMBOLS) out.push(ch.codePointAt(0)!);
  return out;
}

/** The code points a TrueType font maps to a glyph (cmap formats 4 and 12). */
export function mappedCodePoints(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const rec = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(rec, rec + 4));
    if (tag === 'cmap') cmap = view.getUint32(rec + 8);
  }
  if (cmap < 0) throw new Error('font has no cmap table');
  const out = new Set<number>();
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(cmap + 4 + 8 * i);
    const offset = cmap + view.getUint32(cmap + 4 + 8 * i + 4);
    const format = view.getUint16(offset);
    if (platform !== 0 && platform !== 3) continue;
    if (format === 4) {
      const segX2 = view.getUint16(offset + 6);
      const ends = offset + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const rangeOffsets = deltas + segX2;
      for (let s = 0; s < segX2; s += 2) {
        const end = view.getUint16(ends + s);
        const start = view.getUint16(starts + s);
        const delta = view.getInt16(deltas + s);
        const rangeOffset = view.getUint16(rangeOffsets + s);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
          else {
            const at = rangeOffsets + s + rangeOffset + 2 * (c - start);
            glyph = view.getUint16(at);
            if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
          }
          if (glyph !== 0) out.add(c);
        }
      }
    } else if (format === 12) {
      const groups = view.getUint32(offset + 12);
      for (let g = 0; g < groups; g++) {
        const at = offset + 16 + 12 * g;
        const start = view.getUint32(at);
        const end = view.getUint32(at + 4);
        const glyph = view.getUint32(at + 8);
        for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c);
      }
    }
  }
  return out;
}

/** Sorted code points as [from, to] ranges. */
function ranges(points: Iterable<number>): [number, number][] {
  const sorted = [...points].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

function stamp(): string {
  const require = createRequire(import.meta.url);
  const pkg = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/package.json`), 'utf8')) as {
    version: string;
  };
  return `${PACKAGE}@${pkg.version} recipe ${RECIPE}`;
}

function isCurrent(): boolean {
  if (!existsSync(FONT_MODULE)) return false;
  const head = readFileSync(FONT_MODULE, 'utf8').slice(0, 400);
  return head.includes(` * source: ${stamp()}\n`);
}

export async function buildFont(): Promise<{ file: string; bytes: Record<string, number> }> {
  const require = createRequire(import.meta.url);
  const text = String.fromCodePoint(...codePoints());
  const faces: Record<string, Uint8Array> = {};
  for (const [name, path] of Object.entries(FACES)) {
    const source = readFileSync(require.resolve(`${PACKAGE}/${path}`));
    faces[name] = await subsetFont(source, text, {
      targetFormat: 'sfnt',
      // jsPDF reads the family and PostScript names; it does no shaping, so layout tables and
      // hinting are dead weight in a PDF.
      preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 13, 14],
      keepFeatures: [],
      noLayoutClosure: true,
      noHinting: true,
      dropTables: ['GSUB', 'GPOS', 'GDEF', 'MATH', 'gasp', 'DSIG', 'prep', 'fpgm', 'cvt '],
    });
  }
  // What both faces can print; everything else is replaced before it is written.
  const regular = mappedCodePoints(faces.regular!);
  const bold = mappedCodePoints(faces.bold!);
  const covered = [...regular].filter((c) => bold.has(c) && c >= 0x20);
  const replacement = covered.includes(0x25a1) ? '□' : '?';
  const lines = [
    '/*! Generated by scripts/build-font.ts: do not edit, do not commit.',
    ` * source: ${stamp()}`,
    ' * DejaVu Sans Condensed, subset: fonts (c) 2003 Bitstream, Inc., Bitstream Vera licence',
    " * (its text is in the font's name table and in node_modules/dejavu-fonts-ttf/LICENSE);",
    ' * DejaVu changes are in the public domain. */',
    `export const FONT_NAME = 'DejaVuSansCondensed';`,
    `export const COVERAGE = ${JSON.stringify(ranges(covered))};`,
    `export const REPLACEMENT = ${JSON.stringify(replacement)};`,
    '/** Each face zlib-compressed, then base64: 45 % smaller (report/download.ts inflates it). */',
    `export const REGULAR = '${packed(faces.regular!)}';`,
    `export const BOLD = '${packed(faces.bold!)}';`,
    '',
  ];
  mkdirSync(dirname(FONT_MODULE), { recursive: true });
  writeFileSync(FONT_MODULE, lines.join('\n'));
  return {
    file: FONT_MODULE,
    bytes: Object.fromEntries(Object.entries(faces).map(([k, v]) => [k, v.length])),
  };
}

/** Builds the font module unless an up-to-date one is there. */
export async function ensureFont(): Promise<void> {
  if (!isCurrent()) await buildFont();
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  if (!process.argv.includes('--force') && isCurrent()) {
    console.log(`report font is up to date: ${FONT_MODULE}`);
  } else {
    const { file, bytes } = await buildFont();
    console.log(`report font written: ${file} (${JSON.stringify(bytes)} bytes)`);
  }
}
