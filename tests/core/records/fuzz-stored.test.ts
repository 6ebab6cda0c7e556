import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreAssessment } from '../../../src/core/records/assessment';
import { newCase } from '../../../src/core/records/case';
import { summarize } from '../../../src/core/scoring/scoring';
import { loadAssessment, loadAssessments, saveAssessment } from '../../../src/storage/assessments';
import { memoryBackend } from '../../../src/storage/backend';
import { listCases } from '../../../src/storage/cases';
import { STORAGE_KEYS } from '../../../src/storage/keys';
import { readJson } from '../../support/helpers';
import { jsonValue } from '../../support/fuzz';

// What is read back from the device's storage is input too: a damaged or foreign record (another
// program, a half-written disk, a newer version of the app) must be refused with a reason, never
// crash a screen or touch Object.prototype. 1,000 generated records each for assessments and cases.

const AT = '2026-11-02T09:00:00.000Z';
const worked = restoreAssessment(readJson('tests/fixtures/assessments/example-worked.json'));
if (!worked.ok) throw new Error('fixture');

const value = jsonValue(['packed', 'summary']);

/** A valid object with one entry, at any depth, replaced, removed or given a prototype key. */
function damaged(base: unknown) {
  return fc
    .tuple(fc.nat(), value, fc.constantFrom('replace', 'delete', 'proto'))
    .map(([pick, v, how]) => {
      const copy = structuredClone(base) as Record<string, unknown>;
      const objects: Record<string, unknown>[] = [];
      const walk = (x: unknown) => {
        if (x && typeof x === 'object') {
          objects.push(x as Record<string, unknown>);
          Object.values(x).forEach(walk);
        }
      };
      walk(copy);
      const target = objects[pick % objects.length]!;
      const keys = Object.keys(target);
      const key = keys.length ? keys[pick % keys.length]! : 'x';
      if (how === 'replace') target[key] = v;
      else if (how === 'delete') delete target[key];
      else return JSON.parse(JSON.stringify(copy).replace('{', '{"__proto__":{"polluted":1},'));
      return copy;
    });
}

const record = async () => {
  const backend = memoryBackend();
  await saveAssessment(backend, worked.value);
  return {
    record: await backend.get(STORAGE_KEYS.stores.assessments, worked.value.id),
    definitions: Object.fromEntries(
      await Promise.all(
        (await backend.getAllKeys(STORAGE_KEYS.stores.definitions)).map(
          async (k) => [k, await backend.get(STORAGE_KEYS.stores.definitions, k)] as const,
        ),
      ),
    ),
  };
};

function clear(r: { ok: boolean; problems?: { code: string }[] }) {
  if (!r.ok) expect(r.problems?.length, 'a refusal says why').toBeGreaterThan(0);
  expect(({} as Record<string, unknown>).polluted, 'no prototype pollution').toBeUndefined();
}

describe('stored records shrug off damage', () => {
  it('assessment records: 1,000 damaged ones are refused or read, never thrown', async () => {
    const valid = await record();
    await fc.assert(
      fc.asyncProperty(fc.oneof(damaged(valid.record), value), async (bad) => {
        const backend = memoryBackend();
        for (const [k, d] of Object.entries(valid.definitions))
          await backend.put(STORAGE_KEYS.stores.definitions, k, d);
        await backend.put(STORAGE_KEYS.stores.assessments, 'a', bad);
        const one = await loadAssessment(backend, 'a');
        clear(one);
        const [[, many]] = (await loadAssessments(backend, ['a'])) as [[string, typeof one]];
        expect(many.ok).toBe(one.ok);
        if (one.ok) expect(() => summarize(one.value)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('damaged questionnaire definitions: refused, or read and scored, never thrown', async () => {
    const valid = await record();
    const [qHash] = Object.keys(valid.definitions).filter(
      (k) => 'dimensions' in (valid.definitions[k] as object),
    );
    await fc.assert(
      fc.asyncProperty(damaged(valid.definitions[qHash!]), async (bad) => {
        const backend = memoryBackend();
        for (const [k, d] of Object.entries(valid.definitions))
          await backend.put(STORAGE_KEYS.stores.definitions, k, k === qHash ? bad : d);
        await backend.put(STORAGE_KEYS.stores.assessments, 'a', valid.record);
        const r = await loadAssessment(backend, 'a');
        clear(r);
        if (r.ok) expect(() => summarize(r.value)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('case records: 1,000 damaged ones are listed as unreadable or read, never thrown', async () => {
    const valid = {
      ...newCase('c1', { id: 'f1', name: 'Muster GmbH' }, AT),
      notes: { 'example/A': { text: 'Notiz', at: AT } },
      actions: [
        {
          id: 'x',
          dimension: 'example/A',
          what: 'Plan',
          who: 'GF',
          due: '2027-01-31',
          service: 'coaching',
          at: AT,
        },
      ],
    };
    await fc.assert(
      fc.asyncProperty(fc.oneof(damaged(valid), value), async (bad) => {
        const backend = memoryBackend();
        await backend.put(STORAGE_KEYS.stores.cases, 'c1', bad);
        const listed = await listCases(backend);
        expect(listed.cases.length + listed.unreadable.length).toBe(1);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('the undamaged records are read (the generators start from real ones)', async () => {
    const valid = await record();
    const backend = memoryBackend();
    for (const [k, d] of Object.entries(valid.definitions))
      await backend.put(STORAGE_KEYS.stores.definitions, k, d);
    await backend.put(STORAGE_KEYS.stores.assessments, 'a', valid.record);
    expect((await loadAssessment(backend, 'a')).ok).toBe(true);
  });
});
