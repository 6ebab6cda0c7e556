import { describe, expect, it } from 'vitest';
import type { AnswerEntry, Answers } from '../../../src/core/records/answers';
import {
  restoreAssessment,
  scoreInputOf,
  type Assessment,
} from '../../../src/core/records/assessment';
import { formatPath } from '../../../src/core/common/problems';
import {
  BANDS,
  QuestionnaireSchema,
  type Questionnaire,
  type ScoredQuestion,
} from '../../../src/core/definition/questionnaire';
import { scoreAssessment, type ScoreResult } from '../../../src/core/scoring/scoring';
import { validateQuestionnaire } from '../../../src/core/definition/validate';
import { profileDefinition, readJson } from '../../support/helpers';

// The shipped questionnaires, the answer sets and flag fixtures written for them by the content
// authors, and the assessment files made from the answer sets (scripts/make-assessment-fixtures.ts).

type RawValue = number | string | boolean | string[];
interface RawSet {
  profile: Record<string, RawValue>;
  answers: Record<string, RawValue>;
}
interface AnswerSet extends RawSet {
  firmName: string;
  role: string;
  notes: Record<string, string>;
}
type FlagFixtures = Record<string, { fires: RawSet; silent: RawSet } | undefined>;

const SHIPPED = [
  { id: 'resilience', prefix: 'R' },
  { id: 'technology-readiness', prefix: 'T' },
] as const;
const VARIANTS = ['weak', 'strong'] as const;
const FIXTURES = SHIPPED.flatMap((s) => VARIANTS.map((v) => `${s.id}-${v}`));

const raw = (id: string) => readJson(`questionnaires/${id}.json`);
const parsed = (id: string): Questionnaire => QuestionnaireSchema.parse(raw(id));
const scoredQuestions = (q: Questionnaire | Questionnaire['dimensions'][number]) =>
  ('dimensions' in q ? q.dimensions.flatMap((d) => d.questions) : q.questions).filter(
    (x): x is ScoredQuestion => x.type !== 'text',
  );

const AT = '2026-10-01T08:00:00.000Z';
/** Raw answers ("dontKnow" and "notRelevant" as words) as answer entries. */
function entries(values: Record<string, RawValue>): Answers {
  return Object.fromEntries(
    Object.entries(values).map(([id, value]): [string, AnswerEntry] => [
      id,
      value === 'dontKnow'
        ? { kind: 'dontKnow', at: AT }
        : value === 'notRelevant'
          ? { kind: 'notRelevant', at: AT }
          : { kind: 'value', value, at: AT },
    ]),
  );
}

/** Every `{ de, en }` object in a JSON tree, with its path. */
function bilinguals(node: unknown, path = ''): { path: string; de: unknown; en: unknown }[] {
  if (Array.isArray(node)) return node.flatMap((x, i) => bilinguals(x, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  if ('de' in obj || 'en' in obj) return [{ path, de: obj.de, en: obj.en }];
  return Object.entries(obj).flatMap(([k, v]) => bilinguals(v, `${path}.${k}`));
}

describe.each(SHIPPED)('the questionnaire $id', ({ id, prefix }) => {
  const q = parsed(id);

  it('is valid against the profile', () => {
    const result = validateQuestionnaire(raw(id), profileDefinition);
    expect(result.ok ? [] : result.problems.map((p) => `${formatPath(p.path)} ${p.code}`)).toEqual(
      [],
    );
  });

  it(`has exactly the dimensions ${prefix}1..${prefix}8, in order`, () => {
    expect(q.dimensions.map((d) => d.id)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${prefix}${n}`),
    );
  });

  it('has five to seven scored questions per dimension and 40 to 56 in all', () => {
    for (const d of q.dimensions) {
      const n = scoredQuestions(d).length;
      expect(n, `${d.id} has ${n} scored questions`).toBeGreaterThanOrEqual(5);
      expect(n, `${d.id} has ${n} scored questions`).toBeLessThanOrEqual(7);
    }
    const total = scoredQuestions(q).length;
    expect(total, 'scored questions in the file').toBeGreaterThanOrEqual(40);
    expect(total, 'scored questions in the file').toBeLessThanOrEqual(56);
  });

  it('has recommendations for all three bands and two or three prompts per dimension', () => {
    for (const d of q.dimensions) {
      for (const band of BANDS) {
        expect(d.recommendations[band].length, `${d.id} ${band}`).toBeGreaterThan(0);
      }
      expect(d.prompts.length, `${d.id} prompts`).toBeGreaterThanOrEqual(2);
      expect(d.prompts.length, `${d.id} prompts`).toBeLessThanOrEqual(3);
    }
  });

  it('offers five distinct levels and "don\'t know" on every maturity question', () => {
    const maturity = scoredQuestions(q).filter((x) => x.type === 'maturity');
    expect(maturity.length).toBeGreaterThan(0);
    for (const m of maturity) {
      expect(m.levels, m.id).toHaveLength(5);
      for (const lang of ['de', 'en'] as const) {
        const distinct = new Set(m.levels.map((l) => l[lang].trim().toLowerCase()));
        expect(distinct.size, `${m.id}: levels in ${lang} must differ`).toBe(5);
      }
      expect(m.dontKnow, `${m.id} offers "don't know"`).toBe(true);
    }
  });

  it('has every text in German and English', () => {
    const texts = bilinguals(raw(id));
    expect(texts.length).toBeGreaterThan(100);
    for (const t of texts) {
      for (const lang of ['de', 'en'] as const) {
        const value = t[lang];
        expect(typeof value === 'string' && value.trim().length > 0, `${t.path}.${lang}`).toBe(
          true,
        );
      }
    }
  });

  it('states the minutes by the rule: 30 s per maturity question, 20 s per other one', () => {
    const seconds = scoredQuestions(q).reduce((s, x) => s + (x.type === 'maturity' ? 30 : 20), 0);
    const expected = Math.ceil(seconds / 300) * 5;
    expect(q.minutes, `${seconds} s rounded up to the next 5 minutes`).toBe(expected);
    expect(q.minutes).toBeGreaterThanOrEqual(20);
    expect(q.minutes).toBeLessThanOrEqual(30);
  });

  it('writes German with umlauts and addresses the reader as "Sie"', () => {
    const german = bilinguals(raw(id)).map((t) => ({ path: t.path, text: String(t.de) }));
    for (const { path, text } of german) {
      for (const spelling of ['fuer ', 'koennen', 'massnahme', 'groesse', 'geschaeft']) {
        expect(text.toLowerCase().includes(spelling), `${path}: "${spelling}" in "${text}"`).toBe(
          false,
        );
      }
      for (const informal of [/\bdu\b/i, /\bdein/i, /\bdich\b/i, /\bdir\b/i]) {
        expect(informal.test(text), `${path}: ${String(informal)} in "${text}"`).toBe(false);
      }
    }
    expect(german.some((t) => /\bSie\b/.test(t.text))).toBe(true);
  });
});

describe.each(SHIPPED)('the flags of $id', ({ id }) => {
  const q = parsed(id);
  const fixtures = readJson(`tests/fixtures/flags/${id}.json`) as FlagFixtures;
  const score = (set: RawSet) =>
    scoreAssessment({
      questionnaire: q,
      profileDefinition,
      answers: entries(set.answers),
      profileAnswers: entries(set.profile),
    }).flags.map((f) => f.id);

  it('each have a fixture, and every fixture is a flag', () => {
    expect(Object.keys(fixtures).sort()).toEqual(q.flags.map((f) => f.id).sort());
  });

  it.each(q.flags.map((f) => f.id))(
    '%s fires on its fires set and not on its silent set',
    (flag) => {
      const fixture = fixtures[flag];
      expect(fixture, `tests/fixtures/flags/${id}.json has no entry "${flag}"`).toBeDefined();
      if (!fixture) return;
      expect(score(fixture.fires), 'fires set').toContain(flag);
      expect(score(fixture.silent), 'silent set').not.toContain(flag);
    },
  );
});

describe.each(SHIPPED)('the answer sets of $id', ({ id }) => {
  const q = parsed(id);
  it.each(VARIANTS)('%s answers exactly the scored questions its firm is shown', (variant) => {
    const set = readJson(`tests/fixtures/answer-sets/${id}-${variant}.json`) as AnswerSet;
    const result = scoreAssessment({
      questionnaire: q,
      profileDefinition,
      answers: entries(set.answers),
      profileAnswers: entries(set.profile),
    });
    const questions = result.dimensions.flatMap((d) => d.questions);
    const known = new Set(questions.map((x) => x.id));
    for (const answered of Object.keys(set.answers))
      expect(known.has(answered), `unknown question ${answered}`).toBe(true);
    for (const x of questions) {
      if (x.visible && x.scored) {
        expect(set.answers[x.id], `${x.id} is shown and needs an answer`).toBeDefined();
        if (set.answers[x.id] !== 'dontKnow' && set.answers[x.id] !== 'notRelevant')
          expect(x.included, `${x.id}: ${JSON.stringify(set.answers[x.id])} fits`).toBe(true);
      }
      if (!x.visible) expect(set.answers[x.id], `${x.id} is hidden`).toBeUndefined();
    }
  });
});

const fixture = (name: string): Assessment => {
  const r = restoreAssessment(readJson(`tests/fixtures/assessments/${name}.json`));
  if (!r.ok)
    throw new Error(`${name}: ${r.problems.map((p) => `${formatPath(p.path)} ${p.code}`)}`);
  return r.value;
};
/** Entries without their times, to compare with the raw answer sets. */
const untimed = (answers: Answers) =>
  Object.fromEntries(
    Object.entries(answers).map(([id, e]) => [id, e.kind === 'value' ? e.value : e.kind]),
  );

describe('the assessment fixtures', () => {
  it.each(FIXTURES)('%s passes restoreAssessment', (name) => {
    const r = restoreAssessment(readJson(`tests/fixtures/assessments/${name}.json`));
    expect(r.ok ? [] : r.problems.map((p) => `${formatPath(p.path)} ${p.code}`)).toEqual([]);
  });

  it.each(FIXTURES)('%s is up to date with its answer set and questionnaire', (name) => {
    const a = fixture(name);
    const set = readJson(`tests/fixtures/answer-sets/${name}.json`) as AnswerSet;
    const hint = 'run npx tsx scripts/make-assessment-fixtures.ts';
    expect(a.firm?.name, hint).toBe(set.firmName);
    expect(a.role, hint).toBe(set.role);
    expect(untimed(a.profile), hint).toEqual(set.profile);
    expect(untimed(a.answers), hint).toEqual(set.answers);
    expect(
      Object.fromEntries(Object.entries(a.notes).map(([id, n]) => [id, n.text])),
      hint,
    ).toEqual(set.notes);
    const { $schema: _schema, ...current } = parsed(a.questionnaire.id);
    expect(a.questionnaire, hint).toEqual(current);
    const { $schema: _profileSchema, ...profile } = profileDefinition;
    expect(a.profileDefinition, hint).toEqual(profile);
  });

  it.each(VARIANTS)('the %s firm is one firm across both questionnaires', (variant) => {
    const [first, ...others] = SHIPPED.map((s) => fixture(`${s.id}-${variant}`));
    for (const other of others) {
      expect(other.firm, 'same firm reference').toEqual(first!.firm);
      expect(untimed(other.profile), 'same profile').toEqual(untimed(first!.profile));
    }
  });

  interface Pinned {
    score: number;
    namedLevel: number;
    dimensions: Record<string, number>;
    flags: string[];
    priorities: string[];
  }
  // Taken from a run and checked by hand (see the report of the change that added them): the weak
  // firm is at level 1 everywhere with several critical flags, the strong firm at 4 (3 only in
  // dimensions whose target is 3) with no flags and so no priorities.
  // Pinned on 1.1.0 of both questionnaires; the 1.0.0 figures are kept with the 1.0.0 fixtures
  // (tests/fixtures/assessments/v1.0.0/results.json).
  const PINNED: Record<string, Pinned> = {
    'resilience-weak': {
      score: 15.1157333,
      namedLevel: 1,
      dimensions: { R1: 1, R2: 1, R3: 1, R4: 1, R5: 1, R6: 1, R7: 1, R8: 1 },
      flags: [
        'dominant-customer-combustion',
        'liquidity-combustion',
        'no-tested-restore',
        'combustion-little-non-automotive',
        'single-source-no-alternative',
        'finance-access-combustion',
        'spot-energy-fixed-prices',
        'retirements-no-handover',
        'no-crisis-team',
        'single-site-no-continuity-plan',
        'owner-no-succession',
      ],
      priorities: ['R1', 'R3', 'R6'],
    },
    'resilience-strong': {
      score: 77.6459264,
      namedLevel: 4,
      dimensions: { R1: 3, R2: 4, R3: 4, R4: 3, R5: 4, R6: 4, R7: 4, R8: 3 },
      flags: [],
      priorities: ['R8', 'R1'],
    },
    'technology-readiness-weak': {
      score: 11.8586298,
      namedLevel: 1,
      dimensions: { T1: 1, T2: 1, T3: 1, T4: 1, T5: 1, T6: 1, T7: 1, T8: 1 },
      flags: [
        'no-strategy-high-combustion',
        'no-roadmap-combustion',
        'low-growth-revenue-high-combustion',
        'ai-without-data-governance',
        'tier2-3-no-footprint',
        'no-training-analysis-skills-missing',
      ],
      priorities: ['T1', 'T6', 'T7'],
    },
    'technology-readiness-strong': {
      score: 76.9347348,
      namedLevel: 4,
      dimensions: { T1: 4, T2: 3, T3: 4, T4: 4, T5: 3, T6: 4, T7: 4, T8: 4 },
      flags: [],
      priorities: [],
    },
  };

  it('pins a result for every fixture', () => {
    expect(Object.keys(PINNED).sort()).toEqual([...FIXTURES].sort());
  });

  it.each(FIXTURES)('%s scores as pinned', (name) => {
    const pinned = PINNED[name]!;
    const r: ScoreResult = scoreAssessment(scoreInputOf(fixture(name)));
    expect(r.overall.score, 'overall score').toBeCloseTo(pinned.score, 6);
    expect(r.overall.namedLevel, 'overall named level').toBe(pinned.namedLevel);
    expect(
      Object.fromEntries(r.dimensions.map((d) => [d.id, d.namedLevel])),
      'named level per dimension',
    ).toEqual(pinned.dimensions);
    expect(
      r.flags.map((f) => f.id),
      'fired flags, critical first',
    ).toEqual(pinned.flags);
    expect(
      r.priorities.slice(0, 3).map((p) => p.dimension),
      'top three priorities',
    ).toEqual(pinned.priorities);
  });
});
