import { describe, expect, it } from 'vitest';
import type { AnswerEntry } from '../../../src/core/records/answers';
import { restoreAssessment, type Assessment } from '../../../src/core/records/assessment';
import { compareAssessments } from '../../../src/core/compare/compare';
import { sha256Hex } from '../../../src/core/common/hash';
import {
  asImportedWorkshop,
  closeWorkshop,
  isPin,
  newParticipant,
  newWorkshop,
  pinMatches,
  readWorkshopText,
  restoreWorkshop,
  restoreWorkshopFile,
  workshopAggregate,
  workshopFile,
  WORKSHOP_FORMAT,
} from '../../../src/core/records/workshop';
import { exampleQuestionnaire, profileDefinition } from '../../support/helpers';

const AT = '2026-03-01T10:00:00.000Z';
const v = (value: unknown): AnswerEntry => ({ kind: 'value', value, at: AT }) as AnswerEntry;
const dk: AnswerEntry = { kind: 'dontKnow', at: AT };

const workshop = newWorkshop({
  id: 'ws-1',
  name: '  Zukunftswerkstatt Zwickau ',
  questionnaireId: 'example',
  pin: '4711',
  salt: 'salt-0123456789',
  now: AT,
});

function participant(
  id: string,
  answers: Record<string, AnswerEntry>,
  extra: Partial<Assessment> = {},
): Assessment {
  return {
    ...newParticipant({
      id,
      workshop,
      role: 'production',
      profile: {},
      questionnaire: exampleQuestionnaire,
      profileDefinition,
      now: AT,
    }),
    answers,
    finished: true,
    finishedAt: AT,
    ...extra,
  };
}

const p1 = participant('p1', { a1: v(5), a2: v('full'), b3: v(4) });
const p2 = participant('p2', { a1: v(2), a2: v('some'), b3: dk }, { role: 'management' });
const p3 = participant('p3', { a1: dk, b1: v(10) });
const open = participant('p4', { a1: v(1) }, { finished: false });

describe('workshop record', () => {
  it('keeps only a salted hash of the PIN', () => {
    expect(workshop.name, 'the name is trimmed').toBe('Zukunftswerkstatt Zwickau');
    expect(JSON.stringify(workshop), 'the PIN itself is never stored').not.toContain('4711');
    expect(workshop.pin!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(workshop.pin!.hash, 'the salt changes the hash').not.toBe(sha256Hex('4711'));
    expect(pinMatches(workshop, '4711')).toBe(true);
    expect(pinMatches(workshop, '4712')).toBe(false);
    expect(pinMatches(workshop, '')).toBe(false);
    const other = newWorkshop({ ...workshop, pin: '4711', salt: 'another-salt', now: AT });
    expect(other.pin!.hash, 'same PIN, other salt: another hash').not.toBe(workshop.pin!.hash);
  });

  it.each([
    ['1234', true],
    ['0000', true],
    ['123', false],
    ['12345', false],
    ['12a4', false],
    [' 1234', false],
    ['１２３４', false],
  ])('isPin(%j) is %s', (text, ok) => expect(isPin(text)).toBe(ok));

  it('refuses to start without a four-digit PIN', () => {
    expect(() =>
      newWorkshop({ ...workshop, pin: '12', salt: 'salt-0123456789', now: AT }),
    ).toThrow();
  });

  it('restores a stored record and refuses a damaged one with problems', () => {
    expect(restoreWorkshop(structuredClone(workshop))).toEqual({ ok: true, value: workshop });
    const bad = restoreWorkshop({ ...workshop, status: 'paused', name: '' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.path[0]).sort()).toEqual(['name', 'status']);
    expect(restoreWorkshop(null).ok).toBe(false);
    expect(restoreWorkshop(JSON.parse('{"__proto__": {"x": 1}}')).ok).toBe(false);
  });

  it('closing keeps the record, read-only, and drops the PIN', () => {
    const closed = closeWorkshop(workshop, '2026-03-02T00:00:00.000Z');
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).toBe('2026-03-02T00:00:00.000Z');
    expect(closed.pin).toBeUndefined();
    expect(restoreWorkshop(closed).ok).toBe(true);
  });
});

describe('participants', () => {
  it('are anonymous: no firm, no name, the workshop marked', () => {
    const a = newParticipant({
      id: 'x',
      workshop,
      role: 'hr',
      profile: { employees: v(120) },
      questionnaire: exampleQuestionnaire,
      profileDefinition,
      now: AT,
    });
    expect(a.firm).toBeUndefined();
    expect(a.workshop).toEqual({ id: 'ws-1' });
    expect(a.profile.employees).toEqual(v(120));
    expect(a.answers).toEqual({});
    expect(a.finished).toBe(false);
  });
});

describe('workshopAggregate', () => {
  it('is core’s comparison over the participants who finished', () => {
    const aggregate = workshopAggregate(workshop, [p1, p2, p3, open]);
    const expected = compareAssessments([p1, p2, p3]);
    expect(aggregate, 'an unfinished participant is not counted').toEqual(expected);
    expect(aggregate!.columns).toHaveLength(3);
    const a = aggregate!.dimensions.find((d) => d.id === 'A')!;
    expect(a.min).not.toBeNull();
    expect(a.disagreement, 'level 5 against level 2 is two levels or more apart').toBe(true);
    expect(aggregate!.dontKnow.find((d) => d.question === 'a1')!.count).toBe(1);
  });

  it('leaves out other workshops, other questionnaires and firm assessments', () => {
    const other = structuredClone(exampleQuestionnaire);
    other.id = 'other';
    const foreign = [
      participant('f1', { a1: v(1) }, { workshop: { id: 'ws-2' } }),
      participant('f2', { a1: v(1) }, { questionnaire: other }),
      { ...participant('f3', { a1: v(1) }), workshop: undefined },
    ] as Assessment[];
    expect(workshopAggregate(workshop, [p1, ...foreign])!.columns.map((c) => c.id)).toEqual(['p1']);
  });

  it('is null while nobody has finished', () => {
    expect(workshopAggregate(workshop, [])).toBeNull();
    expect(workshopAggregate(workshop, [open])).toBeNull();
  });
});

describe('the workshop file', () => {
  const file = workshopFile(workshop, [p1, p2, p3, open], '2026-03-01T12:00:00.000Z');

  it('holds the record without the PIN and each definition once', () => {
    expect(file.format).toBe(WORKSHOP_FORMAT);
    expect(file.formatVersion).toBe(1);
    expect(file.workshop).not.toHaveProperty('pin');
    expect(JSON.stringify(file)).not.toContain(workshop.pin!.hash);
    expect(Object.keys(file.definitions), 'questionnaire and profile once').toHaveLength(2);
    expect(file.participants).toHaveLength(4);
  });

  it('round-trips: restored, it gives the same participants and the same aggregate', () => {
    const restored = readWorkshopText(JSON.stringify(file));
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.value.rejected).toEqual([]);
    expect(restored.value.workshop).toEqual(closeFree(workshop));
    expect(restored.value.participants).toEqual([p1, p2, p3, open]);
    expect(workshopAggregate(restored.value.workshop, restored.value.participants)).toEqual(
      workshopAggregate(workshop, [p1, p2, p3, open]),
    );
  });

  it('refuses single participants that do not belong, and imports the others', () => {
    const doc = structuredClone(file) as unknown as { participants: Record<string, unknown>[] };
    doc.participants[1] = { ...doc.participants[1], workshop: { id: 'elsewhere' } };
    doc.participants[2] = { ...doc.participants[2], answers: 'nonsense' };
    doc.participants.push(structuredClone(doc.participants[0]!));
    doc.participants.push({ ...doc.participants[0], questionnaire: { ref: { hash: 'nope' } } });
    const r = restoreWorkshopFile(doc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.participants.map((a) => a.id)).toEqual(['p1', 'p4']);
    expect(r.value.rejected.map((x) => [x.path[1], x.problems[0]!.code])).toEqual([
      [1, 'invalid_value'],
      [2, 'wrong_type'],
      [4, 'duplicate_id'],
      [5, 'definition_missing'],
    ]);
  });

  it.each([
    ['not an object', [], 'not_an_object'],
    ['another format', { ...file, format: 'itas-backup' }, 'wrong_format'],
    ['a newer version', { ...file, formatVersion: 2 }, 'format_newer'],
    ['no workshop', { ...file, workshop: undefined }, 'not_an_object'],
    ['no participants', { ...file, participants: {} }, 'missing'],
    ['a damaged workshop', { ...file, workshop: { ...file.workshop, status: 1 } }, 'invalid_value'],
  ])('refuses %s with a problem', (_name, doc, code) => {
    const r = restoreWorkshopFile(JSON.parse(JSON.stringify(doc)));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.code).toBe(code);
  });

  it('refuses broken text before parsing the rest', () => {
    const r = readWorkshopText('{"format": "itas-workshop",');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.code).toBe('json_syntax');
  });
});

describe('asImportedWorkshop', () => {
  it('gives the workshop and its participants new ids, closed, so nothing is taken over', () => {
    let n = 0;
    const ids = () => `new-${++n}`;
    const { workshop: w, participants } = asImportedWorkshop(
      { workshop, participants: [p1, p2] },
      ids,
      '2026-04-01T00:00:00.000Z',
    );
    expect(w.id).toBe('new-1');
    expect(w.status).toBe('closed');
    expect(w.pin).toBeUndefined();
    expect(w.importedAt).toBe('2026-04-01T00:00:00.000Z');
    expect(participants.map((a) => [a.id, a.workshop?.id])).toEqual([
      ['new-2', 'new-1'],
      ['new-3', 'new-1'],
    ]);
    expect(participants[0]!.answers, 'the answers are kept').toEqual(p1.answers);
    expect(workshopAggregate(w, participants)!.dimensions).toEqual(
      workshopAggregate(workshop, [p1, p2])!.dimensions,
    );
  });
});

function closeFree(w: typeof workshop) {
  const { pin: _pin, ...rest } = w;
  return rest;
}

describe('the bench workshop (scripts/bench-workshop.ts)', () => {
  it('generates 30 valid, different participants and measures their aggregate', async () => {
    const { benchWorkshop, workshopParticipants } = await import('../../../scripts/bench-workshop');
    const { workshop: w, participants } = workshopParticipants();
    expect(participants).toHaveLength(30);
    for (const a of participants) expect(restoreAssessment(a).ok, a.id).toBe(true);
    const aggregate = workshopAggregate(w, participants)!;
    expect(aggregate.columns).toHaveLength(30);
    expect(new Set(aggregate.columns.map((c) => c.score)).size, 'answers differ').toBeGreaterThan(
      1,
    );
    const figures = benchWorkshop(1);
    expect(figures).toMatchObject({ participants: 30, runs: 1, budgetMs: 200 });
    expect(Number.isFinite(figures.totalMs), 'a figure, not a verdict').toBe(true);
  });
});
