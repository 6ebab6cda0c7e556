// Page geometry, type sizes and colours of the report. Colours follow the results screen:
// actual #1f5f8b, target #b8561b (dashed), quadrant tints as in the portfolio chart.
import type { Tone } from '../core/report/report-model';

export type RGB = readonly [number, number, number];

/** A4 in millimetres. Everything, header and footer included, stays inside `printable`. */
export const PAGE = {
  width: 210,
  height: 297,
  left: 20,
  right: 190,
  top: 25,
  bottom: 275,
  headerBaseline: 14,
  headerRule: 16.5,
  footerRule: 280,
  footerBaseline: 284.5,
} as const;
export const CONTENT_WIDTH = PAGE.right - PAGE.left;
export const PRINTABLE = { left: PAGE.left, right: PAGE.right, top: 10, bottom: 287 } as const;

const hex = (h: string): RGB => [
  parseInt(h.slice(1, 3), 16),
  parseInt(h.slice(3, 5), 16),
  parseInt(h.slice(5, 7), 16),
];

/** A colour laid over white with the given opacity, as a solid colour (prints everywhere). */
export function tint(color: RGB, opacity: number): RGB {
  return color.map((c) => Math.round(c * opacity + 255 * (1 - opacity))) as unknown as RGB;
}

export const COLOR = {
  ink: hex('#1d2a33'),
  muted: hex('#4f5d68'),
  faint: hex('#8a96a0'),
  line: hex('#c9d3db'),
  grid: hex('#dde3e8'),
  panel: hex('#f2f5f8'),
  white: hex('#ffffff'),
  actual: hex('#1f5f8b'),
  actualFill: tint(hex('#1f5f8b'), 0.25),
  target: hex('#b8561b'),
  critical: hex('#a3271f'),
  warning: hex('#9a6b00'),
  warningLine: hex('#c99a1a'),
  info: hex('#4f5d68'),
  good: hex('#2f6b3a'),
  quadrantLow: tint(hex('#f3e3d8'), 0.6),
  quadrantHigh: tint(hex('#dcebf5'), 0.6),
} as const;

export function toneColor(tone: Tone | undefined): RGB {
  switch (tone) {
    case 'critical':
      return COLOR.critical;
    case 'warning':
      return COLOR.warning;
    case 'info':
    case 'neutral':
      return COLOR.muted;
    case 'good':
      return COLOR.good;
    case 'actual':
      return COLOR.actual;
    case 'target':
      return COLOR.target;
    default:
      return COLOR.ink;
  }
}

/** Type sizes in points. */
export const SIZE = {
  title: 17,
  h2: 12,
  h3: 10.3,
  lead: 10,
  body: 9.3,
  small: 8.3,
  tiny: 7.3,
  figure: 16,
} as const;

export const LINE_HEIGHT = 1.38;
export const PT = 25.4 / 72;
