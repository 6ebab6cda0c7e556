import { describe, expect, it } from 'vitest';
import {
  evaluateCondition,
  type AnswerValue,
  type Condition,
  type ConditionContext,
} from '../../../src/core/definition/conditions';

const answers: Record<string, AnswerValue | undefined> = {
  level: 3,
  months: 2.5,
  option: 'some',
  ticked: ['network', 'chamber'],
  emptyMulti: [],
  yes: true,
  no: false,
};
const profile: Record<string, AnswerValue | undefined> = { employees: 120, works_council: true };
const ctx: ConditionContext = {
  question: (id) => answers[id],
  profile: (id) => profile[id],
};
const holds = (c: Condition) => evaluateCondition(c, ctx);

describe('comparisons', () => {
  it.each<[string, Condition, boolean]>([
    ['eq on a level', { question: 'level', eq: 3 }, true],
    ['eq on a level, other value', { question: 'level', eq: 4 }, false],
    ['ne', { question: 'level', ne: 4 }, true],
    ['lt', { question: 'months', lt: 3 }, true],
    ['lte at the edge', { question: 'level', lte: 3 }, true],
    ['gt', { question: 'level', gt: 3 }, false],
    ['gte at the edge', { question: 'level', gte: 3 }, true],
    ['eq on a single choice', { question: 'option', eq: 'some' }, true],
    ['in on a single choice', { question: 'option', in: ['none', 'some'] }, true],
    ['in on a single choice, not listed', { question: 'option', in: ['none', 'full'] }, false],
    ['eq on a multiple choice means "ticked"', { question: 'ticked', eq: 'chamber' }, true],
    ['eq on a multiple choice, not ticked', { question: 'ticked', eq: 'university' }, false],
    ['ne on a multiple choice means "not ticked"', { question: 'ticked', ne: 'university' }, true],
    [
      'in on a multiple choice means "one of these ticked"',
      { question: 'ticked', in: ['university', 'network'] },
      true,
    ],
    ['eq on a boolean', { question: 'no', eq: false }, true],
    ['order comparison on text is false', { question: 'option', gt: 1 }, false],
    ['answered: true', { question: 'level', answered: true }, true],
    ['a profile field', { profile: 'employees', gt: 100 }, true],
    ['a profile boolean', { profile: 'works_council', eq: true }, true],
  ])('%s', (_name, c, expected) => {
    expect(holds(c)).toBe(expected);
  });
});

describe('no answer satisfies only answered: false', () => {
  // "Don't know", "not relevant", hidden and unanswered all reach conditions as undefined.
  it.each<[string, Condition, boolean]>([
    ['eq', { question: 'missing', eq: 3 }, false],
    ['ne', { question: 'missing', ne: 3 }, false],
    ['lt', { question: 'missing', lt: 3 }, false],
    ['gte', { question: 'missing', gte: 0 }, false],
    ['in', { question: 'missing', in: [1, 2, 3] }, false],
    ['answered: true', { question: 'missing', answered: true }, false],
    ['answered: false', { question: 'missing', answered: false }, true],
    ['an empty multiple choice is unanswered', { question: 'emptyMulti', answered: false }, true],
    ['a missing profile field', { profile: 'sites', gte: 1 }, false],
  ])('%s', (_name, c, expected) => {
    expect(holds(c)).toBe(expected);
  });
});

describe('logic', () => {
  it.each<[string, Condition, boolean]>([
    [
      'all true',
      {
        all: [
          { question: 'level', eq: 3 },
          { question: 'yes', eq: true },
        ],
      },
      true,
    ],
    [
      'all with one false',
      {
        all: [
          { question: 'level', eq: 3 },
          { question: 'yes', eq: false },
        ],
      },
      false,
    ],
    [
      'any with one true',
      {
        any: [
          { question: 'level', eq: 1 },
          { question: 'yes', eq: true },
        ],
      },
      true,
    ],
    [
      'any all false',
      {
        any: [
          { question: 'level', eq: 1 },
          { question: 'yes', eq: false },
        ],
      },
      false,
    ],
    ['not', { not: { question: 'level', eq: 1 } }, true],
    ['not of an unanswered comparison is true', { not: { question: 'missing', eq: 1 } }, true],
    [
      'nested',
      {
        all: [
          {
            any: [
              { question: 'missing', answered: true },
              { profile: 'employees', gte: 100 },
            ],
          },
          { not: { question: 'ticked', eq: 'university' } },
        ],
      },
      true,
    ],
  ])('%s', (_name, c, expected) => {
    expect(holds(c)).toBe(expected);
  });
});
