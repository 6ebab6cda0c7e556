import { describe, expect, it } from 'vitest';
import { z } from '../../../src/core/common/zod';
import { MAX_DEPTH } from '../../../src/core/common/safety';
import {
  checkedObject,
  restoreDocument,
  restoreEach,
  type DocumentFormat,
} from '../../../src/core/records/restore';

const Thing = z.looseObject({
  format: z.literal('thing'),
  formatVersion: z.literal(2),
  title: z.string(),
});
const FORMAT: DocumentFormat = {
  format: 'thing',
  version: 2,
  migrations: { 1: ({ name, ...doc }) => ({ ...doc, title: name }) },
};
const codes = (r: { ok: boolean; problems?: { code: string; path: unknown[] }[] }) =>
  r.ok ? [] : r.problems!.map((p) => `${p.code} ${JSON.stringify(p.path)}`);

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { d: value };
  return value;
};

describe('restoring a document', () => {
  it.each([
    ['not an object', 'not_an_object comes before anything is read', 7, ['not_an_object []']],
    ['an array', 'an array is no document', [{ format: 'thing' }], ['not_an_object []']],
    [
      'a prototype key',
      'the tree check runs before the format is read',
      JSON.parse('{"__proto__": {"x": 1}}'),
      ['forbidden_key ["__proto__"]'],
    ],
    [
      'nesting deeper than any file of ours',
      'the tree check refuses what could overflow a recursive reader',
      { format: 'thing', formatVersion: 2, title: 'T', deep: nested(MAX_DEPTH + 2) },
      [`too_deep ${JSON.stringify(['deep', 'd', 'd', 'd', 'd', 'd', 'd', 'd'])}`],
    ],
    [
      'another format',
      'a file of another kind is refused by name',
      { format: 'other', formatVersion: 1 },
      ['wrong_format ["format"]'],
    ],
    [
      'a version from the future',
      'a newer version is refused, not guessed at',
      { format: 'thing', formatVersion: 3 },
      ['format_newer ["formatVersion"]'],
    ],
    [
      'no version',
      'a file without its version cannot be migrated',
      { format: 'thing' },
      ['format_version_invalid ["formatVersion"]'],
    ],
    [
      'a version that is no whole number',
      'versions count steps',
      { format: 'thing', formatVersion: 1.5 },
      ['format_version_invalid ["formatVersion"]'],
    ],
    [
      'a wrong field, with its path',
      'zod problems name the field',
      { format: 'thing', formatVersion: 2, title: 7 },
      ['wrong_type ["title"]'],
    ],
    [
      'a migrated document that is still wrong',
      'the schema judges the migrated document (name became title)',
      { format: 'thing', formatVersion: 1, name: 7 },
      ['wrong_type ["title"]'],
    ],
  ])('refuses %s', (_what, protects, input, expected) => {
    expect(codes(restoreDocument(Thing, input, { format: FORMAT })), protects).toEqual(expected);
  });

  it('migrates an older version and keeps unknown fields', () => {
    const r = restoreDocument(
      Thing,
      { format: 'thing', formatVersion: 1, name: 'A', extra: [1] },
      { format: FORMAT },
    );
    expect(r, 'version 1 renamed name → title; unknown fields survive the round trip').toEqual({
      ok: true,
      value: { format: 'thing', formatVersion: 2, title: 'A', extra: [1] },
    });
  });

  it('refuses an older version when a step is missing', () => {
    const gap: DocumentFormat = { format: 'thing', version: 2 };
    expect(
      codes(restoreDocument(Thing, { format: 'thing', formatVersion: 1 }, { format: gap })),
      'no step from 1 to 2: refused, never parsed as if it were current',
    ).toEqual(['format_version_invalid ["formatVersion"]']);
  });

  it('puts the problems of an embedded record under its path', () => {
    expect(codes(checkedObject('x', ['workshop'])), 'not an object, at the record').toEqual([
      'not_an_object ["workshop"]',
    ]);
    expect(
      codes(checkedObject(JSON.parse('{"a": {"__proto__": 1}}'), ['case'])),
      'the tree check, under the record',
    ).toEqual(['forbidden_key ["case","a","__proto__"]']);
    const r = restoreDocument(z.object({ n: z.number() }), { n: 'x' }, { path: ['workshop'] });
    expect(codes(r), 'zod problems, under the record').toEqual(['wrong_type ["workshop","n"]']);
  });

  it('takes the good entries of a list and lists the refused ones with their paths', () => {
    const into: number[] = [];
    const rejected: Parameters<typeof restoreEach>[4] = [];
    restoreEach(
      [1, 'two', 3],
      'items',
      (x) =>
        typeof x === 'number'
          ? { ok: true, value: x }
          : { ok: false, problems: [{ code: 'x', path: [], params: {} }] },
      into,
      rejected,
    );
    expect(into, 'one refused entry does not keep the others out').toEqual([1, 3]);
    expect(
      rejected.map((r) => r.path),
      'each refused entry says where it was',
    ).toEqual([['items', 1]]);
  });
});
