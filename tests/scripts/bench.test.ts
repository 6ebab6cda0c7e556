import { describe, expect, it } from 'vitest';
import { fmtSpread, markdownTable, median, num, percentile, spread } from '../../scripts/bench-lib';

describe('benchmark helpers', () => {
  it('median of odd and even counts, ignoring non-numbers', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });

  it('p95 by nearest rank', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(xs, 95)).toBe(19);
    expect(percentile(xs, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });

  it('formats median [min–max], and a single value when all runs agree', () => {
    expect(fmtSpread(spread([10.04, 12.5, 11]))).toBe('11 [10.0–12.5]');
    expect(fmtSpread(spread([119, 119]))).toBe('119');
    expect(fmtSpread(spread([]))).toBe('–');
    expect(num(1234.4)).toBe('1234');
    expect(num(0.854)).toBe('0.85');
  });

  it('writes a Markdown table with escaped pipes', () => {
    expect(markdownTable(['a', 'b'], [['1', 'x|y']])).toBe(
      '| a | b |\n| --- | --- |\n| 1 | x\\|y |',
    );
  });
});
