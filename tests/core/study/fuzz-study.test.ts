import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUntrusted } from '../../../src/core/common/safety';
import { emptyIntake, recordProblems, takeInFile } from '../../../src/core/study/intake';
import { benchmarkOf, restoreBenchmark } from '../../../src/core/study/benchmark';
import { StudyRecordSchema } from '../../../src/core/records/study';
import { generatedStudyFiles, knownShipped, studyOfRecords } from '../../../src/bench/study-files';
import { hostileTexts } from '../../support/fuzz';

// Hostile and broken study and benchmark files: the study answers each with a clear result (taken
// in, or refused with problems), never an exception, never prototype pollution; what it takes in
// is sound (fits the schema and the questionnaire), and a benchmark is read only unchanged.

const known = knownShipped();
const [record] = generatedStudyFiles(1, 9);
const base = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
const benchmark = JSON.parse(
  JSON.stringify(benchmarkOf(studyOfRecords(generatedStudyFiles(60, 5)).study, '2026-11')),
) as Record<string, unknown>;

const noPollution = () =>
  expect(({} as Record<string, unknown>).polluted, 'no prototype pollution').toBeUndefined();

describe('the study shrugs off hostile input', () => {
  it('2,000 generated malformed study files: taken in sound, or refused with why', () => {
    const texts = hostileTexts(
      base,
      [
        'format',
        'formatVersion',
        'firmKey',
        'questionnaire',
        'answers',
        'result',
        'dimensions',
        'flags',
      ],
      [
        JSON.stringify({ ...base, formatVersion: 2 }),
        JSON.stringify({ ...base, format: 'itas-assessment' }),
        JSON.stringify({ ...base, answers: { r1_cost_passthrough: '3; DROP TABLE' } }),
      ],
    );
    fc.assert(
      fc.property(texts, fc.boolean(), (text, anonymise) => {
        const into = emptyIntake();
        expect(() => {
          const parsed = parseUntrusted(text, 'collection');
          if (!parsed.ok) into.refused.push({ file: 'f', path: [], problems: parsed.problems });
          else takeInFile(into, 'f', parsed.value, { anonymise, known });
        }, 'no exception escapes').not.toThrow();
        expect(into.entries.length + into.refused.length, 'a clear answer').toBeGreaterThan(0);
        for (const r of into.refused)
          expect(r.problems.length, 'a refusal says why').toBeGreaterThan(0);
        for (const e of into.entries) {
          expect(StudyRecordSchema.safeParse(e.record).success).toBe(true);
          expect(recordProblems(e.record, known)).toEqual([]);
        }
        noPollution();
      }),
      { numRuns: 2000 },
    );
  });

  it('1,000 generated malformed benchmark files: read only when unchanged', () => {
    const text = JSON.stringify(benchmark);
    const texts = hostileTexts(
      benchmark,
      ['format', 'segments', 'dimensions', 'n', 'median', 'hash'],
      [
        text.replace(/"median":[\d.]+/, '"median":1'),
        JSON.stringify({ ...benchmark, minFirms: 1 }),
      ],
    );
    fc.assert(
      fc.property(texts, (candidate) => {
        let result: ReturnType<typeof restoreBenchmark> | undefined;
        expect(() => {
          const parsed = parseUntrusted(candidate, 'collection');
          result = parsed.ok ? restoreBenchmark(parsed.value) : parsed;
        }).not.toThrow();
        if (result!.ok) expect(JSON.stringify(result!.value)).toBe(text);
        else expect(result!.problems.length).toBeGreaterThan(0);
        noPollution();
      }),
      { numRuns: 1000 },
    );
  });

  it('the valid files themselves are accepted (the generators start from them)', () => {
    const into = emptyIntake();
    takeInFile(into, 'f', base, { anonymise: false, known });
    expect(into.refused).toEqual([]);
    expect(restoreBenchmark(benchmark).ok).toBe(true);
  });
});
