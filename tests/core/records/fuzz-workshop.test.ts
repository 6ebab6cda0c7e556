import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerEntry } from '../../../src/core/records/answers';
import {
  newParticipant,
  newWorkshop,
  readWorkshopText,
  restoreWorkshopFile,
  workshopFile,
} from '../../../src/core/records/workshop';
import { exampleQuestionnaire, profileDefinition } from '../../support/helpers';
import { hostileTexts } from '../../support/fuzz';

// Hostile and broken workshop files: the importer answers with a clear result (ok, or problems
// with a code), never an exception, and never touches Object.prototype. When it accepts a file,
// what it returns is sound: every participant belongs to the workshop and its questionnaire.

const AT = '2026-03-01T10:00:00.000Z';
const v = (value: unknown): AnswerEntry => ({ kind: 'value', value, at: AT }) as AnswerEntry;
const workshop = newWorkshop({
  id: 'ws-1',
  name: 'Werkstatt',
  questionnaireId: 'example',
  pin: '1234',
  salt: 'salt-0123456789',
  now: AT,
});
const participant = (id: string, level: number) => ({
  ...newParticipant({
    id,
    workshop,
    role: 'other' as const,
    profile: {},
    questionnaire: exampleQuestionnaire,
    profileDefinition,
    now: AT,
  }),
  answers: { a1: v(level), b1: v(level * 3) },
  finished: true,
  finishedAt: AT,
});
const base = JSON.parse(
  JSON.stringify(workshopFile(workshop, [participant('p1', 2), participant('p2', 5)], AT)),
) as Record<string, unknown>;

const texts = hostileTexts(
  base,
  [
    'valueOf',
    'format',
    'formatVersion',
    'workshop',
    'participants',
    'definitions',
    'ref',
    'hash',
    'id',
  ],
  [
    JSON.stringify({ ...base, formatVersion: 2 }),
    JSON.stringify({ ...base, format: 'itas-backup' }),
    JSON.stringify({ ...base, participants: Array(3).fill(base.workshop) }),
  ],
);

describe('the workshop importer shrugs off hostile input', () => {
  it('1,000 generated malformed inputs: a clear answer, never an exception or pollution', () => {
    fc.assert(
      fc.property(texts, (text) => {
        let result: ReturnType<typeof readWorkshopText> | undefined;
        expect(() => (result = readWorkshopText(text)), 'no exception escapes').not.toThrow();
        expect(result).toBeDefined();
        if (!result!.ok) {
          expect(result!.problems.length, 'a refusal says why').toBeGreaterThan(0);
          for (const p of result!.problems) expect(typeof p.code).toBe('string');
        } else {
          const { workshop: w, participants, rejected } = result!.value;
          for (const a of participants) {
            expect(a.workshop?.id, 'only its own participants').toBe(w.id);
            expect(a.questionnaire.id, 'only its questionnaire').toBe(w.questionnaireId);
          }
          for (const r of rejected) expect(r.problems.length).toBeGreaterThan(0);
        }
        expect(({} as Record<string, unknown>).polluted, 'no prototype pollution').toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('the valid file itself is accepted with both participants (the generator starts from it)', () => {
    const r = readWorkshopText(JSON.stringify(base));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.participants.map((a) => a.id)).toEqual(['p1', 'p2']);
  });

  it('restore refuses values that are not plain data', () => {
    for (const input of [null, 42, 'text', [], new Date(0)])
      expect(restoreWorkshopFile(input).ok).toBe(false);
  });
});
