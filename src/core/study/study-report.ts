// The regional report: the study's figures as a report model for the same renderer as the
// firm's report. It prints only what the study publishes (aggregate.ts): a segment, field or
// quadrant of fewer than MIN_FIRMS firms appears as "fewer than 5", never with a number.
import { dayText, levelText, percentText } from '../present/format.ts';
import { cutLevel, levelOf } from '../scoring/scoring.ts';
import type { Lang } from '../common/text.ts';
import type { Quadrant } from '../scoring/plan.ts';
import type {
  ReportBlock,
  ReportModel,
  ReportSection,
  TableCell,
  Translate,
} from '../report/report-model.ts';
import {
  MIN_FIRMS,
  type QuestionnaireStudy,
  type RegionalStudy,
  type SegmentFigures,
  type Spread,
} from './aggregate.ts';
import type { StudyNames } from './names.ts';
import { SEGMENT_AXES } from './panel.ts';
import { initiativeCover } from '../report/build-report.ts';

export interface StudyReportInput {
  study: RegionalStudy;
  names: StudyNames;
  lang: Lang;
  t: Translate;
  /** YYYY-MM-DD, the day printed on the report. */
  date: string;
  files: number;
  points: number;
}

const p = (text: string, style: 'body' | 'lead' | 'small' | 'muted' = 'body') =>
  ({ kind: 'paragraph', style, spans: [{ text }] }) as const satisfies ReportBlock;
const h3 = (text: string) => ({ kind: 'heading', level: 3, text }) as const satisfies ReportBlock;
const cell = (text: string, bold = false): TableCell => (bold ? { text, bold } : { text });

function spreadCells(spread: Spread | null, lang: Lang, hidden: string): TableCell[] {
  const level = (score: number) => levelText(cutLevel(levelOf(score)), lang);
  if (!spread) return [cell(hidden), cell(''), cell(''), cell('')];
  return [
    cell(String(spread.n)),
    cell(level(spread.median), true),
    cell(`${level(spread.q1)}–${level(spread.q3)}`),
    cell(spread.levels.map((s) => percentText(s)).join(' · ')),
  ];
}

function questionnaireSection(input: StudyReportInput, q: QuestionnaireStudy): ReportSection {
  const { t, names, lang } = input;
  const title = names.questionnaire(q.questionnaire);
  const hidden = t('study:sheet.suppressed');
  const blocks: ReportBlock[] = [];
  const id = `study:${q.questionnaire}`;
  if (q.firms === null)
    return { id, kind: 'dimension', title, blocks: [p(t('study:figures.tooFewAll'))] };
  blocks.push(
    p(
      `${t('study:figures.firms', { count: q.firms })} · ${t('study:figures.versions', { versions: q.versions.join(', ') })}`,
      'lead',
    ),
  );
  const all = q.segments[0]!;
  const columns = [
    { label: t('study:figures.field'), width: 0.34 },
    { label: t('study:figures.n'), width: 0.16, align: 'right' as const },
    { label: t('study:sheet.median'), width: 0.1, align: 'right' as const },
    { label: t('study:report.middleHalf'), width: 0.14, align: 'right' as const },
    { label: t('study:report.levels'), width: 0.26, align: 'right' as const },
  ];
  blocks.push(h3(t('study:band.all')), p(t('study:report.scale'), 'muted'), {
    kind: 'table',
    compact: true,
    columns,
    rows: [
      [cell(t('study:figures.overall'), true), ...spreadCells(all.overall, lang, hidden)],
      ...Object.entries(all.dimensions).map(([d, s]) => [
        cell(names.field(q.questionnaire, d)),
        ...spreadCells(s, lang, hidden),
      ]),
    ],
  });
  blocks.push(h3(t('study:report.bySegment')), p(t('study:report.bySegmentHelp'), 'muted'), {
    kind: 'table',
    compact: true,
    columns: [
      { label: t('study:sheet.band'), width: 0.3 },
      { label: t('study:figures.n'), width: 0.16, align: 'right' },
      { label: t('study:report.indexMedian'), width: 0.14, align: 'right' },
      { label: t('study:report.middleHalf'), width: 0.14, align: 'right' },
      { label: t('study:report.weakest'), width: 0.28 },
    ],
    rows: SEGMENT_AXES.flatMap((axis) => [
      [cell(names.axis(axis), true), cell(''), cell(''), cell(''), cell('')],
      ...q.segments
        .filter((s) => s.segment.axis === axis)
        .map((s) => segmentRow(input, q, s, hidden)),
    ]),
  });
  const list = (
    key: 'flags' | 'priorities' | 'dontKnow',
    items: QuestionnaireStudy['flags' | 'priorities' | 'dontKnow'],
    name: (id: string) => string,
  ) => {
    blocks.push(h3(t(`study:lists.${key}`)));
    if (items.length === 0) blocks.push(p(t('study:lists.none'), 'muted'));
    else
      blocks.push({
        kind: 'bullets',
        items: items.slice(0, 8).map((c) => [
          {
            text: `${t('study:report.count', { firms: c.firms, share: percentText(c.share) })} `,
            bold: true,
          },
          { text: name(c.id) },
        ]),
      });
  };
  list('flags', q.flags, (x) => names.flag(q.questionnaire, x));
  list('priorities', q.priorities, (x) => names.field(q.questionnaire, x));
  list('dontKnow', q.dontKnow, (x) => names.question(q.questionnaire, x));
  return { id, kind: 'dimension', title, blocks };
}

function segmentRow(
  input: StudyReportInput,
  q: QuestionnaireStudy,
  s: SegmentFigures,
  hidden: string,
): TableCell[] {
  const { names, lang } = input;
  const name = cell(names.segment(s.segment));
  if (s.n === null || !s.overall) return [name, cell(hidden), cell(''), cell(''), cell('')];
  const level = (score: number) => levelText(cutLevel(levelOf(score)), lang);
  let weakest: [string, number] | null = null;
  for (const [d, spread] of Object.entries(s.dimensions))
    if (spread && (!weakest || spread.median < weakest[1])) weakest = [d, spread.median];
  return [
    name,
    cell(String(s.n)),
    cell(level(s.overall.median), true),
    cell(`${level(s.overall.q1)}–${level(s.overall.q3)}`),
    cell(weakest ? names.field(q.questionnaire, weakest[0]) : ''),
  ];
}

export function buildStudyReport(input: StudyReportInput): ReportModel {
  const { t, lang, study, names } = input;
  const title = t('study:report.title');
  const published = study.questionnaires.filter((q) => q.firms !== null);
  const sections: ReportSection[] = [
    {
      id: 'cover',
      kind: 'cover',
      title,
      blocks: [],
      cover: {
        ...initiativeCover(t),
        title,
        questionnaire: study.questionnaires
          .map((q) => names.questionnaire(q.questionnaire))
          .join(' · '),
        firm: t('study:report.region'),
        facts: [
          { label: t('study:report.files'), value: String(input.files) },
          { label: t('study:report.points'), value: String(input.points) },
          { label: t('study:report.date'), value: dayText(input.date, lang) },
        ],
        note: t('study:report.coverNote', { min: MIN_FIRMS }),
      },
    },
    ...published.map((q) => questionnaireSection(input, q)),
  ];
  const portfolio = study.portfolio;
  if (portfolio?.firms != null)
    sections.push({
      id: 'portfolio',
      kind: 'plan',
      title: t('study:portfolio.title'),
      blocks: [
        p(t('study:portfolio.help')),
        p(t('study:portfolio.firms', { count: portfolio.firms }), 'lead'),
        {
          kind: 'table',
          columns: [
            { label: t('study:sheet.quadrant'), width: 0.7 },
            { label: t('study:sheet.firms'), width: 0.3, align: 'right' },
          ],
          rows: (Object.keys(portfolio.quadrants) as Quadrant[]).map((quadrant) => [
            cell(names.quadrant(quadrant)),
            cell(String(portfolio.quadrants[quadrant] ?? t('study:sheet.suppressed'))),
          ]),
        },
      ],
    });
  sections.push({
    id: 'howToRead',
    kind: 'howToRead',
    title: t('study:report.methodTitle'),
    blocks: [
      p(t('study:summary.rule')),
      p(t('study:report.method', { min: MIN_FIRMS })),
      p(t('study:report.quartiles')),
    ],
  });
  return {
    lang,
    meta: {
      title,
      subject: published.map((q) => names.questionnaire(q.questionnaire)).join(', '),
      author: t('common:initiative'),
      keywords: 'ITAS, Resilienz-Studie',
      creator: t('common:appName'),
      language: lang === 'de' ? 'de-DE' : 'en-GB',
      date: input.date,
    },
    header: { left: title, right: dayText(input.date, lang) },
    footer: {
      left: t('study:report.footer', { min: MIN_FIRMS }),
      page: t('report:footer.page', { page: '{page}', pages: '{pages}' }),
    },
    sections,
  };
}
