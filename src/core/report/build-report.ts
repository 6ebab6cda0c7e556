// The report's content, built from an assessment and its scoring result: what a coach and the
// firm's management read, section by section, in the chosen language. Everything the report says
// is decided here (or in scoring and plan); src/report only lays it out and draws it.
import { namesCoaching, type CoachingContact } from '../common/hosting.ts';
import type { Assessment } from '../records/assessment.ts';
import type { Condition } from '../definition/conditions.ts';
import { conditionReferences } from '../definition/conditions.ts';
import { SERVICE_IDS, bandOfLevel, givenValue } from '../definition/model.ts';
import {
  classifyMeasure,
  firstSteps,
  measuresOf,
  quadrantOf,
  toChartData,
  type PlannedMeasure,
} from '../scoring/plan.ts';
import type {
  Dimension,
  Flag,
  Question,
  Questionnaire,
  Recommendation,
} from '../definition/questionnaire.ts';
import { answerWords, questionLevel } from '../present/answer-words.ts';
import { dayText, levelText, numberText, percentText, scoreText } from '../present/format.ts';
import type {
  Gauge,
  KeyFigure,
  Measure,
  ReportBlock,
  ReportModel,
  ReportSection,
  Span,
  TableCell,
  Translate,
  CoverContent,
} from './report-model.ts';
import {
  profileResolver,
  questionResolver,
  type DimensionScore,
  type ScoreResult,
} from '../scoring/scoring.ts';
import { cutLevel, displayOf, levelOf } from '../scoring/scoring.ts';
import type { FieldPosition } from '../study/benchmark.ts';
import { localize, type Bilingual, type Lang } from '../common/text.ts';
import { doneAt, onAxes, type PortfolioAxes } from '../scoring/portfolio.ts';

export type { ReportModel, Translate } from './report-model.ts';

/** The action plan covers the most urgent priorities, as the results screen does. */
export const PLAN_PRIORITIES = 3;
/** A dimension with this many "don't know" answers gets its coaching prompts in the report. */
export const DONT_KNOW_FOR_COACHING = 2;
/** The summary shows at most this many flags, the most severe first. */
const SUMMARY_FLAGS = 2;
const EPS = 1e-9;

export interface ScoredAssessment {
  assessment: Assessment;
  result: ScoreResult;
}

export interface ReportInput extends ScoredAssessment {
  /** The same firm's assessment of the other portfolio questionnaire, if there is one. */
  other?: ScoredAssessment | null | undefined;
  /** Which questionnaires span the portfolio, as the shipped ones declare it (`portfolioAxesOf`). */
  portfolio: PortfolioAxes | null;
  /** The profile facts marked `exposure` in the shipped profile (`exposureFactsOf`). */
  exposureFacts: readonly string[];
  /** The shipped profile's short names of its facts (`factNamesOf`), for older profiles. */
  factNames?: Readonly<Record<string, Bilingual>> | undefined;
  lang: Lang;
  t: Translate;
  /** The day printed on the report, YYYY-MM-DD (the caller's local day; core has no clock). */
  date: string;
  /** Where the fields stand in the region (from a benchmark file), if there is one. */
  region?: RegionStanding | null | undefined;
  /** Whom the firm calls for strategy coaching, as the host names them in hosting.json. */
  coaching?: CoachingContact | null | undefined;
}

/** The firm's fields against its segment of the region, for the report (study/benchmark.ts). */
export interface RegionStanding {
  /** The segment's name, e.g. "50–249 Beschäftigte". */
  segment: string;
  /** When the benchmark was made, worded ("November 2026"). */
  month: string;
  positions: FieldPosition[];
}

interface Ctx {
  lang: Lang;
  t: Translate;
  a: Assessment;
  q: Questionnaire;
  r: ScoreResult;
  other: ScoredAssessment | null;
  portfolio: PortfolioAxes | null;
  exposureFacts: readonly string[];
  factNames: Readonly<Record<string, Bilingual>>;
  firm: string;
  date: string;
  /** The host's contact for strategy coaching, when hosting.json names one. */
  coaching: CoachingContact | null;
  loc: (text: { de: string; en: string }) => string;
  dim: (id: string) => Dimension;
  score: (id: string) => DimensionScore;
  question: (id: string) => { question: Question; dimension: Dimension; number: string };
  levelName: (namedLevel: number) => string;
  /** The plan's first steps: printed in full there, referenced in their dimension's section. */
  steps: PlannedMeasure[];
}

function context(input: ReportInput): Ctx {
  const { assessment: a, result: r, lang, t } = input;
  const q = a.questionnaire;
  const dims = new Map(q.dimensions.map((d) => [d.id, d]));
  const scores = new Map(r.dimensions.map((d) => [d.id, d]));
  const questions = new Map<string, { question: Question; dimension: Dimension; number: string }>();
  for (const d of q.dimensions)
    d.questions.forEach((question, i) =>
      questions.set(question.id, { question, dimension: d, number: `${d.id}.${i + 1}` }),
    );
  return {
    lang,
    t,
    a,
    q,
    r,
    other: input.other ?? null,
    portfolio: input.portfolio,
    exposureFacts: input.exposureFacts,
    factNames: input.factNames ?? {},
    firm: a.firm?.name.trim() || t('report:cover.anonymous'),
    date: input.date,
    coaching: input.coaching && namesCoaching(input.coaching) ? input.coaching : null,
    loc: (text) => localize(text, lang),
    dim: (id) => dims.get(id)!,
    score: (id) => scores.get(id)!,
    question: (id) => questions.get(id)!,
    levelName: (n) => t(`common:level.${n}`),
    steps: firstSteps(r, q, PLAN_PRIORITIES),
  };
}

const p = (text: string, style: 'body' | 'lead' | 'small' | 'muted' | 'note' = 'body') =>
  ({ kind: 'paragraph', style, spans: [{ text }] }) as const satisfies ReportBlock;
/** An introduction kept on the page of what follows it. */
const intro = (text: string): ReportBlock => ({
  kind: 'paragraph',
  style: 'small',
  spans: [{ text }],
  keepWithNext: true,
});
const h2 = (text: string) => ({ kind: 'heading', level: 2, text }) as const satisfies ReportBlock;
const h3 = (text: string) => ({ kind: 'heading', level: 3, text }) as const satisfies ReportBlock;

const answeredDay = doneAt;

function dimensionLabel(c: Ctx, id: string): string {
  return `${id} ${c.loc(c.dim(id).title)}`;
}

// ---------------------------------------------------------------------------------------------
// Pieces used by several sections

function priorityReason(c: Ctx, p: ScoreResult['priorities'][number], withWeakest = true): string {
  const d = c.score(p.dimension);
  const base = c.t('report:priority.reason', {
    gap: levelText(p.gap, c.lang),
    target: d.target,
    level: levelText(p.level, c.lang),
    weight: numberText(p.weight, c.lang),
  });
  return p.weakest && withWeakest
    ? `${base} ${c.t('report:priority.weakest', { question: c.loc(c.question(p.weakest).question.text) })}`
    : base;
}

function strengthReason(c: Ctx, s: ScoreResult['strengths'][number]): string {
  const d = c.score(s.dimension);
  const params = {
    level: levelText(d.level ?? 0, c.lang),
    target: d.target,
    margin: levelText(Math.abs(s.margin), c.lang),
  };
  if (s.relative) return c.t('report:strength.relative', params);
  if (s.margin < 0.1 - EPS) return c.t('report:strength.atTarget', params);
  return c.t('report:strength.above', params);
}

function flagBlock(
  c: Ctx,
  flag: Flag,
  q: Questionnaire,
  extra: { detail?: string; compact?: boolean } = {},
): ReportBlock {
  const dim = q.dimensions.find((d) => d.id === flag.dimension);
  return {
    kind: 'flag',
    severity: flag.severity,
    label: c.t(`common:severity.${flag.severity}`),
    dimension: dim ? `${dim.id} ${c.loc(dim.title)}` : flag.dimension,
    text: c.loc(flag.message),
    ...extra,
  };
}

function flagDef(q: Questionnaire, id: string): Flag {
  return q.flags.find((f) => f.id === id)!;
}

function measureOf(c: Ctx, r: Recommendation, dimension?: string): Measure {
  const cls = classifyMeasure(r.impact, r.effort);
  const meta: Span[] = [
    { text: c.t(`common:horizon.${r.horizon}`), bold: true },
    { text: ` · ${c.t('report:measure.impact', { value: c.t(`common:rating.${r.impact}`) })}` },
    { text: ` · ${c.t('report:measure.effort', { value: c.t(`common:rating.${r.effort}`) })}` },
    {
      text: ` · ${c.t('report:measure.services', {
        list: r.services.map((s) => c.t(`common:service.${s}`)).join(', '),
      })}`,
    },
  ];
  return {
    title: c.loc(r.title),
    text: c.loc(r.text),
    measureClass: cls,
    classLabel: c.t(`report:class.${cls}`),
    meta,
    ...(dimension ? { dimension } : {}),
  };
}

function plannedMeasure(c: Ctx, m: PlannedMeasure): Measure {
  const measure = measureOf(c, m.recommendation, dimensionLabel(c, m.dimension));
  // The plan's own class, so report and screen never disagree.
  return { ...measure, measureClass: m.class, classLabel: c.t(`report:class.${m.class}`) };
}

function overviewTable(c: Ctx, result: ScoreResult, q: Questionnaire, full: boolean): ReportBlock {
  const t = c.t;
  const columns = full
    ? [
        { label: t('report:table.dimension'), width: 0.4 },
        { label: t('report:table.score'), width: 0.1, align: 'right' as const },
        { label: t('report:table.level'), width: 0.2 },
        { label: t('report:table.target'), width: 0.1, align: 'right' as const },
        { label: t('report:table.gap'), width: 0.08, align: 'right' as const },
        { label: t('report:table.answered'), width: 0.12, align: 'right' as const },
      ]
    : [
        { label: t('report:table.dimension'), width: 0.62 },
        { label: t('report:table.level'), width: 0.19, align: 'right' as const },
        { label: t('report:table.target'), width: 0.19, align: 'right' as const },
      ];
  const rows = result.dimensions.map((d, i): TableCell[] => {
    const dim = q.dimensions[i]!;
    const shown = displayOf(d);
    const title: TableCell = { text: `${d.id} ${c.loc(dim.title)}` };
    const level: TableCell =
      d.level === null
        ? { text: t('report:notAssessed'), tone: 'neutral' }
        : full
          ? {
              text: levelText(d.level, c.lang),
              tone: 'actual',
              detail: c.levelName(shown.namedLevel!),
            }
          : { text: levelText(d.level, c.lang), bold: true, tone: 'actual' };
    if (!full) return [title, level, { text: String(d.target), tone: 'target' }];
    return [
      title,
      { text: shown.score === null ? '–' : String(shown.score), bold: true },
      level,
      { text: String(d.target) },
      {
        text: d.gap === null ? '–' : levelText(d.gap, c.lang),
        ...((d.gap ?? 0) > 0 ? { tone: 'target' as const } : {}),
      },
      { text: `${percentText(d.completeness)} %` },
    ];
  });
  return { kind: 'table', columns, rows, ...(full ? {} : { compact: true }) };
}

function radarBlock(c: Ctx): ReportBlock {
  return {
    kind: 'radar',
    axes: toChartData(c.r, c.q).map((pt) => ({
      id: pt.dimension,
      title: c.loc(pt.title),
      level: pt.level,
      display: pt.level === null ? '–' : levelText(pt.level, c.lang),
      target: pt.target,
    })),
    legend: { actual: c.t('report:chart.actual'), target: c.t('report:chart.target') },
    caption: c.t('report:chart.radarCaption'),
  };
}

/** The two assessments on the portfolio's axes; null unless they span it. */
function portfolioPair(c: Ctx): { x: ScoredAssessment; y: ScoredAssessment } | null {
  if (!c.other) return null;
  return onAxes(
    c.portfolio,
    { questionnaireId: c.q.id, item: { assessment: c.a, result: c.r } },
    { questionnaireId: c.other.assessment.questionnaire.id, item: c.other },
  );
}

// ---------------------------------------------------------------------------------------------
// Sections

/** The host's contact for strategy coaching in one line ("Dr. A. Beispiel, IHK Chemnitz · Tel. …"). */
function coachingLine(c: Ctx): string | null {
  if (!c.coaching) return null;
  const { name, organisation, phone, email, bookingUrl } = c.coaching;
  const who = [name, organisation].filter(Boolean).join(', ');
  const how = [phone && c.t('report:contact.phone', { phone }), email, bookingUrl].filter(Boolean);
  return c.t('report:contact.named', { contact: [who, ...how].filter(Boolean).join(' · ') });
}

/** What every report's cover says of the initiative, with the initiative's site as the contact. */
export function initiativeCover(t: Translate) {
  return {
    initiative: t('common:initiative'),
    partners: t('report:cover.partners'),
    funding: t('report:cover.funding'),
    kicker: t('common:appName'),
    contact: t('report:cover.contact'),
    contactUrl: 'https://itas-projekt.de',
    contentsTitle: t('report:cover.contents'),
  } satisfies Partial<CoverContent>;
}

function cover(c: Ctx, total: number, answered: number): ReportSection {
  const t = c.t;
  const facts = [
    { label: t('report:cover.role'), value: t(`common:role.${c.a.role}`) },
    { label: t('report:cover.answeredOn'), value: dayText(answeredDay(c.a), c.lang) },
    {
      label: t('report:cover.completeness'),
      value: t('report:cover.completenessValue', {
        percent: percentText(c.r.overall.completeness),
        answered,
        total,
      }),
    },
    {
      label: t('report:cover.questionnaire'),
      value: t('report:cover.questionnaireValue', {
        title: c.loc(c.q.title),
        version: c.q.version,
      }),
    },
    { label: t('report:cover.date'), value: dayText(c.date, c.lang) },
  ];
  return {
    id: 'cover',
    kind: 'cover',
    title: t('report:cover.title'),
    blocks: [],
    cover: {
      ...initiativeCover(t),
      title: c.loc(c.q.title),
      questionnaire: t('report:cover.subtitle'),
      firm: c.firm,
      facts,
      note: t('report:cover.note'),
      ...(c.coaching ? { contact: coachingLine(c)!, contactUrl: c.coaching.bookingUrl } : {}),
    },
  };
}

function summaryFlags(c: Ctx): ReportBlock[] {
  const fired = c.r.flags;
  if (fired.length === 0) return [p(c.t('report:summary.noFlags'), 'muted')];
  const worst = fired[0]!.severity;
  return fired
    .filter((f) => f.severity === worst)
    .slice(0, SUMMARY_FLAGS)
    .map((f) => flagBlock(c, flagDef(c.q, f.id), c.q));
}

function summary(c: Ctx): ReportSection {
  const t = c.t;
  const { overall } = c.r;
  const shown = displayOf(overall);
  const scored = c.r.dimensions.filter((d) => d.level !== null);
  const reached = scored.filter((d) => (d.gap ?? 0) <= 0).length;
  const critical = c.r.flags.filter((f) => f.severity === 'critical').length;
  const figures: KeyFigure[] = [
    {
      label: t('report:summary.index'),
      value: shown.score === null ? '–' : String(shown.score),
      detail: shown.score === null ? t('report:noScore') : t('report:summary.indexDetail'),
      tone: 'actual',
    },
    {
      label: t('report:summary.level'),
      value: overall.level === null ? '–' : levelText(overall.level, c.lang),
      detail: shown.namedLevel === null ? t('report:noScore') : c.levelName(shown.namedLevel),
      tone: 'actual',
    },
    {
      label: t('report:summary.reached'),
      value: t('report:summary.reachedValue', { reached, total: scored.length }),
      detail: t('report:summary.reachedDetail'),
    },
    {
      label: t('report:summary.flags'),
      value: String(c.r.flags.length),
      detail: critical
        ? t('report:summary.flagsDetail', { critical })
        : t('report:summary.flagsNone'),
      tone: critical > 0 ? 'critical' : 'neutral',
    },
  ];

  const standing: Span[] =
    overall.level === null
      ? [{ text: t('report:summary.standingNone', { firm: c.firm }), bold: true }]
      : [
          {
            text: t(
              c.r.priorities.length ? 'report:summary.standing' : 'report:summary.standingReached',
              {
                firm: c.firm,
                level: levelText(overall.level, c.lang),
                name: c.levelName(shown.namedLevel!),
                reached,
                total: scored.length,
              },
            ),
            bold: true,
          },
          ...(c.r.priorities.length
            ? [
                { text: ' ', bold: true },
                { text: '', bold: true, page: 'plan' },
                { text: '.', bold: true },
              ]
            : []),
        ];
  const blocks: ReportBlock[] = [
    // Who answered when, and how completely, stands on the cover.
    { kind: 'paragraph', style: 'body', spans: standing },
    { kind: 'figures', items: figures },
    {
      kind: 'columns',
      widths: [0.38, 0.62],
      columns: [[radarBlock(c)], [overviewTable(c, c.r, c.q, false)]],
    },
  ];

  blocks.push({
    kind: 'columns',
    columns: [
      [
        {
          kind: 'ranked',
          title: t('report:summary.strengths'),
          empty: t('report:noScore'),
          items: c.r.strengths.map((s) => ({
            title: dimensionLabel(c, s.dimension),
            reason: strengthReason(c, s),
            tone: 'actual' as const,
          })),
        },
      ],
      [
        {
          kind: 'ranked',
          title: t('report:summary.priorities'),
          empty: t('report:summary.noPriorities'),
          items: c.r.priorities.slice(0, 3).map((pr) => ({
            title: dimensionLabel(c, pr.dimension),
            reason: priorityReason(c, pr, false),
            tone: 'target' as const,
          })),
        },
      ],
    ],
  });
  // With both questionnaires: where the firm stands in the portfolio, in a line.
  const pair = portfolioPair(c);
  const x = pair?.x.result.overall.score ?? null;
  const y = pair?.y.result.overall.score ?? null;
  if (x !== null && y !== null)
    blocks.push({
      kind: 'paragraph',
      style: 'body',
      spans: [
        { text: `${t('report:portfolio.short')}: `, bold: true },
        { text: `${t(`results:portfolio.quadrant.${quadrantOf(x, y)}.name`)} – ` },
        { text: t('results:portfolio.position', { x: scoreText(x), y: scoreText(y) }) },
        { text: ` (${t('report:page')} ` },
        { text: '', page: 'portfolio' },
        { text: ').' },
      ],
    });
  blocks.push(h2(t('report:summary.flagsTitle')), ...summaryFlags(c));
  return { id: 'summary', kind: 'summary', title: t('report:summary.title'), blocks };
}

function portfolioBlocks(
  c: Ctx,
  pair: { x: ScoredAssessment; y: ScoredAssessment },
): ReportBlock[] {
  const t = c.t;
  const x = pair.x.result.overall.score ?? 0;
  const y = pair.y.result.overall.score ?? 0;
  const quadrant = quadrantOf(x, y);
  const quadrants = {
    robustReady: t('results:portfolio.quadrant.robustReady.name'),
    robustNotReady: t('results:portfolio.quadrant.robustNotReady.name'),
    vulnerableReady: t('results:portfolio.quadrant.vulnerableReady.name'),
    vulnerableNotReady: t('results:portfolio.quadrant.vulnerableNotReady.name'),
  };
  return [
    {
      kind: 'portfolio',
      x,
      y,
      xLabel: t('results:portfolio.xAxis'),
      yLabel: t('results:portfolio.yAxis'),
      quadrants,
      current: quadrant,
    },
  ];
}

/** Thresholds of numeric comparisons on a profile fact, from the flags of a questionnaire. */
function thresholds(flags: Flag[], fact: string): number[] {
  const out = new Set<number>();
  for (const f of flags)
    for (const ref of conditionReferences(f.when as Condition))
      if (ref.kind === 'profile' && ref.id === fact)
        for (const op of ['lt', 'lte', 'gt', 'gte'] as const) {
          const v = ref.condition[op];
          if (typeof v === 'number') out.add(v);
        }
  return [...out].sort((a, b) => a - b);
}

function profileFactsOf(flag: Flag): string[] {
  return [
    ...new Set(
      conditionReferences(flag.when as Condition)
        .filter((r) => r.kind === 'profile')
        .map((r) => r.id),
    ),
  ];
}

/** The profile's answers in words, and short labels for the facts flags look at. */
function profileWords(c: Ctx) {
  const t = c.t;
  const def = c.a.profileDefinition;
  const visible = profileResolver(def, c.a.profile);
  const value = (id: string) => {
    const q = def.questions.find((x) => x.id === id);
    if (!q) return id;
    return answerWords(q, c.a.profile[id], visible.isVisible(id), c.lang, t)
      .spans.map((s) => s.text)
      .join('');
  };
  // A fact by its short name: the embedded profile's, else the shipped one's, else the question.
  const label = (id: string) => {
    const q = def.questions.find((x) => x.id === id);
    const short = q?.short ?? c.factNames[id];
    return short ? c.loc(short) : q ? c.loc(q.text) : id;
  };
  /** "Beteiligte Profilangaben: …" for a flag that looks at profile facts, else nothing. */
  const triggeredBy = (flag: Flag): { detail?: string } => {
    const facts = profileFactsOf(flag);
    if (facts.length === 0) return {};
    return {
      detail: t('report:profile.triggeredBy', {
        list: facts.map((id) => `${label(id)}: ${value(id)}`).join(' · '),
      }),
    };
  };
  return { def, visible, value, label, triggeredBy };
}

function profile(c: Ctx): ReportSection {
  const t = c.t;
  const { def, visible, label, triggeredBy } = profileWords(c);

  // Fired flags of both questionnaires whose condition looks at profile facts.
  const sets = [{ assessment: c.a, result: c.r }, ...(c.other ? [c.other] : [])];
  const fired = sets.flatMap(({ assessment, result }) =>
    result.flags.map((f) => ({
      flag: flagDef(assessment.questionnaire, f.id),
      q: assessment.questionnaire,
    })),
  );
  const allFlags = sets.flatMap(({ assessment }) => assessment.questionnaire.flags);

  const gauges: Gauge[] = c.exposureFacts
    .filter((id) => def.questions.some((q) => q.id === id))
    .map((id) => {
      const raw = visible.isVisible(id) ? givenValue(c.a.profile[id]) : undefined;
      const value = typeof raw === 'number' ? Math.min(100, Math.max(0, raw)) : null;
      return {
        label: label(id),
        value,
        display: value === null ? t('common:answer.unanswered') : `${numberText(value, c.lang)} %`,
        marks: thresholds(allFlags, id).map((at) => ({ at, label: `${numberText(at, c.lang)} %` })),
        flags: fired
          .filter(({ flag }) => profileFactsOf(flag).includes(id))
          .map(({ flag, q }) => {
            const dim = q.dimensions.find((d) => d.id === flag.dimension);
            return {
              severity: flag.severity,
              label: t(`common:severity.${flag.severity}`),
              text: dim ? `${dim.id} ${c.loc(dim.title)}` : flag.dimension,
            };
          }),
      };
    });

  const blocks: ReportBlock[] = [
    p(t('report:profile.intro')),
    intro(t('report:profile.exposureIntro')),
    {
      kind: 'gauges',
      items: gauges,
      triggers: t('report:profile.triggers'),
      none: t('report:profile.noTrigger'),
    },
  ];
  // This questionnaire's flags stand in full in their fields' sections; the other
  // questionnaire's have no section in this report, so those that look at the profile stand here.
  const rank = { critical: 0, warning: 1, info: 2 } as const;
  const otherFlags = fired
    .filter(({ flag, q }) => q !== c.q && profileFactsOf(flag).length > 0)
    .sort((x, y) => rank[x.flag.severity] - rank[y.flag.severity]);
  if (otherFlags.length) blocks.push(h3(t('report:profile.otherFlagsTitle')));
  for (const { flag, q } of otherFlags) blocks.push(flagBlock(c, flag, q, triggeredBy(flag)));
  return {
    id: 'profile',
    kind: 'profile',
    title: t('report:profile.exposureTitle'),
    blocks,
    flow: true,
  };
}

/** Both questionnaires on the portfolio, and the other one's fields; only when both exist. */
function portfolioSection(c: Ctx): ReportSection | null {
  if (!c.other) return null;
  const t = c.t;
  const o = c.other;
  const shown = displayOf(o.result.overall);
  const blocks: ReportBlock[] = [];
  const pair = portfolioPair(c);
  const x = pair?.x.result.overall.score ?? null;
  const y = pair?.y.result.overall.score ?? null;
  if (pair && x !== null && y !== null) {
    const quadrant = quadrantOf(x, y);
    blocks.push({
      kind: 'columns',
      widths: [0.45, 0.55],
      columns: [
        portfolioBlocks(c, pair),
        [
          {
            kind: 'paragraph',
            style: 'body',
            spans: [
              { text: `${t(`results:portfolio.quadrant.${quadrant}.name`)}: `, bold: true },
              { text: t(`results:portfolio.quadrant.${quadrant}.text`) },
            ],
          },
          p(
            `${t('results:portfolio.position', { x: scoreText(x), y: scoreText(y) })}. ${t('report:portfolio.explain')}`,
            'muted',
          ),
        ],
      ],
    });
  } else if (pair) blocks.push(p(t('report:portfolio.noScore'), 'muted'));
  blocks.push(
    h2(
      t('report:profile.otherTitle', {
        title: localize(o.assessment.questionnaire.title, c.lang),
      }),
    ),
    p(
      t('report:profile.otherIntro', {
        role: t(`common:role.${o.assessment.role}`),
        date: dayText(answeredDay(o.assessment), c.lang),
        score: shown.score === null ? '–' : String(shown.score),
        level: o.result.overall.level === null ? '–' : levelText(o.result.overall.level, c.lang),
        name: shown.namedLevel === null ? t('report:noScore') : c.levelName(shown.namedLevel),
      }),
    ),
    overviewTable(c, o.result, o.assessment.questionnaire, true),
  );
  return {
    id: 'portfolio',
    kind: 'portfolio',
    title: t(pair ? 'report:portfolio.title' : 'report:portfolio.otherOnly'),
    blocks,
    flow: true,
  };
}

function dimensionSection(c: Ctx, d: DimensionScore): ReportSection {
  const t = c.t;
  const dim = c.dim(d.id);
  const shown = displayOf(d);
  const rank = c.r.priorities.findIndex((pr) => pr.dimension === d.id);
  const figures: KeyFigure[] = [
    {
      label: t('report:dimension.score'),
      value: shown.score === null ? '–' : String(shown.score),
      detail: shown.score === null ? t('report:notAssessed') : t('report:summary.indexDetail'),
      tone: 'actual',
    },
    {
      label: t('report:dimension.level'),
      value: d.level === null ? '–' : levelText(d.level, c.lang),
      detail: shown.namedLevel === null ? t('report:notAssessed') : c.levelName(shown.namedLevel),
      tone: 'actual',
    },
    {
      label: t('report:dimension.target'),
      value: String(d.target),
      detail:
        d.gap === null
          ? c.levelName(d.target)
          : d.gap > 0
            ? t('report:dimension.gapDetail', { gap: levelText(d.gap, c.lang) })
            : t('report:dimension.reached'),
      tone: 'target',
    },
    {
      label: t('report:dimension.answered'),
      value: `${percentText(d.completeness)} %`,
      detail: t('report:dimension.answeredDetail', {
        answered: d.answered,
        total: d.visibleScored,
      }),
    },
    {
      label: t('report:dimension.priority'),
      value: rank >= 0 ? t('report:dimension.rankValue', { rank: rank + 1 }) : '–',
      detail:
        rank >= 0
          ? t('report:dimension.rankDetail', { total: c.r.priorities.length })
          : t('report:dimension.noPriority'),
      ...(rank >= 0 ? { tone: 'target' as const } : {}),
    },
  ];
  const blocks: ReportBlock[] = [
    p(c.loc(dim.description), 'muted'),
    { kind: 'figures', items: figures, compact: true },
  ];

  const bars = d.questions
    .map((qs, i) => ({ qs, question: dim.questions[i]!, number: `${d.id}.${i + 1}` }))
    .filter(({ qs }) => qs.visible && qs.scored)
    .map(({ qs, question, number }) => {
      const lvl = questionLevel(qs, c.lang, t);
      return {
        number,
        text: c.loc(question.text),
        level: lvl.level,
        display: lvl.display,
        weakest: qs.id === d.weakest,
      };
    });
  blocks.push({
    kind: 'questionBars',
    title: t('report:dimension.answersTitle'),
    target: d.target,
    targetLabel: t('report:chart.targetShort', { target: d.target }),
    rows: bars,
    weakest: t('report:dimension.weakestTag'),
  });
  if (d.level === null) blocks.push(p(t('report:dimension.notAssessed'), 'muted'));
  if (d.flags.length) {
    const { triggeredBy } = profileWords(c);
    blocks.push(h3(t('report:dimension.flagsTitle')));
    for (const id of d.flags) {
      const flag = flagDef(c.q, id);
      blocks.push(flagBlock(c, flag, c.q, triggeredBy(flag)));
    }
  }
  if (d.band === null || d.namedLevel === null) {
    blocks.push(h3(t('report:dimension.recommendationsTitle')));
    blocks.push(p(t('report:dimension.noRecommendations'), 'muted'));
  } else {
    blocks.push(h3(t(`report:dimension.band.${bandOfLevel(d.namedLevel)}`)));
    // A measure of the plan stands there in full; here it is named with its page.
    for (const r of dim.recommendations[d.band]) {
      const inPlan = c.steps.some((m) => m.recommendation === r && m.dimension === d.id);
      blocks.push(
        inPlan
          ? {
              kind: 'paragraph',
              style: 'small',
              spans: [
                { text: '→ ', bold: true, tone: 'actual' },
                { text: c.loc(r.title), bold: true },
                { text: ` ${t('report:dimension.inPlan')} ` },
                { text: '', page: 'plan' },
                { text: '.' },
              ],
            }
          : { kind: 'measure', measure: measureOf(c, r) },
      );
    }
  }
  return {
    id: `dimension:${d.id}`,
    kind: 'dimension',
    title: c.loc(dim.title),
    number: d.id,
    eyebrow: t('report:dimension.eyebrow', { id: d.id, weight: numberText(d.weight, c.lang) }),
    blocks,
    flow: true,
  };
}

function plan(c: Ctx): ReportSection {
  const t = c.t;
  const top = c.r.priorities.slice(0, PLAN_PRIORITIES);
  const blocks: ReportBlock[] = [];
  if (top.length === 0) {
    blocks.push(p(t('report:plan.noPriorities')), p(t('report:plan.noMeasures'), 'small'));
  } else {
    blocks.push(
      p(
        t('report:plan.lead', {
          n: top.length,
          list: top.map((pr) => dimensionLabel(c, pr.dimension)).join(', '),
        }),
        'lead',
      ),
      intro(t('report:plan.stepsIntro')),
      ...c.steps.map((m): ReportBlock => ({ kind: 'measure', measure: plannedMeasure(c, m) })),
    );
    // The other measures of these fields, by title and the page where they stand in full.
    const more = top.flatMap((pr) => {
      const scored = c.score(pr.dimension);
      return measuresOf(c.q, scored)
        .filter((m) => !c.steps.some((s) => s.recommendation === m.recommendation))
        .map((m) => ({ m, dimension: pr.dimension }));
    });
    if (more.length) {
      blocks.push(h3(t('report:plan.moreTitle')));
      blocks.push({
        kind: 'bullets',
        items: more.map(({ m, dimension }) => [
          { text: c.loc(m.recommendation.title), bold: true },
          { text: ` (${c.t(`report:class.${m.class}`)}) – ${dimension}, ${t('report:page')} ` },
          { text: '', page: `dimension:${dimension}` },
        ]),
      });
    }
  }
  const named = coachingLine(c);
  blocks.push(h3(t('report:plan.contactTitle')));
  blocks.push(p(named ? `${named}. ${t('report:plan.coachingFree')}` : t('report:plan.contact')));
  return { id: 'plan', kind: 'plan', title: t('report:plan.title'), blocks };
}

/** The dimensions whose prompts go into the coaching section, with the reason why. */
export function coachingDimensions(
  result: ScoreResult,
): { dimension: string; reasons: ('priority' | 'dontKnow' | 'closest')[] }[] {
  const chosen = new Map<string, ('priority' | 'dontKnow' | 'closest')[]>();
  // The fields of the plan, as the plan names them; the rest wait for a later session.
  for (const pr of result.priorities.slice(0, PLAN_PRIORITIES))
    chosen.set(pr.dimension, ['priority']);
  for (const d of result.dimensions)
    if (d.dontKnow.length >= DONT_KNOW_FOR_COACHING)
      chosen.set(d.id, [...(chosen.get(d.id) ?? []), 'dontKnow']);
  if (chosen.size === 0) {
    // No gap and no blind spot: the dimensions closest to (least above) their targets.
    result.dimensions
      .filter((d) => d.level !== null)
      .map((d) => ({ id: d.id, margin: (d.level ?? 0) - d.target, order: d.order }))
      .sort((a, b) =>
        Math.abs(a.margin - b.margin) > EPS ? a.margin - b.margin : a.order - b.order,
      )
      .slice(0, 3)
      .forEach((d) => chosen.set(d.id, ['closest']));
  }
  const order = (id: string) => {
    const rank = result.priorities.findIndex((pr) => pr.dimension === id);
    const d = result.dimensions.find((x) => x.id === id)!;
    return rank >= 0 ? rank : result.priorities.length + d.order;
  };
  return [...chosen.entries()]
    .sort((a, b) => order(a[0]) - order(b[0]))
    .map(([dimension, reasons]) => ({ dimension, reasons }));
}

function coaching(c: Ctx): ReportSection {
  const t = c.t;
  // Who answered belongs to the introduction: one view, and the advice to ask for more.
  const blocks: ReportBlock[] = [
    p(t('report:coaching.intro'), 'small'),
    p(
      t('report:coaching.who', {
        role: t(`common:role.${c.a.role}`),
        date: dayText(answeredDay(c.a), c.lang),
      }),
      'small',
    ),
  ];
  for (const { dimension, reasons } of coachingDimensions(c.r)) {
    const d = c.score(dimension);
    const rank = c.r.priorities.findIndex((pr) => pr.dimension === dimension);
    const why = reasons.map((r) =>
      r === 'priority'
        ? t('report:coaching.reason.priority', {
            rank: rank + 1,
            gap: levelText(d.gap ?? 0, c.lang),
          })
        : r === 'dontKnow'
          ? t('report:coaching.reason.dontKnow', { n: d.dontKnow.length })
          : t('report:coaching.reason.closest', {
              level: levelText(d.level ?? 0, c.lang),
              target: d.target,
            }),
    );
    blocks.push(h2(dimensionLabel(c, dimension)));
    blocks.push(p(why.join(' · '), 'small'));
    blocks.push({
      kind: 'bullets',
      numbered: true,
      keepWithNext: true,
      items: c.dim(dimension).prompts.map((pr) => [{ text: c.loc(pr) }]),
    });
    blocks.push({ kind: 'noteLines', lines: 1, label: t('report:coaching.notes') });
  }

  // Open questions only when there are any: an empty heading would only take room.
  if (c.r.dontKnow.length) {
    blocks.push(h2(t('report:coaching.openTitle')));
    blocks.push(intro(t('report:coaching.openIntro')));
    blocks.push({
      kind: 'bullets',
      items: c.r.dontKnow.map((dk) => {
        const w = c.question(dk.question);
        return [{ text: `${w.number} `, bold: true }, { text: c.loc(w.question.text) }];
      }),
    });
  }
  if (c.r.blindSpots.length)
    blocks.push(
      p(
        t('report:coaching.blindSpots', {
          list: c.r.blindSpots.map((id) => dimensionLabel(c, id)).join(', '),
        }),
      ),
    );

  blocks.push(h2(t('report:coaching.bringTitle')));
  // One item a line: the list is as long as the text makes it.
  const bring: Span[][] = t('report:coaching.bring')
    .split('\n')
    .map((text) => [{ text }]);
  // The open questions' answers only when there are open questions; a second view from another
  // function is what the "who answered" paragraph above asks for.
  if (c.r.dontKnow.length) bring.push([{ text: t('report:coaching.bringOpen') }]);
  if (!portfolioPair(c)) bring.push([{ text: t('report:coaching.bringOther') }]);
  blocks.push({ kind: 'bullets', items: bring });
  blocks.push({ kind: 'noteLines', lines: 3, label: t('report:coaching.notesTitle') });
  return {
    id: 'coaching',
    kind: 'coaching',
    title: t('report:coaching.title'),
    blocks,
    flow: true,
  };
}

function howToRead(c: Ctx): ReportSection {
  const t = c.t;
  const blocks: ReportBlock[] = [
    p(t('report:howToRead.intro'), 'small'),
    h2(t('report:howToRead.scaleTitle')),
    {
      kind: 'levelScale',
      levels: [1, 2, 3, 4, 5].map((level) => ({
        level,
        name: c.levelName(level),
        text: t(`report:howToRead.scale.${level}`),
      })),
    },
  ];
  // The services before the topics: a table breaks between rows and fills the page where a pair
  // of topics (a block of its own) would leave a gap.
  blocks.push(h2(t('report:plan.servicesTitle')), intro(t('report:plan.servicesAll')));
  blocks.push({
    kind: 'table',
    columns: [
      { label: t('report:plan.service'), width: 0.3 },
      { label: t('report:plan.serviceWhat'), width: 0.7 },
    ],
    rows: SERVICE_IDS.map((s) => [
      { text: t(`common:service.${s}`), bold: true },
      { text: t(`report:service.${s}`) },
    ]),
    compact: true,
  });
  // Six short topics, two side by side (a short measure, half the pages); each pair as two rows,
  // title and first paragraph, then the second paragraph, so that a page may break between them.
  for (const pair of [
    ['scores', 'dontKnow'],
    ['targets', 'measures'],
  ]) {
    blocks.push({
      kind: 'columns',
      columns: pair.map((id) => [
        h3(t(`report:howToRead.${id}.title`)),
        p(t(`report:howToRead.${id}.text1`), 'small'),
      ]),
    });
    blocks.push({
      kind: 'columns',
      columns: pair.map((id) => [p(t(`report:howToRead.${id}.text2`), 'small')]),
    });
  }
  // What a self-assessment can do, across the text width; the data in the file is told where
  // the data stands, in the appendix.
  blocks.push(
    h3(t('report:howToRead.honest.title')),
    p(t('report:howToRead.honest.text'), 'small'),
  );
  return {
    id: 'howToRead',
    kind: 'howToRead',
    title: t('report:howToRead.title'),
    blocks,
    flow: true,
  };
}

function appendix(c: Ctx): ReportSection {
  const t = c.t;
  const visible = questionResolver({
    questionnaire: c.q,
    profileDefinition: c.a.profileDefinition,
    answers: c.a.answers,
    profileAnswers: c.a.profile,
  });
  const words = profileWords(c);
  const blocks: ReportBlock[] = [
    p(t('report:appendix.intro'), 'small'),
    h3(t('report:howToRead.data.title')),
    p(t('report:howToRead.data.text'), 'small'),
    h2(t('report:profile.title')),
    {
      kind: 'table',
      columns: [
        { label: t('report:profile.question'), width: 0.6 },
        { label: t('report:profile.answer'), width: 0.4 },
      ],
      rows: words.def.questions.map((q) => {
        const shown = answerWords(q, c.a.profile[q.id], words.visible.isVisible(q.id), c.lang, t);
        return [
          { text: c.loc(q.text) },
          {
            text: shown.spans.map((s) => s.text).join(''),
            ...(shown.muted ? { tone: 'neutral' as const } : { bold: true }),
          },
        ];
      }),
    },
  ];
  for (const dim of c.q.dimensions) {
    blocks.push(h2(dimensionLabel(c, dim.id)));
    dim.questions.forEach((q, i) => {
      const words = answerWords(q, c.a.answers[q.id], visible.isVisible(q.id), c.lang, t);
      const note = c.a.notes[q.id]?.text.trim();
      blocks.push({
        kind: 'answer',
        entry: {
          number: `${dim.id}.${i + 1}`,
          question: c.loc(q.text),
          answer: words.spans,
          ...(words.description ? { description: words.description } : {}),
          ...(note ? { note: t('report:appendix.note', { note }) } : {}),
          muted: words.muted,
        },
      });
    });
  }
  return { id: 'appendix', kind: 'appendix', title: t('report:appendix.title'), blocks };
}

function regionSection(c: Ctx, region: RegionStanding): ReportSection {
  const t = c.t;
  const level = (score: number) => levelText(cutLevel(levelOf(score)), c.lang);
  return {
    id: 'region',
    kind: 'region',
    flow: true,
    title: t('report:region.title'),
    blocks: [
      p(t('report:region.intro', { segment: region.segment, month: region.month })),
      {
        kind: 'table',
        columns: [
          { label: t('report:region.field'), width: 0.38 },
          { label: t('report:region.position'), width: 0.22 },
          { label: t('report:region.median'), width: 0.11, align: 'right' },
          { label: t('report:region.middleHalf'), width: 0.14, align: 'right' },
          { label: t('report:region.firms'), width: 0.15, align: 'right' },
        ],
        rows: region.positions.map((pos) => [
          { text: dimensionLabel(c, pos.dimension) },
          { text: t(`report:region.${pos.position}`), bold: pos.position !== 'middle' },
          { text: level(pos.spread.median) },
          { text: `${level(pos.spread.q1)}–${level(pos.spread.q3)}` },
          { text: String(pos.n) },
        ]),
      },
      p(t('report:region.help'), 'muted'),
    ],
  };
}

export function buildReport(input: ReportInput): ReportModel {
  const c = context(input);
  const t = c.t;
  const total = c.r.overall.visibleScored;
  const sections: ReportSection[] = [
    cover(c, total, c.r.overall.answered),
    summary(c),
    plan(c),
    ...(input.region?.positions.length ? [regionSection(c, input.region)] : []),
    profile(c),
    ...[portfolioSection(c)].filter((x) => x !== null),
    ...c.r.dimensions.map((d) => dimensionSection(c, d)),
    coaching(c),
    howToRead(c),
    appendix(c),
  ];
  const title = c.loc(c.q.title);
  return {
    lang: c.lang,
    meta: {
      title: t('report:meta.title', { questionnaire: title, firm: c.firm }),
      // The questionnaire's version rides in the subject and in every page's footer.
      subject: t('report:meta.subject', { questionnaire: `${title} ${c.q.version}` }),
      author: c.firm,
      keywords: t('report:meta.keywords'),
      creator: t('common:appName'),
      language: c.lang === 'de' ? 'de-DE' : 'en-GB',
      date: c.date,
    },
    header: { left: `${c.firm} · ${title}`, right: dayText(c.date, c.lang) },
    footer: {
      left: `${t('report:footer.left')} · ${t('report:footer.questionnaire', { version: c.q.version })}`,
      page: t('report:footer.page', { page: '{page}', pages: '{pages}' }),
    },
    sections,
  };
}
