import { describe, expect, it } from 'vitest';
import { z } from '../../../src/core/common/zod';
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

describe('restoring a document', () => {
  it.each([
    ['not an object', [], ['not_an_object []']],
    ['a prototype key', JSON.parse('{"__proto__": {"x": 1}}'), ['forbidden_key ["__proto__"]']],
    ['another format', { format: 'other', formatVersion: 1 }, ['wrong_format ["format"]']],
    [
      'a version from the future',
      { format: 'thing', formatVersion: 3 },
      ['format_newer ["formatVersion"]'],
    ],
    ['no version', { format: 'thing' }, ['format_version_invalid ["formatVersion"]']],
    [
      'a wrong field, with its path',
      { format: 'thing', formatVersion: 2, title: 7 },
      ['wrong_type ["title"]'],
    ],
  ])('refuses %s', (_what, input, expected) => {
    expect(codes(restoreDocument(Thing, input, { format: FORMAT }))).toEqual(expected);
  });

  it('migrates an older version and keeps unknown fields', () => {
    const r = restoreDocument(
      Thing,
      { format: 'thing', formatVersion: 1, name: 'A', extra: [1] },
      { format: FORMAT },
    );
    expect(r, 'version 1 renamed name → title').toEqual({
      ok: true,
      value: { format: 'thing', formatVersion: 2, title: 'A', extra: [1] },
    });
  });

  it('puts the problems of an embedded record under its path', () => {
    expect(codes(checkedObject('x', ['workshop'])), 'not an object').toEqual([
      'not_an_object ["workshop"]',
    ]);
    const r = restoreDocument(z.object({ n: z.number() }), { n: 'x' }, { path: ['workshop'] });
    expect(codes(r)).toEqual(['wrong_type ["workshop","n"]']);
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
    expect(into).toEqual([1, 3]);
    expect(rejected.map((r) => r.path)).toEqual([['items', 1]]);
  });
});
