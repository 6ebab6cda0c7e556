import { describe, expect, it } from 'vitest';
import {
  dayText,
  levelText,
  monthText,
  numberText,
  percentText,
  scoreText,
} from '../../../src/core/present/format';

describe('numbers as each language writes them', () => {
  it('plain numbers: a decimal comma in German, groups of three from five digits on', () => {
    expect(numberText(1.5, 'de')).toBe('1,5');
    expect(numberText(1.5, 'en')).toBe('1.5');
    expect(numberText(2.005, 'de')).toBe('2,01');
    expect(numberText(1200, 'de')).toBe('1200');
    expect(numberText(100000, 'de')).toBe('100.000');
    expect(numberText(100000, 'en')).toBe('100,000');
    expect(numberText(1234567.25, 'de')).toBe('1.234.567,25');
    expect(numberText(-25000, 'en')).toBe('-25,000');
    expect(numberText(0, 'de')).toBe('0');
  });

  it('levels and scores are cut, not rounded', () => {
    expect(levelText(3.96, 'de')).toBe('3,9');
    expect(levelText(3.96, 'en')).toBe('3.9');
    expect(scoreText(79.99)).toBe('79');
    expect(percentText(0.999)).toBe('99');
  });

  it('dates in words', () => {
    expect(dayText('2026-10-05', 'de')).toBe('5. Oktober 2026');
    expect(dayText('2026-10-05', 'en')).toMatch(/5 October 2026|October 5, 2026/);
  });
});

describe('monthText', () => {
  it('names the month in the language, and leaves anything else as it is', () => {
    expect(monthText('2026-11', 'de')).toBe('November 2026');
    expect(monthText('2026-03', 'de')).toBe('März 2026');
    expect(monthText('2026-03', 'en')).toBe('March 2026');
    expect(monthText('2026-13', 'en')).toBe('2026-13');
  });
});
