import { describe, expect, it } from 'vitest';
import {
  mergeAssessments,
  readAssessmentText,
  restoreAssessment,
  sameContent,
  type Assessment,
} from '../../../src/core/records/assessment';
import { formatPath } from '../../../src/core/common/problems';
import { checkFileSize, MAX_SINGLE_FILE_BYTES } from '../../../src/core/common/safety';
import { readJson } from '../../support/helpers';

const worked = () =>
  structuredClone(readJson('tests/fixtures/assessments/example-worked.json')) as Record<
    string,
    unknown
  >;
const restored = (data: unknown): Assessment => {
  const r = restoreAssessment(data);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};
const codes = (data: unknown) => {
  const r = restoreAssessment(data);
  return r.ok ? [] : r.problems.map((p) => [p.code, formatPath(p.path)]);
};

describe('restoreAssessment', () => {
  it('accepts the worked example', () => {
    const a = restored(worked());
    expect(a.firm?.name).toBe('Muster Zerspanung GmbH');
    expect(a.answers.b3).toEqual({ kind: 'dontKnow', at: '2026-11-02T09:16:00.000Z' });
  });

  it('keeps unknown fields of a known version (a round trip loses nothing)', () => {
    const data = worked();
    data.futureField = { nested: [1, 2] };
    (data.answers as Record<string, Record<string, unknown>>).a1!.source = 'tablet';
    const a = restored(data);
    const again = restored(JSON.parse(JSON.stringify(a)));
    expect((again as Record<string, unknown>).futureField).toEqual({ nested: [1, 2] });
    expect((again.answers.a1 as Record<string, unknown>).source).toBe('tablet');
  });

  it('fills defaults', () => {
    const data = worked();
    delete data.notes;
    delete data.targets;
    delete data.finished;
    const a = restored(data);
    expect(a.notes).toEqual({});
    expect(a.targets).toEqual({});
    expect(a.finished).toBe(false);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere', (key) => {
    const text = JSON.stringify(worked()).replace(
      '"a1":{"kind"',
      `"a1":{"${key}":{"polluted":true},"kind"`,
    );
    const r = readAssessmentText(text);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]).toMatchObject({ code: 'forbidden_key', path: ['answers', 'a1', key] });
    expect(({} as Record<string, unknown>).polluted, 'no prototype pollution').toBeUndefined();
  });

  it('refuses a newer format version with a message that says so', () => {
    const data = worked();
    data.formatVersion = 2;
    expect(codes(data)).toEqual([['format_newer', '$.formatVersion']]);
  });

  it.each([
    ['another format', { format: 'itas-backup' }, 'wrong_format', '$.format'],
    [
      'no format version',
      { formatVersion: undefined },
      'format_version_invalid',
      '$.formatVersion',
    ],
    ['a broken time', { updatedAt: 'yesterday' }, 'datetime_format', '$.updatedAt'],
    ['an unknown role', { role: 'ceo' }, 'invalid_value', '$.role'],
    [
      'an answer without time',
      { answers: { a1: { kind: 'value', value: 3 } } },
      'missing',
      '$.answers.a1.at',
    ],
  ])('refuses %s', (_name, patch, code, path) => {
    const data = { ...worked(), ...patch };
    expect(codes(data)).toContainEqual([code, path]);
  });

  it('refuses an embedded questionnaire that breaks the rules', () => {
    const data = worked();
    const q = data.questionnaire as { dimensions: { questions: { id: string }[] }[] };
    q.dimensions[1]!.questions[2]!.id = 'b1';
    expect(codes(data)).toEqual([
      ['duplicate_id', '$.questionnaire.dimensions[1].questions[2].id'],
    ]);
  });

  it.each([
    ['not JSON', '{"format": "itas-assessment",', 'json_syntax'],
    ['not an object', '[1, 2, 3]', 'not_an_object'],
    ['deeply nested', '{"x":' + '['.repeat(5000) + ']'.repeat(5000) + '}', 'too_deep'],
  ])('refuses text that is %s', (_name, text, code) => {
    const r = readAssessmentText(text);
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual([code]);
  });

  it('refuses files over 10 MB before parsing', () => {
    expect(checkFileSize(MAX_SINGLE_FILE_BYTES, 'single')).toBeNull();
    expect(checkFileSize(MAX_SINGLE_FILE_BYTES + 1, 'single')?.code).toBe('file_too_large');
    expect(checkFileSize(MAX_SINGLE_FILE_BYTES + 1, 'collection')).toBeNull();
    const r = readAssessmentText(' '.repeat(MAX_SINGLE_FILE_BYTES + 1));
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['file_too_large']);
  });
});

describe('merging two copies', () => {
  const base = () => restored(worked());
  const at = (m: number) => `2026-11-02T10:${String(m).padStart(2, '0')}:00.000Z`;

  it('takes the newer answer of each question, in both directions', () => {
    const a = base();
    const b = base();
    a.answers.a1 = { kind: 'value', value: 4, at: at(5) };
    b.answers.a2 = { kind: 'value', value: 'full', at: at(6) };
    b.answers.a1 = { kind: 'value', value: 2, at: at(1) };
    b.updatedAt = at(6);
    a.updatedAt = at(5);
    for (const merged of [mergeAssessments(a, b), mergeAssessments(b, a)]) {
      expect(merged.answers.a1).toEqual({ kind: 'value', value: 4, at: at(5) });
      expect(merged.answers.a2).toEqual({ kind: 'value', value: 'full', at: at(6) });
    }
  });

  it('a newer "cleared" takes an answer back', () => {
    const a = base();
    const b = base();
    b.answers.a1 = { kind: 'cleared', at: at(9) };
    expect(mergeAssessments(a, b).answers.a1).toEqual({ kind: 'cleared', at: at(9) });
  });

  it('merges notes and targets by their own times', () => {
    const a = base();
    const b = base();
    a.notes.b1 = { text: 'Kontokorrent prüfen', at: at(3) };
    b.notes.a1 = { text: 'Neu', at: at(4) };
    b.targets.A = { level: 5, at: at(2) };
    const merged = mergeAssessments(a, b);
    expect(merged.notes.b1?.text).toBe('Kontokorrent prüfen');
    expect(merged.notes.a1?.text).toBe('Neu');
    expect(merged.targets.A?.level).toBe(5);
  });
});

describe('sameContent', () => {
  it('ignores key order and export-only fields', () => {
    const a = restored(worked());
    const reordered = restored(
      JSON.parse(
        JSON.stringify({
          ...a,
          answers: Object.fromEntries(Object.entries(a.answers).reverse()),
          exportedAt: 'x',
        }),
      ),
    );
    expect(sameContent(a, reordered)).toBe(true);
  });
  it('sees a changed answer', () => {
    const a = restored(worked());
    const b = restored(worked());
    b.answers.a1 = { kind: 'value', value: 4, at: a.answers.a1!.at };
    expect(sameContent(a, b)).toBe(false);
  });
});
