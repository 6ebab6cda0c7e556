import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessmentOf,
  hrefOf,
  parseHash,
  ROUTES,
  type Route,
  type RouteName,
} from '../../src/navigation/routes';

const RUNS = 1000;
const id = fc.string({ minLength: 1, maxLength: 40, unit: 'binary' });
const maybe = (arb: fc.Arbitrary<string>) => fc.option(arb, { nil: undefined });
const opt = <K extends string>(key: K, value: string | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;

/** Any route of the table, with any ids (never empty: the app makes none). */
const anyRoute: fc.Arbitrary<Route> = fc.oneof(
  fc.constant<Route>({ name: 'start' }),
  id.map<Route>((questionnaireId) => ({ name: 'new', questionnaireId })),
  id.map<Route>((firmId) => ({ name: 'firm', firmId })),
  fc.tuple(id, fc.nat({ max: 999_999_999 }), maybe(id)).map<Route>(([i, dimension, q]) => ({
    name: 'answer',
    id: i,
    dimension,
    ...opt('question', q),
  })),
  id.map<Route>((i) => ({ name: 'review', id: i })),
  id.map<Route>((i) => ({ name: 'results', id: i })),
  fc.tuple(id, maybe(id), maybe(id)).map<Route>(([firmId, r, t]) => ({
    name: 'portfolio',
    firmId,
    ...opt('resilience', r),
    ...opt('technology', t),
  })),
  fc.constant<Route>({ name: 'settings' }),
  fc.constant<Route>({ name: 'about' }),
  fc.constant<Route>({ name: 'coach' }),
  id.map<Route>((caseId) => ({ name: 'case', caseId })),
  fc.constant<Route>({ name: 'workshops' }),
  id.map<Route>((workshopId) => ({ name: 'workshop', workshopId })),
  id.map<Route>((workshopId) => ({ name: 'facilitator', workshopId })),
  maybe(id).map<Route>((draft) => ({ name: 'preview', ...opt('draft', draft) })),
  fc.constant<Route>({ name: 'study' }),
);

describe('the route table', () => {
  it('covers every route of the table in the generator above', () => {
    const seen = new Set<RouteName>();
    fc.assert(
      fc.property(anyRoute, (r) => void seen.add(r.name)),
      { numRuns: 500 },
    );
    expect([...seen].sort(), 'each table entry is generated').toEqual(Object.keys(ROUTES).sort());
  });

  it(`reads back every address it writes (${RUNS} routes)`, () => {
    fc.assert(
      fc.property(anyRoute, (route) => {
        expect(parseHash(hrefOf(route)), hrefOf(route)).toEqual(route);
      }),
      { numRuns: RUNS },
    );
  });

  it(`gives a route for any text after # and never throws (${RUNS * 3} strings)`, () => {
    const names = new Set<string>([...Object.keys(ROUTES), 'notFound']);
    const texts = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('/', '%', 'E', '0', 'a', '?', '=', '&', 'd', '#', '1') }),
      fc
        .array(fc.constantFrom('a', 'd', 'firm', 'coach', 'workshop', '%E0', '%', '1', '', '?q='))
        .map((parts) => `#/${parts.join('/')}`),
    );
    fc.assert(
      fc.property(texts, (text) => {
        expect(names.has(parseHash(text).name), text).toBe(true);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it.each([
    ['', { name: 'start' }],
    ['#/', { name: 'start' }],
    ['#/firm/%E0', { name: 'notFound' }],
    ['#/a/x/d/2?q=r1_q', { name: 'answer', id: 'x', dimension: 2, question: 'r1_q' }],
    ['#/a/x/d/two', { name: 'notFound' }],
    ['#/a/x/d/', { name: 'notFound' }],
    ['#/preview', { name: 'preview' }],
    ['#/preview/abc', { name: 'preview', draft: 'abc' }],
    ['#/preview/abc/more', { name: 'notFound' }],
    ['#/portfolio/f?r=1&t=2', { name: 'portfolio', firmId: 'f', resilience: '1', technology: '2' }],
    ['#/workshop/w/facilitator', { name: 'facilitator', workshopId: 'w' }],
    ['#/settings/x', { name: 'notFound' }],
  ])('%s → %o', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('writes the addresses people have bookmarked', () => {
    expect(hrefOf({ name: 'answer', id: 'a b', dimension: 3, question: 'r1' })).toBe(
      '#/a/a%20b/d/3?q=r1',
    );
    expect(hrefOf({ name: 'case', caseId: 'c/1' })).toBe('#/coach/c%2F1');
    expect(hrefOf({ name: 'notFound' })).toBe('#/');
  });

  it('says which screens open an assessment with their code', () => {
    expect(assessmentOf({ name: 'results', id: 'x' })).toBe('x');
    expect(assessmentOf({ name: 'review', id: 'x' })).toBe('x');
    expect(assessmentOf({ name: 'answer', id: 'x', dimension: 0 })).toBe('x');
    expect(assessmentOf({ name: 'firm', firmId: 'x' })).toBeNull();
  });
});
