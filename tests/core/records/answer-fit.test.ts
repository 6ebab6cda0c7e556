// Well-formed but wrong values: whatever JSON value stands in an answer or profile slot, the
// restored assessment either refuses it with its path or holds a value its question could have
// been given. Never stored as is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valueFits } from '../../../src/core/records/answer-fit';
import { newAssessment, restoreAssessment } from '../../../src/core/records/assessment';
import { newCase, restoreCase } from '../../../src/core/records/case';
import type { Questionnaire } from '../../../src/core/definition/questionnaire';
import { readJson } from '../../support/helpers';

const AT = '2026-11-02T09:00:00.000Z';
const base = readJson('tests/fixtures/assessments/resilience-weak.json') as {
  questionnaire: Questionnaire;
  profileDefinition: { questions: { id: string }[] };
  answers: Record<string, unknown>;
  profile: Record<string, unknown>;
};
const questions = base.questionnaire.dimensions.flatMap((d) => d.questions);
const facts = base.profileDefinition.questions.map((q) => q.id);

/** JSON values, the tricky ones over-represented: huge, strings of numbers, near misses. */
const value = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(1e308, -1, 0, 6, 7, 2.5, '3', 'NaN', '3; DROP TABLE', true, [], ['x'], ''),
  fc.integer({ min: -10, max: 10 }),
  fc.double({ noNaN: true }),
);

function withAnswer(slot: 'answers' | 'profile', id: string, v: unknown) {
  return {
    ...base,
    [slot]: { ...base[slot], [id]: { kind: 'value', value: v, at: AT } },
  };
}

describe('answers that do not fit their question', () => {
  it('5,000 values in answer slots and 2,000 in profile slots: refused with the path, or fitting', () => {
    let refused = 0;
    const check = (slot: 'answers' | 'profile', ids: string[], runs: number) =>
      fc.assert(
        fc.property(fc.constantFrom(...ids), value, (id, v) => {
          const r = restoreAssessment(withAnswer(slot, id, v));
          if (!r.ok) {
            refused++;
            expect(
              r.problems.some((p) => p.path[0] === slot && p.path[1] === id),
              'the refusal names the slot',
            ).toBe(true);
            return;
          }
          const entry = r.value[slot][id];
          expect(entry?.kind).toBe('value');
          const q =
            slot === 'answers'
              ? questions.find((x) => x.id === id)!
              : r.value.profileDefinition.questions.find((x) => x.id === id)!;
          expect(
            valueFits(q, (entry as unknown as { value: never }).value),
            JSON.stringify(v),
          ).toBe(true);
        }),
        { numRuns: runs },
      );
    check(
      'answers',
      questions.map((q) => q.id),
      5000,
    );
    check('profile', facts, 2000);
    expect(refused, 'most generated values are wrong').toBeGreaterThan(3000);
  }, 120_000);

  it('refuses the values an attacker or a broken tool would write', () => {
    const maturity = questions.find((q) => q.type === 'maturity')!.id;
    for (const v of [7, -1, 0, 2.5, '3', 'NaN', '3; DROP TABLE', 1e308]) {
      const r = restoreAssessment(withAnswer('answers', maturity, v));
      expect(r.ok, JSON.stringify(v)).toBe(false);
      if (!r.ok)
        expect(r.problems).toContainEqual(
          expect.objectContaining({ code: 'answer_misfit', path: ['answers', maturity, 'value'] }),
        );
    }
    const employees = base.profileDefinition.questions.find((q) => q.id === 'employees')!.id;
    for (const v of [1e308, '120', -5])
      expect(restoreAssessment(withAnswer('profile', employees, v)).ok, String(v)).toBe(false);
    expect(restoreAssessment(withAnswer('answers', maturity, 4)).ok, 'a fitting one').toBe(true);
  });
});

describe('a new assessment from a firm’s profile', () => {
  it('leaves out the facts that do not fit, so it can always be read again', () => {
    const a = newAssessment({
      id: 'n1',
      at: AT,
      owner: { firm: { id: 'f1', name: 'Muster GmbH' } },
      role: 'management',
      profile: {
        employees: { kind: 'value', value: 1e308, at: AT },
        combustion_share: { kind: 'value', value: 60, at: AT },
      },
      questionnaire: base.questionnaire,
      profileDefinition: base.profileDefinition as never,
    });
    expect(Object.keys(a.profile)).toEqual(['combustion_share']);
    expect(restoreAssessment(JSON.parse(JSON.stringify(a))).ok).toBe(true);
  });
});

describe('a case from a firm with a long name', () => {
  it('is a case the app can read again (the name is cut to the case name’s limit)', () => {
    const c = newCase('c1', { id: 'f1', name: 'Ä'.repeat(300) }, AT);
    expect(restoreCase(JSON.parse(JSON.stringify(c))).ok).toBe(true);
    expect(c.name).toHaveLength(200);
    expect(c.firm.name, 'the firm keeps its full name').toHaveLength(300);
    // Characters outside the basic plane take two code units: never cut in half, still readable.
    const wide = newCase('c2', { id: 'f2', name: '𝔄'.repeat(150) }, AT);
    expect(restoreCase(JSON.parse(JSON.stringify(wide))).ok).toBe(true);
    expect(wide.name).toBe('𝔄'.repeat(100));
  });
});
