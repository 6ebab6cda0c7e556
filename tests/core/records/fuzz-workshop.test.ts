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

const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'format',
  'formatVersion',
  'workshop',
  'participants',
  'definitions',
  'ref',
  'hash',
  'id',
);
const leaf = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant('x'.repeat(100_000)),
  fc.constantFrom(0, -1, 2, 99, 1e308, Number.MAX_SAFE_INTEGER),
);
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('any'), { maxLength: 5 }),
  object: fc.dictionary(fc.oneof(hostileKey, fc.string()), tie('any'), { maxKeys: 5 }),
})).any;

type Path = (string | number)[];
/** Every path into the valid file, so that a mutation can hit any depth of it. */
function pathsOf(node: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (node && typeof node === 'object' && path.length < 6)
    for (const [k, child] of Object.entries(node))
      pathsOf(child, [...path, Array.isArray(node) ? Number(k) : k], out);
  return out;
}
const paths = pathsOf(base).filter((p) => p.length > 0);

/** The valid file with one part, at any depth, replaced, removed, wrapped or polluted. */
const mutated = fc
  .tuple(fc.constantFrom(...paths), value, fc.constantFrom('replace', 'delete', 'wrap', 'proto'))
  .map(([path, v, how]) => {
    const copy = structuredClone(base);
    let parent: Record<string | number, unknown> = copy;
    for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    if (how === 'replace') parent[key] = v;
    else if (how === 'delete') delete parent[key];
    else if (how === 'wrap') parent[key] = [parent[key], v];
    else {
      parent[key] = { polluted: 1 };
      return JSON.stringify(copy).replace(`"${String(key)}":`, '"__proto__":');
    }
    return JSON.stringify(copy);
  });

const texts = fc.oneof(
  { weight: 4, arbitrary: mutated },
  { weight: 1, arbitrary: value.map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: fc.string() },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => new TextDecoder().decode(b)),
  },
  {
    weight: 1,
    arbitrary: fc.nat({ max: 4000 }).map((n) => JSON.stringify(base).slice(0, n)),
  },
  { weight: 1, arbitrary: fc.nat({ max: 3000 }).map((n) => '['.repeat(n) + ']'.repeat(n)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      JSON.stringify({ ...base, formatVersion: 2 }),
      JSON.stringify({ ...base, format: 'itas-backup' }),
      JSON.stringify({ ...base, participants: Array(3).fill(base.workshop) }),
    ),
  },
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
