import { describe, expect, it } from 'vitest';
import {
  allSteps,
  checkTree,
  checkTreeSteps,
  MAX_DEPTH,
  parseUntrusted,
  parseUntrustedSteps,
} from '../../../src/core/common/safety';
import { restoreEachSteps } from '../../../src/core/records/restore';
import { problem } from '../../../src/core/common/problems';

/** `depth` arrays nested in each other, around `inner`. */
const nested = (depth: number, inner: unknown = 1): unknown => {
  let value = inner;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe('the tree check', () => {
  it('names the path of a forbidden key, wherever it is', () => {
    const value = JSON.parse('{"a":[{"b":1},{"c":{"__proto__":{"x":1}}}]}') as unknown;
    expect(checkTree(value)).toEqual(
      problem('forbidden_key', ['a', 1, 'c', '__proto__'], { key: '__proto__' }),
    );
    expect(checkTree({ list: [{ constructor: 1 }] })).toMatchObject({
      code: 'forbidden_key',
      path: ['list', 0, 'constructor'],
    });
  });

  it(`takes a container ${MAX_DEPTH} steps deep and refuses one deeper, naming the first eight steps`, () => {
    expect(checkTree(nested(MAX_DEPTH + 1))).toBeNull();
    expect(checkTree(nested(MAX_DEPTH + 2))).toEqual(
      problem('too_deep', [0, 0, 0, 0, 0, 0, 0, 0], { limit: MAX_DEPTH }),
    );
    expect(checkTree({ a: nested(MAX_DEPTH) })).toBeNull();
    expect(checkTree({ a: nested(MAX_DEPTH + 1) })).toMatchObject({
      code: 'too_deep',
      path: ['a', 0, 0, 0, 0, 0, 0, 0],
    });
  });

  it('passes values without objects, and a depth far beyond the stack', () => {
    for (const value of [null, 1, 'x', true]) expect(checkTree(value)).toBeNull();
    expect(checkTree(nested(100_000))).toMatchObject({ code: 'too_deep' });
  });

  it('gives the page turns in a large tree and finds the same as in one go', () => {
    const large = { list: Array.from({ length: 50_000 }, (_, i) => ({ i, tags: [i] })) };
    const steps = checkTreeSteps(large);
    let turns = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) turns++;
    expect(turns).toBeGreaterThanOrEqual(4);
    expect(step.value).toBeNull();
    (large.list[49_999] as Record<string, unknown>).prototype = 1;
    expect(allSteps(checkTreeSteps(large))).toEqual(checkTree(large));
    expect(checkTree(large)).toMatchObject({ path: ['list', 49_999, 'prototype'] });
  });
});

describe('parsing untrusted text', () => {
  it('in steps gives what it gives in one go', () => {
    const text = JSON.stringify({ a: [1, { b: 'c' }] });
    expect(allSteps(parseUntrustedSteps(text, 'single'))).toEqual(parseUntrusted(text, 'single'));
    expect(parseUntrusted(text, 'single')).toEqual({ ok: true, value: JSON.parse(text) });
    const broken = '{\n  "a": [1,\n  }';
    const refused = allSteps(parseUntrustedSteps(broken, 'single'));
    expect(refused).toEqual(parseUntrusted(broken, 'single'));
    expect(refused).toMatchObject({ ok: false, problems: [{ code: 'json_syntax' }] });
  });
});

describe('restoring a list in steps', () => {
  it('says how many are done after each step and names refused entries by their place', () => {
    const list = Array.from({ length: 60 }, (_, i) => (i % 7 === 3 ? 'bad' : i));
    const into: number[] = [];
    const rejected: { path: (string | number)[] }[] = [];
    const restore = (x: unknown) =>
      typeof x === 'number'
        ? { ok: true as const, value: x }
        : { ok: false as const, problems: [problem('invalid_type', [])] };
    const done = [...restoreEachSteps(list, 'items', restore, into, rejected as never)];
    expect(done).toEqual([25, 50, 60]);
    expect(into).toEqual(list.filter((x) => typeof x === 'number'));
    expect(rejected.map((r) => r.path)).toEqual(
      list.flatMap((x, i) => (typeof x === 'number' ? [] : [['items', i]])),
    );
  });
});
