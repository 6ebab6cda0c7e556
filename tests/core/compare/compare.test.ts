import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_FORMAT_VERSION,
  type Assessment,
} from '../../../src/core/records/assessment';
import type { AnswerEntry } from '../../../src/core/records/answers';
import { compareAssessments, compareByQuestionnaire } from '../../../src/core/compare/compare';
import { scoreAssessment } from '../../../src/core/scoring/scoring';
import { exampleQuestionnaire, profileDefinition } from '../../support/helpers';

const AT = '2026-01-01T10:00:00.000Z';
const v = (value: unknown): AnswerEntry => ({ kind: 'value', value, at: AT }) as AnswerEntry;
const dk: AnswerEntry = { kind: 'dontKnow', at: AT };

function assessment(
  id: string,
  answers: Record<string, AnswerEntry>,
  extra: Partial<Assessment> = {},
): Assessment {
  return {
    format: ASSESSMENT_FORMAT,
    formatVersion: ASSESSMENT_FORMAT_VERSION,
    id,
    firm: { id: 'firm-1', name: 'Muster GmbH' },
    role: 'management',
    profile: {},
    answers,
    notes: {},
    targets: {},
    finished: true,
    createdAt: AT,
    updatedAt: AT,
    questionnaire: exampleQuestionnaire,
    profileDefinition,
    ...extra,
  } as Assessment;
}

describe('compareAssessments', () => {
  const gm = assessment(
    'gm',
    { a1: v(4), a2: v('full'), b1: v(10), b3: v(3) },
    { finishedAt: '2026-02-01T00:00:00.000Z', notes: { a1: { text: 'Strategie 2030', at: AT } } },
  );
  const br = assessment(
    'br',
    { a1: v(2), a2: v('some'), b1: v(10), b3: dk },
    { role: 'works_council', finishedAt: '2026-01-15T00:00:00.000Z' },
  );
  const pr = assessment(
    'pr',
    { a1: dk, a2: v('nobody'), b3: dk },
    { role: 'production', finishedAt: '2026-03-01T00:00:00.000Z' },
  );

  it('orders the columns by date and scores each with core', () => {
    const c = compareAssessments([gm, br, pr]);
    expect(c.columns.map((x) => x.id)).toEqual(['br', 'gm', 'pr']);
    for (const [i, a] of [br, gm, pr].entries()) {
      const r = scoreAssessment({
        questionnaire: a.questionnaire,
        answers: a.answers,
        profileDefinition,
      });
      expect(c.columns[i]!.score).toBe(r.overall.score);
      for (const row of c.dimensions)
        expect(row.scores[i]).toBe(r.dimensions.find((d) => d.id === row.id)!.score);
    }
  });

  it('gives mean, min and max per dimension and flags two levels apart', () => {
    const c = compareAssessments([gm, br, pr]);
    const a = c.dimensions.find((d) => d.id === 'A')!;
    const scores = a.scores.filter((s): s is number => s !== null);
    expect(a.mean).toBeCloseTo(scores.reduce((s, x) => s + x, 0) / scores.length, 9);
    expect(a.min).toBe(Math.min(...scores));
    expect(a.max).toBe(Math.max(...scores));
    const levels = a.levels.filter((s): s is number => s !== null);
    expect(a.minLevel).toBe(Math.min(...levels));
    expect(a.maxLevel).toBe(Math.max(...levels));
    expect(a.spread).toBeCloseTo(a.maxLevel! - a.minLevel!, 9);
    expect(a.disagreement).toBe(a.spread! + 1e-9 >= 2);
    expect(c.dimensions.find((d) => d.id === 'B')!.disagreement).toBe(false);
  });

  it('lists questions two levels apart with the notes, and not those one level apart', () => {
    const c = compareAssessments([gm, br, pr]);
    const ids = c.differences.map((d) => d.question);
    expect(ids).toContain('a1'); // 4 vs 2
    expect(ids).toContain('a2'); // full vs nobody: value 1 vs 0
    expect(ids).not.toContain('b1'); // same number
    const a1 = c.differences.find((d) => d.question === 'a1')!;
    expect(a1.unit).toBe('levels');
    expect(a1.spread).toBeCloseTo(2, 9);
    expect(a1.cells.map((x) => x.level)).toEqual([2, 4, null]);
    expect(a1.cells[2]!.state).toBe('dontKnow');
    expect(a1.cells[1]!.note).toBe('Strategie 2030');

    const close = compareAssessments([
      assessment('x', { a1: v(3) }),
      assessment('y', { a1: v(4) }),
    ]);
    expect(close.differences).toEqual([]);
  });

  it("counts don't know per question across the group", () => {
    const c = compareAssessments([gm, br, pr]);
    expect(c.dontKnow).toEqual([expect.objectContaining({ question: 'a1', count: 1, of: 3 })]);
  });

  it("says what moved between a role's oldest and newest assessment", () => {
    const before = assessment(
      'before',
      { a1: v(1), a2: v('nobody') },
      { finishedAt: '2025-01-01T00:00:00.000Z' },
    );
    const after = assessment(
      'after',
      { a1: v(4), a2: v('full') },
      { finishedAt: '2026-01-01T00:00:00.000Z' },
    );
    const other = assessment(
      'other',
      { a1: v(5) },
      { role: 'hr', finishedAt: '2025-06-01T00:00:00.000Z' },
    );
    const c = compareAssessments([after, before, other]);
    expect(c.moves.map((m) => [m.role, m.from, m.to])).toEqual([['management', 0, 2]]);
    const move = c.moves[0]!.items.find((m) => m.dimension === 'A')!;
    expect(move.from).toBe(c.dimensions[0]!.scores[0]);
    expect(move.to).toBe(c.dimensions[0]!.scores[2]);
    expect(move.delta).toBeGreaterThan(0);
    expect(c.moves[0]!.items.some((m) => m.dimension === 'B')).toBe(false); // B has no answers
    // Two people are not a before and after.
    expect(compareAssessments([after, other]).moves).toEqual([]);
  });

  it('matches versions by id and lists what differs between them', () => {
    const revised = structuredClone(exampleQuestionnaire);
    revised.version = '1.1.0';
    revised.dimensions[0]!.questions = revised.dimensions[0]!.questions.filter(
      (q) => q.id !== 'a2',
    );
    const c = compareAssessments([gm, assessment('new', { a1: v(1) }, { questionnaire: revised })]);
    expect(c.questionnaire.versions.sort()).toEqual(['1.0.0', '1.1.0']);
    expect(c.versionDifferences).toEqual([
      expect.objectContaining({ kind: 'question', id: 'a2', versions: ['1.0.0'] }),
    ]);
    const a2 = c.differences.find((d) => d.question === 'a2');
    expect(a2).toBeUndefined(); // only one version has it: nothing to compare
    expect(c.differences.find((d) => d.question === 'a1')!.cells.length).toBe(2);
  });

  it("reads a retired id as the question it becomes, in any dimension, and lists the revision's id map", () => {
    const reason = { de: 'Umbenannt', en: 'Renamed' };
    const revised = structuredClone(exampleQuestionnaire);
    revised.version = '1.1.0';
    // a1 gets a new id and moves to dimension B; a2 now lives in another questionnaire.
    const [a1] = revised.dimensions[0]!.questions.splice(0, 1);
    revised.dimensions[0]!.questions = revised.dimensions[0]!.questions.filter(
      (q) => q.id !== 'a2',
    );
    revised.dimensions[1]!.questions.push({ ...a1!, id: 'b9' });
    revised.revisions = [
      {
        version: '1.1.0',
        questions: [
          { id: 'a1', becomes: 'b9', reason },
          { id: 'a2', movedTo: { questionnaire: 'other', question: 'o1' }, reason },
        ],
      },
    ];
    const later = assessment(
      'new',
      { b9: v(1) },
      { questionnaire: revised, finishedAt: '2026-06-01T00:00:00.000Z' },
    );
    const c = compareAssessments([gm, later]);
    const row = c.questions.find((q) => q.question === 'b9')!;
    expect(row.dimension).toBe('B');
    expect(row.cells.map((x) => x.level)).toEqual([4, 1]); // gm answered a1 with 4
    expect(
      c.questions.some((q) => q.question === 'a1'),
      'no row of its own',
    ).toBe(false);
    expect(c.differences.find((d) => d.question === 'b9')!.spread).toBe(3);
    expect(c.versionDifferences).toEqual([
      expect.objectContaining({
        kind: 'renamed',
        id: 'b9',
        from: 'a1',
        versions: ['1.0.0'],
        reason,
      }),
      expect.objectContaining({
        kind: 'moved',
        id: 'a2',
        movedTo: { questionnaire: 'other', question: 'o1' },
        versions: ['1.0.0'],
      }),
    ]);
    // Without the id map the two would be different questions.
    const unmapped = compareAssessments([
      gm,
      { ...later, questionnaire: { ...revised, revisions: [] } },
    ]);
    expect(unmapped.questions.find((q) => q.question === 'b9')!.cells[0]!.state).toBe('absent');
  });

  it('groups by questionnaire', () => {
    const other = structuredClone(exampleQuestionnaire);
    other.id = 'other';
    const groups = compareByQuestionnaire([gm, assessment('o', {}, { questionnaire: other }), br]);
    expect(groups.map((g) => [g.questionnaire.id, g.columns.length])).toEqual([
      ['example', 2],
      ['other', 1],
    ]);
  });
});
