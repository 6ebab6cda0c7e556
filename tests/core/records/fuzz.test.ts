import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAssessmentText, restoreAssessment } from '../../../src/core/records/assessment';
import { readBackupText } from '../../../src/core/records/backup';
import { caseFile, newCase, readCaseText } from '../../../src/core/records/case';
import { readFirmText } from '../../../src/core/records/firm';
import { readJson } from '../../support/helpers';
import { jsonValue } from '../../support/fuzz';

// Hostile and broken input: every importer answers with a clear result (ok, or problems with a
// code), never an exception, and never touches Object.prototype.

const worked = readJson('tests/fixtures/assessments/example-worked.json') as Record<
  string,
  unknown
>;
const firmFile = {
  format: 'itas-firm',
  formatVersion: 1,
  firm: {
    id: 'f1',
    name: 'Muster GmbH',
    profile: {},
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
  },
};
const backupFile = {
  format: 'itas-backup',
  formatVersion: 1,
  exportedAt: '2026-11-02T09:00:00.000Z',
  definitions: {},
  firms: [],
  assessments: [],
};

const AT = '2026-11-02T09:00:00.000Z';
const caseDoc = JSON.parse(
  JSON.stringify(
    caseFile(
      {
        ...newCase('c1', { id: 'f1', name: 'Muster GmbH' }, AT),
        notes: { 'example/A': { text: 'Notiz', at: AT } },
        actions: [
          {
            id: 'a1',
            dimension: 'example/A',
            what: 'Plan',
            who: 'GF',
            due: '2027-01-31',
            service: 'coaching',
            at: AT,
          },
        ],
        targets: { 'example/A': { level: 4, at: AT } },
      },
      [restored(worked)],
      AT,
    ),
  ),
) as Record<string, unknown>;
function restored(doc: unknown) {
  const r = restoreAssessment(doc);
  if (!r.ok) throw new Error('the worked example must restore');
  return r.value;
}

const value = jsonValue(['valueOf', 'format', 'formatVersion', 'answers', 'id']);

/** A valid document with one part replaced, removed, or wrapped. */
function mutated(base: Record<string, unknown>) {
  return fc
    .tuple(
      fc.constantFrom(...Object.keys(base)),
      value,
      fc.constantFrom('replace', 'delete', 'wrap', 'proto'),
    )
    .map(([key, v, how]) => {
      const copy: Record<string, unknown> = structuredClone(base);
      if (how === 'replace') copy[key] = v;
      else if (how === 'delete') delete copy[key];
      else if (how === 'wrap') copy[key] = [copy[key], v];
      else return JSON.stringify(copy).replace('{', '{"__proto__":{"polluted":1},');
      return JSON.stringify(copy);
    });
}

const texts = (base: Record<string, unknown>) =>
  fc.oneof(
    mutated(base),
    value.map((v) => JSON.stringify(v) ?? 'null'),
    fc.string(), // random text
    fc.uint8Array({ maxLength: 200 }).map((b) => new TextDecoder().decode(b)), // random bytes
    fc.nat({ max: 200 }).map((n) => JSON.stringify(base).slice(0, n)), // truncated
    fc.nat({ max: 3000 }).map((n) => '['.repeat(n) + ']'.repeat(n)), // deep nesting
    fc.constantFrom(
      JSON.stringify({ ...base, formatVersion: 2 }),
      JSON.stringify({ ...base, format: 'other' }),
    ),
  );

function expectClearAnswer(run: () => { ok: boolean; problems?: { code: string }[] }) {
  let result: ReturnType<typeof run> | undefined;
  expect(() => (result = run()), 'no exception escapes').not.toThrow();
  if (result && !result.ok) {
    expect(result.problems?.length, 'a refusal says why').toBeGreaterThan(0);
    for (const p of result.problems ?? []) expect(typeof p.code).toBe('string');
  }
  expect(({} as Record<string, unknown>).polluted, 'no prototype pollution').toBeUndefined();
}

describe('importers shrug off hostile input', () => {
  it.each([
    ['assessment', worked, readAssessmentText],
    ['firm', firmFile, readFirmText],
    ['backup', backupFile, readBackupText],
    ['case', caseDoc, readCaseText],
  ] as const)('%s: 1,000 generated malformed inputs', (_name, base, read) => {
    fc.assert(
      fc.property(texts(base as Record<string, unknown>), (text) =>
        expectClearAnswer(() => read(text)),
      ),
      { numRuns: 1000 },
    );
  });

  it('the valid documents themselves are accepted (the generators start from real files)', () => {
    expect(readAssessmentText(JSON.stringify(worked)).ok).toBe(true);
    expect(readFirmText(JSON.stringify(firmFile)).ok).toBe(true);
    expect(readBackupText(JSON.stringify(backupFile)).ok).toBe(true);
    const c = readCaseText(JSON.stringify(caseDoc));
    expect(c.ok && c.value.assessments.length === 1 && c.value.rejected.length === 0).toBe(true);
  });

  it('restore refuses objects that are not plain data', () => {
    for (const input of [null, 42, 'text', [], new Date(0)])
      expectClearAnswer(() => restoreAssessment(input));
  });
});
