// Page geometry, type sizes and colours of the report. The colours are the screens' design
// tokens: the current level in `primary`, the target in `target` (dashed), the quadrants tinted.
import { COLORS } from '../core/present/tokens';
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

/** The design tokens (core/present/tokens.ts) as the report paints them. */
export const COLOR = {
  ink: hex(COLORS.ink),
  muted: hex(COLORS.muted),
  faint: hex(COLORS.faint),
  line: hex(COLORS.line),
  grid: hex(COLORS.grid),
  panel: hex(COLORS.panelTint),
  white: hex(COLORS.panel),
  actual: hex(COLORS.primary),
  actualFill: tint(hex(COLORS.primary), 0.25),
  target: hex(COLORS.target),
  critical: hex(COLORS.danger),
  warning: hex(COLORS.warning),
  warningLine: hex(COLORS.warningLine),
  info: hex(COLORS.muted),
  good: hex(COLORS.good),
  quadrantLow: tint(hex(COLORS.quadrantLow), 0.6),
  quadrantHigh: tint(hex(COLORS.quadrantHigh), 0.6),
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

/**
 * Type sizes in points: running text at 9 or more, nothing below 7.5 (labels, chart ticks,
 * header and footer).
 */
export const SIZE = {
  title: 17,
  h2: 12,
  h3: 10.5,
  lead: 10.5,
  body: 9.5,
  small: 9,
  tiny: 7.6,
  figure: 16,
} as const;

/** The measure of running text (mm): at most about 90 characters a line at these sizes. */
export const TEXT_WIDTH = 124;

export const LINE_HEIGHT = 1.32;
export const PT = 25.4 / 72;
