// The session report of a coaching case, as a report model for the same renderer as the
// assessment report: the comparison of the respondents, the group's aggregate, where they
// disagree, and what was agreed in the session (targets, actions, notes).
import { dimensionKey, type Case } from '../records/case.ts';
import type { Comparison, Column } from '../compare/compare.ts';
import { cellText, versionDifferenceText } from '../present/answer-words.ts';
import { dayText, levelText, scoreText } from '../present/format.ts';
import type {
  RadarAxis,
  ReportBlock,
  ReportModel,
  ReportSection,
  Span,
  TableCell,
  Translate,
} from './report-model.ts';
import { localize, type Lang } from '../common/text.ts';
import { initiativeCover } from './build-report.ts';

/** Above this many respondents the table shows the group's figures only (the page is A4). */
const MAX_TABLE_COLUMNS = 5;

export interface SessionReportInput {
  case: Case;
  comparisons: Comparison[];
  lang: Lang;
  t: Translate;
  /** YYYY-MM-DD, the day printed on the report. */
  date: string;
}

const p = (text: string, style: 'body' | 'lead' | 'small' | 'muted' | 'note' = 'body') =>
  ({ kind: 'paragraph', style, spans: [{ text }] }) as const satisfies ReportBlock;
const h3 = (text: string) => ({ kind: 'heading', level: 3, text }) as const satisfies ReportBlock;

function columnLabel(c: Column, t: Translate, lang: Lang) {
  return `${t(`common:role.${c.role}`)}, ${dayText(c.date, lang)}`;
}

function comparisonSection(input: SessionReportInput, cmp: Comparison): ReportSection {
  const { t, lang } = input;
  const qid = cmp.questionnaire.id;
  const blocks: ReportBlock[] = [];
  blocks.push(
    p(
      t('coach:report.respondents', {
        list: cmp.columns.map((c) => columnLabel(c, t, lang)).join('; '),
      }),
      'lead',
    ),
  );
  if (cmp.versionDifferences.length)
    blocks.push(
      p(t('coach:compare.versions', { versions: cmp.questionnaire.versions.join(', ') }), 'muted'),
      {
        kind: 'bullets',
        items: cmp.versionDifferences.map((v) => [{ text: versionDifferenceText(v, lang, t) }]),
      },
    );

  const axes: RadarAxis[] = cmp.dimensions.map((d) => {
    const agreed = input.case.targets[dimensionKey(qid, d.id)]?.level;
    return {
      id: d.id,
      title: localize(d.title, lang),
      level: d.meanLevel,
      display: d.meanLevel === null ? '–' : levelText(d.meanLevel, lang),
      target: agreed ?? d.target,
    };
  });
  blocks.push({
    kind: 'radar',
    axes,
    legend: { actual: t('coach:report.meanLegend'), target: t('coach:report.targetLegend') },
    caption: t('coach:report.radarCaption'),
  });

  // Scores side by side (when they fit), the group's mean and range, and agreement.
  const each = cmp.columns.length <= MAX_TABLE_COLUMNS;
  const fixed = 0.3 + 0.12 + 0.14 + 0.14;
  const colWidth = each ? (1 - fixed) / cmp.columns.length : 0;
  const columns = [
    { label: t('coach:compare.dimension'), width: each ? 0.3 : 1 - 0.4 },
    ...(each
      ? cmp.columns.map((c) => ({
          label: columnLabel(c, t, lang),
          width: colWidth,
          align: 'right' as const,
        }))
      : []),
    { label: t('coach:compare.mean'), width: each ? 0.12 : 0.13, align: 'right' as const },
    { label: t('coach:compare.range'), width: each ? 0.14 : 0.13, align: 'right' as const },
    { label: t('coach:compare.agreement'), width: each ? 0.14 : 0.14 },
  ];
  const rows: TableCell[][] = cmp.dimensions.map((d) => [
    { text: `${d.id} ${localize(d.title, lang)}` },
    ...(each
      ? d.scores.map((s, i) =>
          !d.present[i]
            ? { text: t('coach:compare.absent') }
            : s === null
              ? { text: '–' }
              : { text: scoreText(s), detail: levelText(d.levels[i]!, lang) },
        )
      : []),
    d.mean === null
      ? { text: '–' }
      : { text: scoreText(d.mean), detail: levelText(d.meanLevel!, lang), bold: true },
    { text: d.min === null || d.max === null ? '–' : `${scoreText(d.min)}–${scoreText(d.max)}` },
    d.disagreement
      ? { text: t('coach:compare.disagree'), bold: true, tone: 'warning' }
      : { text: d.spread === null ? '–' : t('coach:compare.agree') },
  ]);
  blocks.push(h3(t('coach:compare.tableTitle')), { kind: 'table', columns, rows, compact: true });
  if (!each)
    blocks.push(p(t('coach:report.tooManyColumns', { count: cmp.columns.length }), 'muted'));
  blocks.push(p(t('coach:compare.tableHelp'), 'small'));

  if (cmp.moves.length) blocks.push(h3(t('coach:compare.movesTitle')));
  for (const set of cmp.moves)
    blocks.push(
      p(
        t('coach:compare.movesHelp', {
          from: columnLabel(cmp.columns[set.from]!, t, lang),
          to: columnLabel(cmp.columns[set.to]!, t, lang),
        }),
        'small',
      ),
      {
        kind: 'bullets',
        items: set.items.map((m) => [
          { text: `${m.dimension} ${localize(m.title, lang)}: `, bold: true },
          {
            text: t(
              m.delta > 0
                ? 'coach:compare.up'
                : m.delta < 0
                  ? 'coach:compare.down'
                  : 'coach:compare.same',
              { from: scoreText(m.from), to: scoreText(m.to), delta: scoreText(Math.abs(m.delta)) },
            ),
            tone: m.delta > 0 ? 'good' : m.delta < 0 ? 'warning' : 'neutral',
          },
        ]),
      },
    );

  blocks.push(
    h3(t('coach:compare.differencesTitle')),
    p(t('coach:compare.differencesHelp'), 'small'),
  );
  if (cmp.differences.length === 0) blocks.push(p(t('coach:compare.noDifferences'), 'muted'));
  for (const d of cmp.differences) {
    blocks.push({
      kind: 'paragraph',
      style: 'body',
      spans: [{ text: `${d.question} `, bold: true }, { text: localize(d.text, lang) }],
      keepWithNext: true,
    });
    blocks.push({
      kind: 'bullets',
      items: d.cells.map((cell, i): Span[] => [
        { text: `${columnLabel(cmp.columns[i]!, t, lang)}: `, bold: true },
        { text: cellText(cell, d.definition, lang, t) },
        ...(cell.note ? [{ text: ` – „${cell.note}“`, tone: 'neutral' as const }] : []),
      ]),
    });
  }

  blocks.push(h3(t('coach:compare.dontKnowTitle')));
  blocks.push(
    cmp.dontKnow.length === 0
      ? p(t('coach:compare.noDontKnow'), 'muted')
      : {
          kind: 'bullets',
          items: cmp.dontKnow.map((d) => [
            { text: `${d.question} ${localize(d.text, lang)}: ` },
            { text: t('coach:compare.dontKnowCount', { count: d.count, of: d.of }), bold: true },
          ]),
        },
  );

  return {
    id: `compare:${qid}`,
    kind: 'summary',
    title: t('coach:compare.title', { questionnaire: localize(cmp.questionnaire.title, lang) }),
    blocks,
  };
}

function agreementsSection(input: SessionReportInput, cmp: Comparison): ReportSection {
  const { t, lang, case: c } = input;
  const qid = cmp.questionnaire.id;
  const blocks: ReportBlock[] = [];
  let any = false;
  for (const d of cmp.dimensions) {
    const key = dimensionKey(qid, d.id);
    const note = c.notes[key]?.text.trim();
    const target = c.targets[key]?.level;
    const actions = c.actions.filter(
      (a) => a.dimension === key && (a.what.trim() || a.who.trim() || a.due || a.service),
    );
    if (!note && !target && actions.length === 0) continue;
    any = true;
    blocks.push(h3(`${d.id} ${localize(d.title, lang)}`));
    const facts: Span[] = [];
    if (target)
      facts.push({
        text: t('coach:report.agreedTarget', {
          level: target,
          name: t(`common:level.${target}`),
        }),
        bold: true,
      });
    facts.push({
      text: t('coach:report.dimensionFacts', {
        mean: d.meanLevel === null ? '–' : levelText(d.meanLevel, lang),
        target: d.target,
      }),
    });
    blocks.push({
      kind: 'paragraph',
      style: 'body',
      spans: facts,
      keepWithNext: !!note || actions.length > 0,
    });
    if (note) blocks.push(p(note, 'note'));
    if (actions.length)
      blocks.push({
        kind: 'table',
        compact: true,
        columns: [
          { label: t('coach:session.what'), width: 0.45 },
          { label: t('coach:session.who'), width: 0.17 },
          { label: t('coach:session.due'), width: 0.16 },
          { label: t('coach:session.service'), width: 0.22 },
        ],
        rows: actions.map((a) => [
          { text: a.what || '–' },
          { text: a.who || '–' },
          { text: a.due ? dayText(a.due, lang) : '–' },
          { text: a.service ? t(`common:service.${a.service}`) : '–' },
        ]),
      });
  }
  if (!any) blocks.push(p(t('coach:report.noAgreements'), 'muted'));
  blocks.push({ kind: 'noteLines', lines: 6, label: t('coach:report.furtherNotes') });
  return {
    id: `session:${qid}`,
    kind: 'plan',
    title: t('coach:report.agreementsTitle', {
      questionnaire: localize(cmp.questionnaire.title, lang),
    }),
    blocks,
  };
}

export function buildSessionReport(input: SessionReportInput): ReportModel {
  const { t, lang, case: c, comparisons } = input;
  const respondents = comparisons.reduce((n, cmp) => n + cmp.columns.length, 0);
  const title = t('coach:report.title');
  const questionnaires = comparisons.map((cmp) => localize(cmp.questionnaire.title, lang));
  const cover: ReportSection = {
    id: 'cover',
    kind: 'cover',
    title,
    blocks: [],
    cover: {
      ...initiativeCover(t),
      title,
      questionnaire: questionnaires.join(' · ') || t('coach:report.noAssessments'),
      firm: c.firm.name,
      facts: [
        { label: t('coach:report.case'), value: c.name },
        { label: t('coach:report.assessments'), value: String(respondents) },
        { label: t('coach:report.date'), value: dayText(input.date, lang) },
      ],
      note: t('coach:report.coverNote'),
    },
  };
  // What was agreed comes first, the comparison it was agreed on after it.
  const sections: ReportSection[] = [cover];
  for (const cmp of comparisons) sections.push(agreementsSection(input, cmp));
  for (const cmp of comparisons) sections.push(comparisonSection(input, cmp));
  if (comparisons.length === 0)
    sections.push({
      id: 'empty',
      kind: 'summary',
      title: t('coach:report.noAssessments'),
      blocks: [p(t('coach:members.none'))],
    });
  return {
    lang,
    meta: {
      title: `${title} – ${c.firm.name}`,
      subject: questionnaires.join(', '),
      author: c.firm.name,
      keywords: 'ITAS, Coaching',
      creator: t('common:appName'),
      language: lang === 'de' ? 'de-DE' : 'en-GB',
      date: input.date,
    },
    header: { left: `${c.firm.name} – ${title}`, right: dayText(input.date, lang) },
    footer: {
      left: t('coach:report.footer'),
      page: t('report:footer.page', { page: '{page}', pages: '{pages}' }),
    },
    sections,
  };
}
