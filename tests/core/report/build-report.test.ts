import { describe, expect, it } from 'vitest';
import { scoreInputOf, type Assessment } from '../../../src/core/records/assessment';
import { classifyMeasure, firstSteps, measuresOf } from '../../../src/core/scoring/plan';
import {
  buildReport,
  coachingDimensions,
  DONT_KNOW_FOR_COACHING,
  PLAN_PRIORITIES,
} from '../../../src/core/report/build-report';
import type {
  ReportBlock,
  ReportModel,
  ReportSection,
} from '../../../src/core/report/report-model';
import { SECTION_ORDER } from '../../../src/core/report/report-model';
import { displayOf, scoreAssessment } from '../../../src/core/scoring/scoring';
import { localize, type Lang } from '../../../src/core/common/text';
import { makeTranslate } from '../../../src/report/translate';
import { fixtureAssessment } from '../../support/helpers';
import { shippedFacts } from '../../../scripts/lib/shipped';

const SHIPPED = shippedFacts();

export const FIXTURES = [
  'resilience-weak',
  'resilience-strong',
  'technology-readiness-weak',
  'technology-readiness-strong',
] as const;

const fixture = fixtureAssessment;

const scored = (a: Assessment) => ({ assessment: a, result: scoreAssessment(scoreInputOf(a)) });

function report(a: Assessment, lang: Lang = 'de', other?: Assessment): ReportModel {
  return buildReport({
    ...SHIPPED,
    ...scored(a),
    other: other ? scored(other) : null,
    lang,
    t: makeTranslate(lang),
    date: '2026-11-24',
  });
}

function texts(blocks: ReportBlock[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'heading':
        return [b.text];
      case 'paragraph':
        return [b.spans.map((s) => s.text).join('')];
      case 'bullets':
        return b.items.map((i) => i.map((s) => s.text).join(''));
      case 'columns':
        return b.columns.flatMap(texts);
      default:
        return [];
    }
  });
}

const section = (m: ReportModel, id: string): ReportSection => m.sections.find((s) => s.id === id)!;

describe('buildReport', () => {
  it.each(FIXTURES.flatMap((f) => [[f, 'de'] as const, [f, 'en'] as const]))(
    'builds %s in %s with every label translated',
    (name, lang) => {
      // makeTranslate throws on a key that is missing in the language: this is the check.
      const model = report(fixture(name), lang);
      expect(model.sections.length).toBeGreaterThan(8);
      expect(JSON.stringify(model), 'no placeholder left unfilled').not.toMatch(/\{\{\w+\}\}/);
    },
  );

  it('puts the sections in the order of the issue, one per dimension in questionnaire order', () => {
    const a = fixture('resilience-weak');
    const model = report(a);
    const kinds = model.sections.map((s) => s.kind);
    const order = kinds.map((k) => SECTION_ORDER.indexOf(k));
    expect(order, 'sections in order').toEqual([...order].sort((x, y) => x - y));
    // Without a benchmark file and a second questionnaire: no region, no portfolio.
    expect([...new Set(kinds)]).toEqual(
      SECTION_ORDER.filter((k) => k !== 'region' && k !== 'portfolio'),
    );
    const paired = report(a, 'de', fixture('technology-readiness-weak')).sections.map(
      (s) => s.kind,
    );
    expect([...new Set(paired)]).toEqual(SECTION_ORDER.filter((k) => k !== 'region'));
    expect(model.sections.filter((s) => s.kind === 'dimension').map((s) => s.number)).toEqual(
      a.questionnaire.dimensions.map((d) => d.id),
    );
    expect(new Set(model.sections.map((s) => s.id)).size).toBe(model.sections.length);
  });

  it('prints the index and the levels as the engine gives them, cut, in the language', () => {
    const a = fixture('resilience-weak');
    const { overall, dimensions } = scoreAssessment(scoreInputOf(a));
    for (const lang of ['de', 'en'] as const) {
      const summary = section(report(a, lang), 'summary');
      const figures = summary.blocks.find((b) => b.kind === 'figures')!;
      if (figures.kind !== 'figures') throw new Error('figures');
      expect(figures.items[0]!.value).toBe(String(displayOf(overall).score));
      const level = String(displayOf(overall).level!.toFixed(1));
      expect(figures.items[1]!.value).toBe(lang === 'de' ? level.replace('.', ',') : level);
    }
    const model = report(a, 'en');
    for (const d of dimensions) {
      const figures = section(model, `dimension:${d.id}`).blocks.find((b) => b.kind === 'figures')!;
      if (figures.kind !== 'figures') throw new Error('figures');
      expect(figures.items[0]!.value, `${d.id} score`).toBe(String(displayOf(d).score));
      expect(figures.items[1]!.value, `${d.id} level`).toBe(displayOf(d).level!.toFixed(1));
    }
  });

  it('says on the cover that a self-assessment is compared with targets, not graded', () => {
    const model = report(fixture('resilience-strong'), 'en');
    expect(section(model, 'cover').cover!.note).toContain('neither a grade nor an audit');
    expect(JSON.stringify(section(model, 'howToRead').blocks)).toContain('tends to rate high');
  });

  it('says in one sentence where the firm stands and where the plan is', () => {
    const a = fixture('resilience-weak');
    const { overall } = scoreAssessment(scoreInputOf(a));
    const first = section(report(a, 'en'), 'summary').blocks[0]!;
    if (first.kind !== 'paragraph') throw new Error('paragraph');
    expect(first.spans.map((s) => s.text).join('')).toContain(
      `stands at level ${displayOf(overall).level!.toFixed(1)}`,
    );
    expect(first.spans.some((s) => s.page === 'plan')).toBe(true);
  });

  it('takes the coaching prompts of the priority dimensions', () => {
    const a = fixture('resilience-weak');
    const result = scoreAssessment(scoreInputOf(a));
    const chosen = coachingDimensions(result);
    expect(result.priorities.length).toBeGreaterThan(PLAN_PRIORITIES);
    expect(chosen.map((c) => c.dimension)).toEqual(
      result.priorities.slice(0, PLAN_PRIORITIES).map((p) => p.dimension),
    );
    const coaching = texts(section(report(a), 'coaching').blocks);
    for (const d of a.questionnaire.dimensions)
      for (const prompt of d.prompts)
        expect(
          coaching.includes(localize(prompt, 'de')),
          `${d.id} prompt present iff it is a priority`,
        ).toBe(chosen.some((c) => c.dimension === d.id));
  });

  it(`adds the prompts of a dimension with ${DONT_KNOW_FOR_COACHING} or more "don't know" answers`, () => {
    const a = fixture('technology-readiness-strong');
    // Two "don't know" in T4, which has no gap in this fixture.
    const t4 = a.questionnaire.dimensions.find((d) => d.id === 'T4')!;
    const answers = { ...a.answers };
    for (const q of t4.questions.slice(0, 2))
      answers[q.id] = { kind: 'dontKnow', at: '2026-10-12T09:00:00.000Z' };
    const changed = { ...a, answers };
    const result = scoreAssessment(scoreInputOf(changed));
    expect(result.priorities).toEqual([]);
    expect(coachingDimensions(result)).toEqual([{ dimension: 'T4', reasons: ['dontKnow'] }]);
    const coaching = texts(section(report(changed), 'coaching').blocks);
    expect(coaching).toContain(localize(t4.prompts[0]!, 'de'));
    expect(coaching.join(' ')).toContain('2-mal „Weiß nicht“');

    // One "don't know" is not enough: with no gap either, the dimensions closest to target.
    const one = {
      ...a,
      answers: { ...a.answers, [t4.questions[0]!.id]: answers[t4.questions[0]!.id]! },
    };
    const closest = coachingDimensions(scoreAssessment(scoreInputOf(one)));
    expect(closest).toHaveLength(3);
    expect(closest.every((c) => c.reasons[0] === 'closest')).toBe(true);
  });

  it.each(FIXTURES)(
    'plans the first step of each top priority on one page and prints each measure once (%s)',
    (name) => {
      const a = fixture(name);
      const result = scoreAssessment(scoreInputOf(a));
      const model = report(a);
      const steps = firstSteps(result, a.questionnaire, PLAN_PRIORITIES);
      const top = result.priorities.slice(0, PLAN_PRIORITIES);
      expect(steps.map((m) => m.dimension).sort()).toEqual(
        top
          .filter(
            (p) =>
              measuresOf(
                a.questionnaire,
                result.dimensions.find((d) => d.id === p.dimension)!,
              ).length,
          )
          .map((p) => p.dimension)
          .sort(),
      );
      const inPlan = section(model, 'plan').blocks.flatMap((b) =>
        b.kind === 'measure' ? [b.measure] : [],
      );
      expect(inPlan.map((m) => m.title)).toEqual(
        steps.map((m) => localize(m.recommendation.title, 'de')),
      );
      const rank = inPlan.map((m) => ['quickWin', 'strategic', 'later'].indexOf(m.measureClass));
      expect(rank, 'quick wins, then strategic projects, then later').toEqual([...rank].sort());
      for (const m of steps)
        expect(
          inPlan.find((x) => x.title === localize(m.recommendation.title, 'de'))!.measureClass,
        ).toBe(classifyMeasure(m.recommendation.impact, m.recommendation.effort));

      // Every measure of a scored field stands in full exactly once; a step of the plan is
      // named in its field's section with the plan's page.
      const full = model.sections.flatMap((s) =>
        s.blocks.flatMap((b) => (b.kind === 'measure' ? [`${s.id}|${b.measure.title}`] : [])),
      );
      const titles = full.map((f) => f.split('|')[1]);
      for (const d of result.dimensions) {
        for (const m of measuresOf(a.questionnaire, d)) {
          const title = localize(m.recommendation.title, 'de');
          const isStep = steps.some((s) => s.recommendation === m.recommendation);
          expect(
            full.filter((f) => f === `${isStep ? 'plan' : `dimension:${d.id}`}|${title}`),
            title,
          ).toHaveLength(1);
          if (isStep) {
            const ref = section(model, `dimension:${d.id}`).blocks.find(
              (b) => b.kind === 'paragraph' && b.spans.some((s) => s.text === title),
            );
            expect(ref?.kind === 'paragraph' && ref.spans.some((s) => s.page === 'plan')).toBe(
              true,
            );
          }
        }
      }
      expect(new Set(titles).size, 'no measure twice').toBe(titles.length);
    },
  );

  it.each([
    ['high', 'low', 'quickWin'],
    ['medium', 'low', 'quickWin'],
    ['high', 'medium', 'strategic'],
    ['high', 'high', 'strategic'],
    ['low', 'low', 'later'],
    ['medium', 'medium', 'later'],
  ] as const)('marks impact %s, effort %s as %s', (impact, effort, cls) => {
    expect(classifyMeasure(impact, effort)).toBe(cls);
  });

  it('shows the portfolio only for one assessment of each questionnaire', () => {
    const r = fixture('resilience-weak');
    const t = fixture('technology-readiness-weak');
    const has = (m: ReportModel) =>
      JSON.stringify(m.sections.find((s) => s.kind === 'portfolio')?.blocks ?? []).includes(
        '"kind":"portfolio"',
      );
    expect(has(report(r, 'de', t))).toBe(true);
    expect(has(report(t, 'de', r))).toBe(true);
    expect(has(report(r))).toBe(false);
    expect(has(report(r, 'de', fixture('resilience-strong')))).toBe(false);
  });

  it('lists every question in the appendix, hidden ones included', () => {
    const a = fixture('technology-readiness-weak');
    const appendix = section(report(a, 'en'), 'appendix');
    const questions = appendix.blocks.flatMap((b) =>
      b.kind === 'answer' ? [b.entry.question] : [],
    );
    expect(questions).toEqual(
      a.questionnaire.dimensions.flatMap((d) => d.questions.map((q) => localize(q.text, 'en'))),
    );
  });
});
