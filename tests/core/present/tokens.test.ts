import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLORS, contrast, TEXT_ON, tokensCss } from '../../../src/core/present/tokens';
import { COLOR } from '../../../src/report/theme';
import { tokensPlugin } from '../../../scripts/vite-plugin-tokens';
import { ROOT } from '../../support/helpers';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe('design tokens', () => {
  it('the contrast formula gives the known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });

  it('every text colour reaches 4.5:1 (WCAG AA) on the backgrounds it is used on', () => {
    for (const [text, background] of TEXT_ON)
      expect(
        contrast(COLORS[text], COLORS[background]),
        `${text} on ${background}`,
      ).toBeGreaterThanOrEqual(4.5);
  });

  it('the screens get them as custom properties, ahead of the style sheet', () => {
    const css = tokensCss();
    expect(css).toContain(`--primary: ${COLORS.primary};`);
    expect(css).toContain('--primary-soft: ');
    expect(css).toContain('--touch: 44px;');
    const plugin = tokensPlugin() as { transform(code: string, id: string): { code: string } };
    const styles = readFileSync(join(ROOT, 'src/styles.css'), 'utf8');
    expect(plugin.transform(styles, join(ROOT, 'src/styles.css')).code.startsWith(css)).toBe(true);
    expect(plugin.transform('a{}', join(ROOT, 'src/features/coach/coach.css'))).toBeNull();
    // The style sheet itself declares no token: one place for each colour.
    for (const name of ['--ink', '--primary', '--radius', '--touch'])
      expect(styles).not.toContain(`${name}:`);
  });

  it('the report paints with the same colours', () => {
    expect(COLOR.actual).toEqual(rgb(COLORS.primary));
    expect(COLOR.target).toEqual(rgb(COLORS.target));
    expect(COLOR.ink).toEqual(rgb(COLORS.ink));
    expect(COLOR.critical).toEqual(rgb(COLORS.danger));
  });
});
