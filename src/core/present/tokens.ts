// The design tokens: one set of colours, type sizes, spacing and radii for the screens (as CSS
// custom properties, written by scripts/vite-plugin-tokens.ts) and the PDF report
// (src/report/theme.ts). Text colours reach WCAG AA (4.5:1) on `panel` and `bg`;
// tests/core/present/tokens.test.ts checks it.

export const COLORS = {
  /** Body text. */
  ink: '#1d2a33',
  /** Secondary text: captions, meta lines. */
  muted: '#4f5d68',
  /** Lines that only separate (not text). */
  line: '#c9d3db',
  /** Chart grid lines. */
  grid: '#dde3e8',
  /** The report's faint marks (scale lines, not text). */
  faint: '#8a96a0',
  /** The report's boxes. */
  panelTint: '#f2f5f8',
  /** The page behind panels. */
  bg: '#f5f7f9',
  panel: '#ffffff',
  /** Links, primary buttons, the current level in charts. */
  primary: '#1f5f8b',
  primaryDark: '#174a6d',
  primarySoft: '#e4eef5',
  /** Emphasis in text (the first step, notes). */
  accent: '#9a4514',
  /** The target in charts: a mark, never text. */
  target: '#b8561b',
  danger: '#a3271f',
  warning: '#9a6b00',
  warningBg: '#fff4d6',
  warningLine: '#c99a1a',
  good: '#2f6b3a',
  focus: '#0b6bcb',
  /** The portfolio's quadrants: the weak and the strong corner. */
  quadrantLow: '#f3e3d8',
  quadrantHigh: '#dcebf5',
} as const;

export type ColorName = keyof typeof COLORS;

/** Text colours and the backgrounds they stand on: each pair must reach 4.5:1. */
export const TEXT_ON: readonly (readonly [ColorName, ColorName])[] = [
  ['ink', 'panel'],
  ['ink', 'bg'],
  ['muted', 'panel'],
  ['muted', 'bg'],
  ['primary', 'panel'],
  ['primary', 'bg'],
  ['primary', 'primarySoft'],
  ['accent', 'panel'],
  ['danger', 'panel'],
  ['warning', 'panel'],
  ['good', 'panel'],
  ['panel', 'primary'],
  ['ink', 'warningBg'],
];

/** Sizes in px on screen; the report scales its own type (theme.ts). */
export const SIZES = {
  /** Body text. */
  text: 17,
  small: 15,
  radius: 8,
  /** The smallest tap target, both ways. */
  touch: 44,
  space: 16,
} as const;

/** Relative luminance (WCAG 2.x) of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The WCAG contrast ratio of two #rrggbb colours, 1..21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The tokens as CSS custom properties on :root (--ink, --primary-soft, --radius, …). */
export function tokensCss(): string {
  const lines = [
    ...Object.entries(COLORS).map(([k, v]) => `  --${kebab(k)}: ${v};`),
    ...Object.entries(SIZES).map(([k, v]) => `  --${kebab(k)}: ${v}px;`),
  ];
  return `:root {\n${lines.join('\n')}\n}\n`;
}
