import { describe, expect, it } from 'vitest';
import {
  doneAt,
  exposureFactsOf,
  newestFirst,
  onAxes,
  portfolioAxesOf,
  portfolioPartner,
} from '../../../src/core/scoring/portfolio';
import { readJson } from '../../support/helpers';

describe('the portfolio', () => {
  it('takes its axes from the questionnaires, not from code', () => {
    expect(
      portfolioAxesOf([
        { id: 'a', portfolioAxis: 'y' },
        { id: 'draft', listed: false, portfolioAxis: 'x' },
        { id: 'b', portfolioAxis: 'x' },
        { id: 'c' },
      ]),
      'listed questionnaires only, whatever their ids',
    ).toEqual({ x: 'b', y: 'a' });
    expect(portfolioAxesOf([{ id: 'a', portfolioAxis: 'x' }]), 'one axis is no portfolio').toBe(
      null,
    );
  });

  it('is spanned by the shipped resilience and technology-readiness checks', () => {
    const shipped = ['resilience', 'technology-readiness'].map(
      (id) => readJson(`questionnaires/${id}.json`) as { id: string; portfolioAxis?: 'x' | 'y' },
    );
    expect(portfolioAxesOf(shipped)).toEqual({ x: 'resilience', y: 'technology-readiness' });
  });

  it('pairs two assessments by their axes, in either order', () => {
    const axes = { x: 'r', y: 't' };
    const r = { questionnaireId: 'r', item: 'R' };
    const t = { questionnaireId: 't', item: 'T' };
    expect(onAxes(axes, r, t)).toEqual({ x: 'R', y: 'T' });
    expect(onAxes(axes, t, r)).toEqual({ x: 'R', y: 'T' });
    expect(onAxes(axes, r, r), 'two of one axis').toBeNull();
    expect(onAxes(null, r, t), 'no axes').toBeNull();
    expect(portfolioPartner(axes, 't')).toBe('r');
    expect(portfolioPartner(axes, 'other')).toBeNull();
  });

  it('orders assessments by when they were done', () => {
    const a = { id: 'a', finishedAt: '2026-01-02T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z' };
    const b = { id: 'b', finishedAt: null, updatedAt: '2026-02-01T00:00:00Z' };
    expect(doneAt(a), 'finishing time first').toBe(a.finishedAt);
    expect(doneAt(b), 'else the last change').toBe(b.updatedAt);
    expect(newestFirst([a, b]).map((x) => x.id)).toEqual(['b', 'a']);
  });

  it('finds the exposure facts marked in the shipped profile', () => {
    const profile = readJson('questionnaires/profile.json') as {
      questions: { id: string; exposure?: boolean }[];
    };
    expect(exposureFactsOf(profile)).toEqual([
      'largest_customer_share',
      'top3_customer_share',
      'combustion_share',
    ]);
  });
});
