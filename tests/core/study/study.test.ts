import { describe, expect, it } from 'vitest';
import { takeIn } from '../../../src/core/study/intake';
import { dataPoints, SEGMENT_AXES } from '../../../src/core/study/panel';
import { MIN_FIRMS, quantile, type RegionalStudy } from '../../../src/core/study/aggregate';
import { benchmarkOf, firmPositions, restoreBenchmark } from '../../../src/core/study/benchmark';
import {
  generatedAssessment,
  generatedFirm,
  generatedStudyFiles,
  knownShipped,
  randomSource,
  shippedQuestionnaires,
  studyOfRecords,
} from '../../../src/bench/study-files';
import { studyRecord, type StudyRecord } from '../../../src/core/records/study';

const known = knownShipped();
const asFiles = (records: unknown[]) => records.map((value, i) => ({ name: `f${i}.json`, value }));
const study = (records: StudyRecord[]) => {
  const r = studyOfRecords(records);
  expect(r.intake.refused).toEqual([]);
  return r;
};

/** Every number the study publishes, with what it is, for the k-anonymity check. */
function everyFigure(s: RegionalStudy): { what: string; firms: number | null }[] {
  const out: { what: string; firms: number | null }[] = [];
  for (const q of s.questionnaires) {
    out.push({ what: `${q.questionnaire} firms`, firms: q.firms });
    for (const seg of q.segments) {
      const name = `${q.questionnaire} ${seg.segment.axis}:${seg.segment.band}`;
      out.push({ what: name, firms: seg.n });
      if (seg.n === null)
        expect([seg.overall, Object.keys(seg.dimensions).length]).toEqual([null, 0]);
      if (seg.overall) out.push({ what: `${name} overall`, firms: seg.overall.n });
      for (const [d, spread] of Object.entries(seg.dimensions))
        if (spread) out.push({ what: `${name} ${d}`, firms: spread.n });
    }
    for (const c of [...q.flags, ...q.priorities, ...q.dontKnow])
      out.push({ what: `${q.questionnaire} ${c.kind} ${c.id}`, firms: c.firms });
  }
  if (s.portfolio)
    for (const [quadrant, n] of Object.entries(s.portfolio.quadrants))
      out.push({ what: `portfolio ${quadrant}`, firms: n });
  return out;
}

describe('the regional study takes in', () => {
  const records = generatedStudyFiles(6);
  const firm = generatedFirm(99, randomSource(5));
  const assessment = generatedAssessment(shippedQuestionnaires[0], firm, randomSource(6));

  it('study files; ordinary exports only when the analyst anonymises them', () => {
    const files = asFiles([...records, assessment]);
    const plain = takeIn(files, { anonymise: false, known });
    expect(plain.entries).toHaveLength(6);
    expect(plain.refused).toEqual([
      {
        file: 'f6.json',
        path: [],
        problems: [expect.objectContaining({ code: 'study_not_anonymised' })],
      },
    ]);
    const anonymised = takeIn(files, { anonymise: true, known });
    expect(anonymised.refused).toEqual([]);
    expect(anonymised.entries.at(-1)!.record).toEqual(studyRecord(assessment));
    expect(JSON.stringify(anonymised.entries.at(-1))).not.toContain(firm.id);
  });

  it('refuses what does not fit, each with its reason, and keeps the rest', () => {
    const [good, second] = records as [StudyRecord, StudyRecord];
    const answer = Object.keys(second.answers).find(
      (id) => typeof second.answers[id] === 'number',
    )!;
    const intake = takeIn(
      asFiles([
        good,
        { ...second, answers: { ...second.answers, [answer]: 7 } },
        { ...good, questionnaire: { ...good.questionnaire, version: '9.0.0' } },
        { ...good, result: { ...good.result, overall: 1e308 } },
        { ...good, firmKey: 'Musterfirma GmbH' },
        { ...good, result: { ...good.result, flags: ['made_up'] } },
        { format: 'itas-case' },
        JSON.parse('{"__proto__": {"x": 1}, "format": "itas-study"}'),
      ]),
      { anonymise: true, known },
    );
    expect(intake.entries.map((e) => e.file)).toEqual(['f0.json']);
    expect(intake.refused.map((r) => [r.file, r.problems[0]!.code])).toEqual([
      ['f1.json', 'answer_misfit'],
      ['f2.json', 'study_version_unknown'],
      ['f3.json', 'number_too_big'],
      ['f4.json', 'invalid_format'],
      ['f5.json', 'study_id_unknown'],
      ['f6.json', 'study_unknown_file'],
      ['f7.json', expect.any(String)],
    ]);
  });
});

describe('one data point per firm and questionnaire', () => {
  const firm = generatedFirm(1, randomSource(2));
  const q = shippedQuestionnaires[0];
  const record = (role: 'management' | 'works_council', month: string, strength: number) =>
    ({
      ...studyRecord(generatedAssessment(q, { ...firm, strength }, randomSource(strength), role)),
      month,
    }) as StudyRecord;

  it('a later hand-over of the same role replaces the earlier', () => {
    const older = record('management', '2026-03', 1);
    const newer = record('management', '2026-09', 5);
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const points = dataPoints(takeIn(asFiles(order), { anonymise: false, known }).entries);
      expect(points).toHaveLength(1);
      expect(points[0]!.overall).toBe(newer.result.overall);
    }
  });

  it('roles of one month are combined: the mean of their scores', () => {
    const a = record('management', '2026-09', 1);
    const b = record('works_council', '2026-09', 5);
    const [point] = dataPoints(takeIn(asFiles([a, b]), { anonymise: false, known }).entries);
    expect(point!.roles).toEqual(['management', 'works_council']);
    expect(point!.overall).toBeCloseTo((a.result.overall! + b.result.overall!) / 2, 9);
    const first = q.dimensions[0]!.id;
    expect(point!.dimensions[first]).toBeCloseTo(
      (a.result.dimensions[first]! + b.result.dimensions[first]!) / 2,
      9,
    );
  });

  it('unfinished assessments do not count', () => {
    const open = { ...record('management', '2026-09', 3), finished: false };
    expect(dataPoints(takeIn(asFiles([open]), { anonymise: false, known }).entries)).toEqual([]);
  });
});

describe('the figures', () => {
  it('quartiles as Excel computes them (QUARTILE.INC)', () => {
    expect([0.25, 0.5, 0.75].map((p) => quantile([1, 2, 3, 4], p))).toEqual([1.75, 2.5, 3.25]);
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
  });

  it('the spread of all firms is computed from their scores', () => {
    const { points, study: s } = study(generatedStudyFiles(60));
    const q = s.questionnaires[0]!;
    const scores = points
      .filter((p) => p.questionnaire === q.questionnaire)
      .map((p) => p.overall!)
      .sort((a, b) => a - b);
    const all = q.segments[0]!;
    expect(all.n).toBe(scores.length);
    expect(all.overall).toMatchObject({
      n: scores.length,
      min: scores[0],
      max: scores.at(-1),
      median: quantile(scores, 0.5),
    });
    expect(all.overall!.levels.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('no output carries a figure from fewer than 5 firms', () => {
    for (const count of [3, 9, 30, 120]) {
      const { study: s } = study(generatedStudyFiles(count, count));
      const figures = everyFigure(s);
      expect(figures.length).toBeGreaterThan(0);
      for (const f of figures)
        expect(f.firms === null || f.firms >= MIN_FIRMS, `${count} files: ${f.what}`).toBe(true);
      // Nor can a hidden count be worked out from the total and the published ones.
      for (const q of s.questionnaires) {
        if (q.firms === null) continue;
        for (const axis of SEGMENT_AXES) {
          const shown = q.segments
            .filter((x) => x.segment.axis === axis)
            .reduce((sum, x) => sum + (x.n ?? 0), 0);
          const rest = q.firms - shown;
          expect(rest === 0 || rest >= MIN_FIRMS, `${count} files: ${axis}`).toBe(true);
        }
      }
      const benchmark = JSON.stringify(benchmarkOf(s, '2026-11'));
      for (const n of benchmark.matchAll(/"n":(\d+)/g))
        expect(Number(n[1])).toBeGreaterThanOrEqual(MIN_FIRMS);
    }
  });

  it('a segment of 4 firms shows no figure; with a fifth it does', () => {
    const records = generatedStudyFiles(40, 3).filter((r) => r.questionnaire.id === 'resilience');
    const withTier3 = (n: number) =>
      records.map((r, i) => ({
        ...r,
        profile: { ...r.profile, tier: i < n ? 'tier3' : 'tier1' },
      }));
    const tier3 = (n: number) =>
      study(withTier3(n)).study.questionnaires[0]!.segments.find(
        (x) => x.segment.axis === 'tier' && x.segment.band === 'tier3',
      )!;
    expect(tier3(4)).toMatchObject({ n: null, overall: null, dimensions: {} });
    expect(tier3(5).n).toBe(5);
  });
});

describe('the benchmark file', () => {
  const { study: s } = study(generatedStudyFiles(200, 7));
  const benchmark = benchmarkOf(s, '2026-11');

  it('is read back, and a changed figure is refused', () => {
    const text = JSON.stringify(benchmark);
    expect(restoreBenchmark(JSON.parse(text))).toEqual({ ok: true, value: benchmark });
    const changed = JSON.parse(text.replace(/"median":[\d.]+/, '"median":99'));
    expect(restoreBenchmark(changed)).toMatchObject({
      ok: false,
      problems: [{ code: 'benchmark_hash' }],
    });
    expect(text).not.toMatch(/"min"|"max"/);
    expect(benchmark.questionnaires.map((q) => q.versions)).toEqual([['1.1.0'], ['1.1.0']]);
  });

  it("places a firm's fields against its segment", () => {
    const q = shippedQuestionnaires[0];
    const [d1, d2] = q.dimensions.map((d) => d.id) as [string, string];
    const all = benchmark.segments.find((x) => x.axis === 'all' && x.questionnaire === q.id)!;
    if (!('n' in all)) throw new Error('all firms suppressed');
    const spread = all.dimensions[d1]!;
    const positions = firmPositions(
      benchmark,
      q,
      { staff: 'no such band' },
      { [d1]: spread.q1 - 1, [d2]: 100 },
    );
    expect(positions.map((p) => [p.dimension, p.position, p.segment.axis])).toEqual([
      [d1, 'below', 'all'],
      [d2, 'above', 'all'],
    ]);
    expect(positions[0]!.n).toBe(spread.n);
    expect(firmPositions(benchmark, { ...q, version: '0.9.0' }, {}, { [d1]: 50 })).toEqual([]);
    const staff = benchmark.segments.find(
      (x) => x.axis === 'staff' && x.questionnaire === q.id && 'n' in x,
    )!;
    expect(firmPositions(benchmark, q, { staff: staff.band }, { [d1]: 50 })[0]!.segment).toEqual({
      axis: 'staff',
      band: staff.band,
    });
  });
});
