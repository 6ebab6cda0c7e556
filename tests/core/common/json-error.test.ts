import { describe, expect, it } from 'vitest';
import { jsonSyntaxProblem } from '../../../src/core/common/json-error';

const problemOf = (text: string) => {
  try {
    JSON.parse(text);
  } catch (e) {
    return jsonSyntaxProblem(e, text);
  }
  throw new Error('parsed');
};

describe('a JSON syntax error', () => {
  it.each([
    ['{\n  "a": 1,\n}', 3, 1],
    ['{"a": 1, x}', 1, 10],
    ['[1, 2,\n 3,\n 4 5]', 3, 4],
  ])('%j is placed at line %i, column %i', (text, line, column) => {
    expect(problemOf(text).params).toMatchObject({ line, column });
  });

  it('is placed at the end when the text stops early', () => {
    expect(problemOf('{"a": [1,\n 2').params).toMatchObject({ line: 2, column: 3 });
  });

  it('reads a line and column the engine gives itself', () => {
    const p = jsonSyntaxProblem(new SyntaxError('Unexpected token (line 4 column 7)'), '');
    expect(p.params).toEqual({ detail: 'Unexpected token', line: 4, column: 7 });
  });

  it('keeps the engine message without its position', () => {
    expect(problemOf('{"a" 1}').params.detail, 'no "at position"').not.toMatch(/position/);
  });
});
