import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerEntry, Answers } from '../../../src/core/records/answers';
import {
  QuestionnaireSchema,
  type Questionnaire,
} from '../../../src/core/definition/questionnaire';
import {
  cutLevel,
  cutScore,
  displayOf,
  levelOf,
  namedLevelOf,
  scoreAssessment,
  type ScoreInput,
} from '../../../src/core/scoring/scoring';
import { exampleQuestionnaire, profileDefinition } from '../../support/helpers';

const AT = '2026-11-02T09:00:00.000Z';
const v = (
  value: AnswerEntry extends infer E ? (E extends { value: infer V } ? V : never) : never,
): AnswerEntry => ({
  kind: 'value',
  value,
  at: AT,
});
const dontKnow: AnswerEntry = { kind: 'dontKnow', at: AT };
const notRelevant: AnswerEntry = { kind: 'notRelevant', at: AT };

const text = (s: string) => ({ de: s, en: s });
const levels = [1, 2, 3, 4, 5].map((l) => text(`Stufe ${l}`));
const recs = (id: string) =>
  Object.fromEntries(
    (['low', 'mid', 'high'] as const).map((band) => [
      band,
      [
        {
          id: `${id}-${band}`,
          title: text('T'),
          text: text('X'),
          services: ['coaching'],
          horizon: 'now',
          impact: 'high',
          effort: 'low',
        },
      ],
    ]),
  );

/** A questionnaire of maturity questions: dims[i] = [weights of its questions], with dimension weights and targets. */
function maturityQuestionnaire(
  dims: { weight: number; target: number; questionWeights: number[] }[],
): Questionnaire {
  return QuestionnaireSchema.parse({
    id: 'synthetic',
    version: '1.0.0',
    title: text('S'),
    description: text('S'),
    minutes: 5,
    dimensions: dims.map((d, di) => ({
      id: `D${di}`,
      title: text(`D${di}`),
      description: text('d'),
      weight: d.weight,
      target: d.target,
      questions: d.questionWeights.map((w, qi) => ({
        id: `q${di}_${qi}`,
        type: 'maturity',
        text: text('q'),
        weight: w,
        notRelevant: true,
        levels,
      })),
      prompts: [text('p')],
      recommendations: recs(`D${di}`),
    })),
  });
}

const example = (answers: Answers, extra: Partial<ScoreInput> = {}) =>
  scoreAssessment({ questionnaire: exampleQuestionnaire, profileDefinition, answers, ...extra });
const dim = (result: ReturnType<typeof scoreAssessment>, id: string) =>
  result.dimensions.find((d) => d.id === id)!;

describe('answer values', () => {
  const oneQuestion = maturityQuestionnaire([{ weight: 1, target: 4, questionWeights: [1] }]);
  it.each([
    [1, 0],
    [2, 25],
    [3, 50],
    [4, 75],
    [5, 100],
  ])('maturity level %i gives the score %i', (level, score) => {
    const r = scoreAssessment({ questionnaire: oneQuestion, answers: { q0_0: v(level) } });
    expect(r.dimensions[0]!.score).toBe(score);
  });

  it.each([
    ['nobody', 0],
    ['some', 50],
    ['full', 100],
  ])('single choice %s gives its option score', (option, score) => {
    expect(dim(example({ a2: v(option) }), 'A').score).toBe(score);
  });

  it.each<[string[], number | null]>([
    [['network'], 50],
    [['network', 'chamber'], 75],
    [['network', 'university', 'chamber'], 100], // 1.25, capped at 1
    [['none'], 0],
    [[], null], // an empty multiple choice is no answer
    [['network', 'guild'], null], // an option id the question does not have: no answer (README §9)
    [['guild'], null],
  ])('multiple choice %j gives the capped sum', (ticked, score) => {
    expect(dim(example({ a3: v(ticked) }), 'A').score).toBe(score);
  });

  it.each([
    [0, 0],
    [2.9, 0],
    [3, 50], // a band includes its lower edge
    [5.5, 50],
    [6, 100],
    [24, 100], // the last band includes the maximum
    [30, 100], // outside the range: clamped
    [-2, 0],
  ])('number %d falls in its band (score %i)', (months, score) => {
    // b2 and b3 answered "not relevant" so that only b1 counts.
    const r = example({ b1: v(months), b2: notRelevant, b3: notRelevant });
    expect(dim(r, 'B').score).toBe(score);
  });

  it.each([
    [true, 100],
    [false, 0],
  ])('boolean %s gives its stated score', (answer, score) => {
    const r = example({ b1: dontKnow, b2: v(answer) }, { profileAnswers: { employees: v(500) } });
    expect(dim(r, 'B').score).toBe(score);
  });

  it('an answer of the wrong type counts as no answer', () => {
    const r = example({ a1: v('three'), a2: v(7) });
    expect(dim(r, 'A').score).toBeNull();
  });
});

describe('what is left out never lowers a score', () => {
  const q = maturityQuestionnaire([{ weight: 1, target: 4, questionWeights: [1, 1, 1] }]);
  const score = (answers: Answers) => scoreAssessment({ questionnaire: q, answers }).dimensions[0]!;
  it.each<[string, Answers, number | null]>([
    ['all answered', { q0_0: v(5), q0_1: v(3), q0_2: v(1) }, 50],
    ["don't know left out", { q0_0: v(5), q0_1: v(3), q0_2: dontKnow }, 75],
    ['not relevant left out', { q0_0: v(5), q0_1: v(3), q0_2: notRelevant }, 75],
    ['unanswered left out', { q0_0: v(5), q0_1: v(3) }, 75],
    ['cleared left out', { q0_0: v(5), q0_1: v(3), q0_2: { kind: 'cleared', at: AT } }, 75],
    ['nothing included: no score, not 0', { q0_0: dontKnow, q0_1: notRelevant }, null],
  ])('%s', (_name, answers, expected) => {
    expect(score(answers).score).toBe(expected);
  });

  it('a dimension with no score has no level, band, gap or recommendations and is a blind spot', () => {
    const r = scoreAssessment({ questionnaire: q, answers: { q0_0: dontKnow } });
    expect(r.dimensions[0]).toMatchObject({
      score: null,
      level: null,
      namedLevel: null,
      band: null,
      gap: null,
      priority: null,
      recommendations: [],
    });
    expect(r.blindSpots).toEqual(['D0']);
    expect(r.overall.score, 'no dimension with a score: no overall index').toBeNull();
    expect(r.priorities).toEqual([]);
    expect(r.strengths).toEqual([]);
  });

  it('a hidden question is left out even when it has an answer, and the answer is kept', () => {
    // a4 (text) is shown only when a1 ≥ 3; b2 only when b1 < 6 or more than 250 employees.
    const answers = { b1: v(12), b2: v(false) };
    const r = example(answers);
    const b2 = dim(r, 'B').questions.find((x) => x.id === 'b2')!;
    expect(b2.visible).toBe(false);
    expect(b2.included).toBe(false);
    expect(dim(r, 'B').score, 'the hidden "no" must not pull the score down').toBe(100);
    expect(answers.b2).toEqual(v(false));
  });

  it("a hidden question's answer counts as no answer for other conditions", () => {
    // b3 needs a2 in [some, full] and a3 answered. Hiding nothing: b3 visible.
    const visible = example({ a2: v('some'), a3: v(['network']) });
    expect(dim(visible, 'B').questions.find((x) => x.id === 'b3')!.visible).toBe(true);
    const notShown = example({ a2: v('some'), a3: v(['none']) });
    expect(dim(notShown, 'B').questions.find((x) => x.id === 'b3')!.visible).toBe(false);
    // A multiple choice with an unknown option id is no answer for conditions either.
    const unknown = example({ a2: v('some'), a3: v(['network', 'guild']) });
    expect(dim(unknown, 'B').questions.find((x) => x.id === 'b3')!.visible).toBe(false);
  });
});

describe('dimension score, completeness and coverage', () => {
  it('follows the formula 100 × Σ(weight × value) / Σ(weight)', () => {
    // a1 level 3 (0.5, weight 2), a2 "some" (0.5), a3 network + chamber (0.75): 100 × 2.25 / 4.
    const r = example({ a1: v(3), a2: v('some'), a3: v(['network', 'chamber']) });
    expect(dim(r, 'A').score).toBe(56.25);
  });

  it('completeness counts every answer, coverage only what is included', () => {
    const r = example({ b1: v(4), b2: v(true), a2: v('some'), a3: v(['network']), b3: dontKnow });
    expect(dim(r, 'B')).toMatchObject({
      visibleScored: 3,
      answered: 3,
      included: 2,
      completeness: 1,
    });
    expect(dim(r, 'B').coverage).toBeCloseTo(2 / 3, 12);
  });

  it('text questions are never scored nor counted', () => {
    const r = example({ a1: v(4), a4: v('Ein Ziel') });
    expect(dim(r, 'A').visibleScored).toBe(3);
    expect(dim(r, 'A').questions.find((x) => x.id === 'a4')).toMatchObject({
      visible: true,
      scored: false,
      included: false,
    });
  });
});

describe('levels', () => {
  it.each([
    [0, 1, 1],
    [25, 2, 2],
    [49.99, 2.9996, 2],
    [74, 3.96, 3],
    [75, 4, 4],
    [100, 5, 5],
  ])('score %d → level %d, named %i', (score, level, named) => {
    expect(levelOf(score)).toBeCloseTo(level, 10);
    expect(namedLevelOf(levelOf(score))).toBe(named);
  });

  it.each([
    [3.96, 3.9],
    [3.999999, 3.9],
    [4, 4],
    [1 + (4 * 67.5) / 100, 3.7],
  ])('level %d is shown cut as %d', (level, shown) => {
    expect(cutLevel(level)).toBe(shown);
  });

  it('a sum that is a hair under a whole level still reaches it', () => {
    // 0.1 + 0.2 style error: 100 × (0.75 × 3) / 3 may come out as 74.999…
    expect(namedLevelOf(levelOf(74.99999999999999))).toBe(4);
    expect(cutScore(74.99999999999999)).toBe(75);
  });

  it('displayOf cuts score and level', () => {
    expect(displayOf({ score: 74, level: 3.96 })).toEqual({ score: 74, level: 3.9, namedLevel: 3 });
    expect(displayOf({ score: null, level: null })).toEqual({
      score: null,
      level: null,
      namedLevel: null,
    });
  });

  it.each([
    [1, 'low'],
    [2, 'low'],
    [3, 'mid'],
    [4, 'high'],
    [5, 'high'],
  ])('answer level %i puts a dimension in band %s', (level, band) => {
    const q = maturityQuestionnaire([{ weight: 1, target: 4, questionWeights: [1] }]);
    const r = scoreAssessment({ questionnaire: q, answers: { q0_0: v(level) } });
    expect(r.dimensions[0]!.band).toBe(band);
    expect(r.dimensions[0]!.recommendations).toEqual([`D0-${band}`]);
  });
});

describe('overall index', () => {
  it('is the weighted mean of the dimensions that have a score', () => {
    const q = maturityQuestionnaire([
      { weight: 2, target: 4, questionWeights: [1] },
      { weight: 1, target: 4, questionWeights: [1] },
      { weight: 5, target: 4, questionWeights: [1] },
    ]);
    // D0 = 25 (×2), D1 = 100 (×1), D2 not assessed (its weight must not count).
    const r = scoreAssessment({
      questionnaire: q,
      answers: { q0_0: v(2), q1_0: v(5), q2_0: dontKnow },
    });
    expect(r.overall.score).toBe(50);
    expect(r.overall.level).toBe(3);
    expect(r.overall.namedLevel).toBe(3);
    expect(r.blindSpots).toEqual(['D2']);
  });
});

describe('weakest topic and blind spots', () => {
  it('is the included question with the lowest value; ties go to the first', () => {
    const q = maturityQuestionnaire([{ weight: 1, target: 4, questionWeights: [1, 1, 1, 1] }]);
    const r = scoreAssessment({
      questionnaire: q,
      answers: { q0_0: v(4), q0_1: v(2), q0_2: v(2), q0_3: dontKnow },
    });
    expect(r.dimensions[0]!.weakest).toBe('q0_1');
    expect(r.dimensions[0]!.dontKnow).toEqual(['q0_3']);
    expect(r.dontKnow).toEqual([{ question: 'q0_3', dimension: 'D0' }]);
  });
});

describe('flags', () => {
  it('fire on their condition, the most severe first', () => {
    const r = example(
      { a2: v('some'), b1: v(2) },
      { profileAnswers: { largest_customer_share: v(45) } },
    );
    expect(r.flags.map((f) => f.id)).toEqual(['thin-cash-big-customer', 'strategy-not-shared']);
    expect(dim(r, 'B').flags).toEqual(['thin-cash-big-customer']);
  });

  it('stay silent when the condition does not hold', () => {
    const r = example(
      { a2: v('full'), b1: v(2) },
      { profileAnswers: { largest_customer_share: v(20) } },
    );
    expect(r.flags).toEqual([]);
  });

  it('a profile answer of "don\'t know" does not fire a flag', () => {
    const r = example({ b1: v(2) }, { profileAnswers: { largest_customer_share: dontKnow } });
    expect(r.flags.map((f) => f.id)).not.toContain('thin-cash-big-customer');
  });
});

describe('gaps, priorities and strengths', () => {
  const q = maturityQuestionnaire([
    { weight: 1, target: 4, questionWeights: [1] }, // D0
    { weight: 2, target: 4, questionWeights: [1] }, // D1
    { weight: 1, target: 4, questionWeights: [1] }, // D2
    { weight: 1, target: 3, questionWeights: [1] }, // D3
    { weight: 1, target: 4, questionWeights: [1] }, // D4
  ]);
  const answers = { q0_0: v(2), q1_0: v(3), q2_0: v(3), q3_0: v(5), q4_0: v(2) };

  it('gap = max(0, target − level), priority = gap × weight', () => {
    const r = scoreAssessment({ questionnaire: q, answers });
    expect(r.dimensions.map((d) => [d.gap, d.priority])).toEqual([
      [2, 2],
      [1, 2],
      [1, 1],
      [0, 0],
      [2, 2],
    ]);
  });

  it('ranks by priority, then by lower level, then by order', () => {
    const r = scoreAssessment({ questionnaire: q, answers });
    // D0, D1 and D4 all have priority 2; D0 and D4 have level 2 (lower than D1's 3): D0, D4, D1.
    expect(r.priorities.map((p) => p.dimension)).toEqual(['D0', 'D4', 'D1', 'D2']);
    expect(r.priorities[0]).toMatchObject({
      gap: 2,
      weight: 1,
      priority: 2,
      level: 2,
      weakest: 'q0_0',
    });
  });

  it("the assessment's own target overrides the questionnaire's default", () => {
    const r = scoreAssessment({ questionnaire: q, answers, targets: { D3: 5, D0: 2 } });
    expect(r.dimensions[3]).toMatchObject({ target: 5, targetSource: 'assessment', gap: 0 });
    expect(r.dimensions[0]).toMatchObject({ target: 2, targetSource: 'assessment', gap: 0 });
    expect(r.dimensions[1]).toMatchObject({ target: 4, targetSource: 'questionnaire' });
    expect(r.priorities.map((p) => p.dimension)).toEqual(['D4', 'D1', 'D2']);
  });

  it('dimensions with no gap are strengths; the three largest margins are named', () => {
    const r = scoreAssessment({ questionnaire: q, answers });
    expect(r.strengths).toEqual([
      { dimension: 'D3', margin: 2, relative: false },
      { dimension: 'D1', margin: -1, relative: true },
      { dimension: 'D2', margin: -1, relative: true },
    ]);
  });

  it('higher is not automatically better: a target below the level gives no gap', () => {
    const r = scoreAssessment({ questionnaire: q, answers: { q3_0: v(4) }, targets: { D3: 2 } });
    expect(r.dimensions[3]!.gap).toBe(0);
    expect(r.priorities).toEqual([]);
  });
});

// ---- properties ----

const answerArb = fc.oneof(
  fc.integer({ min: 1, max: 5 }).map((l) => v(l)),
  fc.constant(dontKnow),
  fc.constant(notRelevant),
  fc.constant(undefined),
);
const shapeArb = fc.array(
  fc.record({
    weight: fc.double({ min: 0.1, max: 5, noNaN: true }),
    target: fc.integer({ min: 1, max: 5 }),
    questionWeights: fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), {
      minLength: 1,
      maxLength: 6,
    }),
  }),
  { minLength: 1, maxLength: 5 },
);
const scenarioArb = shapeArb.chain((shape) => {
  const ids = shape.flatMap((d, di) => d.questionWeights.map((_w, qi) => `q${di}_${qi}`));
  return fc.tuple(...ids.map(() => answerArb)).map((list) => {
    const answers: Answers = {};
    list.forEach((a, i) => {
      if (a) answers[ids[i]!] = a;
    });
    return { questionnaire: maturityQuestionnaire(shape), answers, ids };
  });
});
const scores = (r: ReturnType<typeof scoreAssessment>) => r.dimensions.map((d) => d.score);

describe('properties', () => {
  it('scores stay within 0..100 and levels within 1..5', () => {
    fc.assert(
      fc.property(scenarioArb, ({ questionnaire, answers }) => {
        const r = scoreAssessment({ questionnaire, answers });
        for (const d of [...r.dimensions, r.overall]) {
          if (d.score === null) continue;
          expect(d.score).toBeGreaterThanOrEqual(0);
          expect(d.score).toBeLessThanOrEqual(100 + 1e-9);
          expect(d.level).toBeGreaterThanOrEqual(1);
          expect(d.level).toBeLessThanOrEqual(5 + 1e-9);
        }
      }),
    );
  });

  it('adding "don\'t know" or "not relevant" never changes a score', () => {
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), ({ questionnaire, answers, ids }, useDontKnow) => {
        const before = scores(scoreAssessment({ questionnaire, answers }));
        const more = { ...answers };
        for (const id of ids) if (!more[id]) more[id] = useDontKnow ? dontKnow : notRelevant;
        expect(scores(scoreAssessment({ questionnaire, answers: more }))).toEqual(before);
      }),
    );
  });

  it("raising one answer never lowers its dimension's score", () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), ({ questionnaire, answers, ids }, pick) => {
        const id = ids[pick % ids.length]!;
        const entry = answers[id];
        const current = entry?.kind === 'value' ? (entry.value as number) : 1;
        if (current === 5) return;
        const raised = { ...answers, [id]: v(current + 1) };
        const di = Number(id.slice(1, id.indexOf('_')));
        const before = scoreAssessment({
          questionnaire,
          answers: entry?.kind === 'value' ? answers : { ...answers, [id]: v(1) },
        });
        const after = scoreAssessment({ questionnaire, answers: raised });
        expect(after.dimensions[di]!.score!).toBeGreaterThanOrEqual(
          before.dimensions[di]!.score! - 1e-9,
        );
      }),
    );
  });

  it('question order does not matter', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), ({ questionnaire, answers }, seed) => {
        const shuffled = structuredClone(questionnaire);
        for (const d of shuffled.dimensions) {
          d.questions = d.questions
            .map((q, i) => ({ q, key: (i * 7919 + seed) % 101 }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.q);
        }
        const a = scoreAssessment({ questionnaire, answers });
        const b = scoreAssessment({ questionnaire: shuffled, answers });
        b.dimensions.forEach((d, i) => {
          const s = a.dimensions[i]!.score;
          if (s === null) expect(d.score).toBeNull();
          else expect(d.score).toBeCloseTo(s, 9);
        });
      }),
    );
  });
});
