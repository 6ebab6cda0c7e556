// The regional study as tables for a spreadsheet: an overview, every segment's spread per field
// (levels 1..5 cut to one decimal, shares in per cent), the most frequent flags, priorities and
// "don't know" answers, and the region's portfolio. What the study suppresses stays empty here,
// marked "fewer than 5": the tables carry no figure the screen does not show.
import { cutLevel, levelOf } from '../scoring/scoring.ts';
import type { Translate } from '../report/report-model.ts';
import { overviewSheet, type Sheet, type SheetCell, type Workbook } from '../present/sheets.ts';
import type { Quadrant } from '../scoring/plan.ts';
import type { RegionalStudy, Spread } from './aggregate.ts';
import type { StudyNames } from './names.ts';

const lvl = (score: number) => cutLevel(levelOf(score));
const percent = (share: number) => Math.round(share * 1000) / 10;

function spreadCells(spread: Spread | null, hidden: string): SheetCell[] {
  if (!spread) return [hidden, null, null, null, null, null, null, null, null, null, null];
  const { n, min, q1, median, q3, max, levels } = spread;
  return [n, lvl(min), lvl(q1), lvl(median), lvl(q3), lvl(max), ...levels.map(percent)];
}

export function studyWorkbook(input: {
  study: RegionalStudy;
  names: StudyNames;
  t: Translate;
  month: string;
  files: number;
  entries: number;
  points: number;
  appVersion: string;
}): Workbook {
  const { study, names, t } = input;
  const h = (key: string, params?: Record<string, string | number>) =>
    t(`study:sheet.${key}`, params);
  const hidden = h('suppressed');
  const overview = overviewSheet(t, [
    [t('study:title'), input.month],
    [
      t('study:summary.title'),
      t('study:summary.counts', {
        files: input.files,
        entries: input.entries,
        points: input.points,
      }),
    ],
    ...study.questionnaires.map((q): SheetCell[] => [
      names.questionnaire(q.questionnaire),
      q.firms === null
        ? hidden
        : `${q.firms} · ${t('study:figures.versions', { versions: q.versions.join(', ') })}`,
    ]),
    [t('study:out.title'), t('study:out.help')],
    [t('report:sheet.appVersion'), input.appVersion],
  ]);
  const segments: Sheet = {
    id: 'segments',
    name: h('segments'),
    columns: [
      { header: h('questionnaire'), width: 26 },
      { header: h('axis'), width: 26 },
      { header: h('band'), width: 22 },
      { header: h('field'), width: 36, wrap: true },
      { header: h('n'), width: 12 },
      ...(['min', 'q1', 'median', 'q3', 'max'] as const).map((k) => ({
        header: h(k),
        width: 12,
        decimal: true,
      })),
      ...[1, 2, 3, 4, 5].map((level) => ({
        header: `${h('level', { level })} (%)`,
        width: 12,
        decimal: true,
      })),
    ],
    rows: study.questionnaires.flatMap((q) =>
      q.segments.flatMap((s) => {
        const at: SheetCell[] = [
          names.questionnaire(q.questionnaire),
          names.axis(s.segment.axis),
          names.segment(s.segment),
        ];
        if (s.n === null) return [[...at, null, hidden]];
        return [
          [...at, t('study:figures.overall'), ...spreadCells(s.overall, hidden)],
          ...Object.entries(s.dimensions).map(([d, spread]) => [
            ...at,
            names.field(q.questionnaire, d),
            ...spreadCells(spread, hidden),
          ]),
        ];
      }),
    ),
  };
  const counts: Sheet = {
    id: 'counts',
    name: `${h('flags')}, ${h('dontKnow')}`.slice(0, 31),
    columns: [
      { header: h('questionnaire'), width: 26 },
      { header: h('band'), width: 18 },
      { header: h('name'), width: 70, wrap: true },
      { header: h('firms'), width: 12 },
      { header: `${h('share')} (%)`, width: 12, decimal: true },
    ],
    rows: study.questionnaires.flatMap((q) => {
      const qn = names.questionnaire(q.questionnaire);
      return [
        ...q.flags.map((c) => [
          qn,
          h('flags'),
          names.flag(q.questionnaire, c.id),
          c.firms,
          percent(c.share),
        ]),
        ...q.priorities.map((c) => [
          qn,
          h('priorities'),
          names.field(q.questionnaire, c.id),
          c.firms,
          percent(c.share),
        ]),
        ...q.dontKnow.map((c) => [
          qn,
          h('dontKnow'),
          names.question(q.questionnaire, c.id),
          c.firms,
          percent(c.share),
        ]),
      ];
    }),
  };
  const sheets: Sheet[] = [overview, segments, counts];
  if (study.portfolio?.firms != null) {
    const quadrants = study.portfolio.quadrants;
    sheets.push({
      id: 'portfolio',
      name: h('portfolio'),
      columns: [
        { header: h('quadrant'), width: 36 },
        { header: h('firms'), width: 14 },
      ],
      rows: (Object.keys(quadrants) as Quadrant[]).map((quadrant) => [
        names.quadrant(quadrant),
        quadrants[quadrant] ?? hidden,
      ]),
    });
  }
  return { sheets };
}
