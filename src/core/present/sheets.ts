// An assessment as tables for a spreadsheet: the same scores as the screen and the report, with
// numbers as numbers (levels cut to one decimal, scores to whole points, as everywhere else). The
// writers (XLSX in src/report/spreadsheet.ts, CSV in ./csv.ts) take these tables as they are.
import type { Assessment } from '../records/assessment.ts';
import type { Translate } from '../report/report-model.ts';
import { cutLevel, cutScore, profileResolver, type ScoreResult } from '../scoring/scoring.ts';
import { localize, type Lang } from '../common/text.ts';
import { answerWords, cellText, questionLevel } from './answer-words.ts';
import type { Comparison } from '../compare/compare.ts';
import { dimensionKey, type Case } from '../records/case.ts';

export type SheetCell = string | number | null;

export interface SheetColumn {
  header: string;
  /** In characters, as spreadsheets measure columns. */
  width: number;
  /** Long text: wrapped in its column. */
  wrap?: boolean;
  /** Numbers with one decimal (levels, gaps). */
  decimal?: boolean;
}

export interface Sheet {
  id:
    'overview' | 'fields' | 'answers' | 'profile' | 'actions' | 'segments' | 'counts' | 'portfolio';
  /** The tab's name: at most 31 characters, none of []:*?/\ (what spreadsheets accept). */
  name: string;
  columns: SheetColumn[];
  rows: SheetCell[][];
}

export interface Workbook {
  sheets: Sheet[];
}

const level = (value: number | null) => (value === null ? null : cutLevel(value));
const score = (value: number | null) => (value === null ? null : cutScore(value));

function words(...parts: Parameters<typeof answerWords>) {
  const w = answerWords(...parts);
  return w.spans.map((s) => s.text).join('');
}

/** The first sheet of every workbook: what it is about, as label and value. */
export function overviewSheet(t: Translate, rows: SheetCell[][]): Sheet {
  const h = (key: string) => t(`report:sheet.${key}`);
  return {
    id: 'overview',
    name: h('overviewName'),
    columns: [
      { header: h('fact'), width: 28 },
      { header: h('value'), width: 60, wrap: true },
    ],
    rows,
  };
}

/**
 * One assessment in four tables: an overview, the fields (level, score, target, gap, weight,
 * priority), every question with its answer in words, its level and score and the note on it, and
 * the firm's profile. Texts in `lang`; `t` needs the common and report texts.
 */
export function assessmentWorkbook(input: {
  assessment: Assessment;
  result: ScoreResult;
  lang: Lang;
  t: Translate;
  appVersion: string;
}): Workbook {
  const { assessment: a, result: r, lang, t } = input;
  const q = a.questionnaire;
  const loc = (text: { de: string; en: string }) => localize(text, lang);
  const h = (key: string) => t(`report:sheet.${key}`);

  const overview: Sheet = overviewSheet(t, [
    [h('firm'), a.firm?.name ?? h('noFirm')],
    [h('questionnaire'), loc(q.title)],
    [h('version'), q.version],
    [h('role'), t(`common:role.${a.role}`)],
    [h('created'), a.createdAt.slice(0, 10)],
    [h('updated'), a.updatedAt.slice(0, 10)],
    [h('finished'), a.finished ? t('common:answer.yes') : t('common:answer.no')],
    [h('index'), score(r.overall.score)],
    [h('level'), level(r.overall.level)],
    [
      h('namedLevel'),
      r.overall.namedLevel === null ? null : t(`common:level.${r.overall.namedLevel}`),
    ],
    [h('answered'), r.overall.answered],
    [h('asked'), r.overall.visibleScored],
    [h('appVersion'), input.appVersion],
  ]);

  const rank = new Map(r.priorities.map((p, i) => [p.dimension, i + 1]));
  const titleOf = (id: string) => loc(q.dimensions.find((d) => d.id === id)!.title);
  const questionText = (id: string) => {
    for (const d of q.dimensions) {
      const found = d.questions.find((x) => x.id === id);
      if (found) return loc(found.text);
    }
    return id;
  };
  const fields: Sheet = {
    id: 'fields',
    name: h('fieldsName'),
    columns: [
      { header: h('fieldId'), width: 6 },
      { header: h('field'), width: 40, wrap: true },
      { header: h('level'), width: 8, decimal: true },
      { header: h('score'), width: 8 },
      { header: h('target'), width: 8 },
      { header: h('gap'), width: 8, decimal: true },
      { header: h('weight'), width: 8, decimal: true },
      { header: h('priority'), width: 10 },
      { header: h('answeredField'), width: 11 },
      { header: h('dontKnow'), width: 11 },
      { header: h('weakest'), width: 50, wrap: true },
    ],
    rows: r.dimensions.map((d) => [
      d.id,
      titleOf(d.id),
      level(d.level),
      score(d.score),
      d.target,
      level(d.gap),
      d.weight,
      rank.get(d.id) ?? null,
      d.answered,
      d.dontKnow.length,
      d.weakest === null ? null : questionText(d.weakest),
    ]),
  };

  const answers: Sheet = {
    id: 'answers',
    name: h('answersName'),
    columns: [
      { header: h('fieldId'), width: 6 },
      { header: h('field'), width: 28, wrap: true },
      { header: h('number'), width: 6 },
      { header: h('question'), width: 50, wrap: true },
      { header: h('answer'), width: 40, wrap: true },
      { header: h('level'), width: 8, decimal: true },
      { header: h('score'), width: 8 },
      { header: h('note'), width: 40, wrap: true },
    ],
    rows: q.dimensions.flatMap((d, di) => {
      const scored = r.dimensions.find((x) => x.id === d.id)!;
      return d.questions.map((question, qi) => {
        const s = scored.questions.find((x) => x.id === question.id)!;
        const value = s.included && s.value !== null ? 100 * s.value : null;
        return [
          d.id,
          loc(d.title),
          `${di + 1}.${qi + 1}`,
          loc(question.text),
          words(question, a.answers[question.id], s.visible, lang, t),
          value === null ? null : level(questionLevel(s, lang, t).level),
          score(value),
          a.notes[question.id]?.text.trim() || null,
        ];
      });
    }),
  };

  const def = a.profileDefinition;
  const visible = profileResolver(def, a.profile);
  const profile: Sheet = {
    id: 'profile',
    name: h('profileName'),
    columns: [
      { header: h('question'), width: 60, wrap: true },
      { header: h('answer'), width: 50, wrap: true },
      { header: h('figure'), width: 12 },
    ],
    rows: def.questions.map((pq) => {
      const entry = a.profile[pq.id];
      const shown = visible.isVisible(pq.id);
      // A figure (staff, shares) also as a number, for sums and filters.
      const figure =
        shown && pq.type === 'number' && entry?.kind === 'value' && typeof entry.value === 'number'
          ? entry.value
          : null;
      return [loc(pq.text), words(pq, entry, shown, lang, t), figure];
    }),
  };

  return { sheets: [overview, fields, answers, profile] };
}

/** A tab's name from its kind and a title: at most 31 characters, cut with an ellipsis. */
export function sheetName(kind: string, title: string): string {
  const name = `${kind} – ${title}`.replace(/[[\]:*?/\\]/g, ' ');
  if (name.length <= 31) return name;
  // Cut after a whole word of the title where there is one.
  const cut = name.slice(0, 30);
  const space = cut.lastIndexOf(' ');
  return `${(space > kind.length + 3 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Each respondent's heading: role and day, numbered where two would read alike. */
function respondentHeaders(c: Comparison, t: Translate): string[] {
  const plain = c.columns.map(
    (col) => `${t(`common:role.${col.role}`)} · ${col.date.slice(0, 10)}`,
  );
  return plain.map((h, i) =>
    plain.filter((x) => x === h).length > 1
      ? `${h} (${plain.slice(0, i + 1).filter((x) => x === h).length})`
      : h,
  );
}

const yesNo = (b: boolean, t: Translate) => t(b ? 'common:answer.yes' : 'common:answer.no');

/**
 * A comparison as two sheets: the fields (each column's level, the group's mean, lowest and
 * highest, disagreement, the questionnaire's target, and what `extra` adds) and the questions
 * (each column's answer: the level for maturity questions, else in words; the notes).
 */
function comparisonSheets(
  cmp: Comparison,
  people: string[],
  lang: Lang,
  t: Translate,
  extra: { columns: SheetColumn[]; cells(dimension: string): SheetCell[] } = {
    columns: [],
    cells: () => [],
  },
): Sheet[] {
  const loc = (text: { de: string; en: string }) => localize(text, lang);
  const h = (key: string) => t(`report:sheet.${key}`);
  const title = loc(cmp.questionnaire.title);
  const group: SheetColumn[] = [
    { header: h('mean'), width: 9, decimal: true },
    { header: h('lowest'), width: 9, decimal: true },
    { header: h('highest'), width: 9, decimal: true },
    { header: h('disagree'), width: 10 },
  ];
  const fields: Sheet = {
    id: 'fields',
    name: sheetName(h('fieldsName'), title),
    columns: [
      { header: h('fieldId'), width: 6 },
      { header: h('field'), width: 36, wrap: true },
      ...people.map((p) => ({ header: p, width: 14, wrap: true, decimal: true })),
      ...group,
      { header: h('target'), width: 8 },
      ...extra.columns,
    ],
    rows: cmp.dimensions.map((d) => [
      d.id,
      loc(d.title),
      ...d.levels.map(level),
      level(d.meanLevel),
      level(d.minLevel),
      level(d.maxLevel),
      yesNo(d.disagreement, t),
      d.target,
      ...extra.cells(d.id),
    ]),
  };
  const answers: Sheet = {
    id: 'answers',
    name: sheetName(h('answersName'), title),
    columns: [
      { header: h('fieldId'), width: 6 },
      { header: h('question'), width: 50, wrap: true },
      ...people.map((p) => ({ header: p, width: 18, wrap: true })),
      ...group,
      { header: h('notes'), width: 50, wrap: true },
    ],
    rows: cmp.questions.map((row) => {
      const levels = row.cells.map((cell) => cell.level).filter((l): l is number => l !== null);
      const mean = levels.length ? levels.reduce((sum, l) => sum + l, 0) / levels.length : null;
      const notes = row.cells.flatMap((cell, i) =>
        cell.note ? [`${people[i]}: ${cell.note}`] : [],
      );
      return [
        row.dimension,
        loc(row.text),
        ...row.cells.map((cell) =>
          cell.level !== null ? cutLevel(cell.level) : cellText(cell, row.definition, lang, t),
        ),
        level(mean),
        levels.length ? cutLevel(Math.min(...levels)) : null,
        levels.length ? cutLevel(Math.max(...levels)) : null,
        yesNo(row.differs, t),
        notes.join('\n') || null,
      ];
    }),
  };
  return [fields, answers];
}

/**
 * A coaching case for the session's spreadsheet: per questionnaire one sheet of the fields (each
 * respondent's level, the group's mean, lowest and highest, disagreement, the questionnaire's
 * and the agreed target, the session's notes) and one of the questions (each respondent's answer:
 * the level for maturity questions, else in words; notes), and one sheet of the agreed actions.
 */
export function caseWorkbook(input: {
  case: Case;
  comparisons: Comparison[];
  lang: Lang;
  t: Translate;
  appVersion: string;
}): Workbook {
  const { case: c, comparisons, lang, t } = input;
  const loc = (text: { de: string; en: string }) => localize(text, lang);
  const h = (key: string) => t(`report:sheet.${key}`);
  const sheets: Sheet[] = [
    overviewSheet(t, [
      [h('case'), c.name],
      [h('firm'), c.firm.name],
      ...comparisons.flatMap((cmp): SheetCell[][] => [
        [h('questionnaire'), loc(cmp.questionnaire.title)],
        [h('respondents'), respondentHeaders(cmp, t).join('; ')],
      ]),
      [h('appVersion'), input.appVersion],
    ]),
  ];

  for (const cmp of comparisons) {
    const key = (dimension: string) => dimensionKey(cmp.questionnaire.id, dimension);
    sheets.push(
      ...comparisonSheets(cmp, respondentHeaders(cmp, t), lang, t, {
        columns: [
          { header: h('agreedTarget'), width: 12 },
          { header: h('sessionNotes'), width: 50, wrap: true },
        ],
        cells: (d) => [c.targets[key(d)]?.level ?? null, c.notes[key(d)]?.text.trim() || null],
      }),
    );
  }

  const dimensionTitle = (dimensionKeyText: string) => {
    const [qid, did] = dimensionKeyText.split('/');
    const cmp = comparisons.find((x) => x.questionnaire.id === qid);
    const d = cmp?.dimensions.find((x) => x.id === did);
    return d ? `${did} ${loc(d.title)}` : dimensionKeyText;
  };
  sheets.push({
    id: 'actions',
    name: h('actionsName'),
    columns: [
      { header: h('field'), width: 40, wrap: true },
      { header: h('what'), width: 50, wrap: true },
      { header: h('who'), width: 20, wrap: true },
      { header: h('due'), width: 12 },
      { header: h('service'), width: 30, wrap: true },
    ],
    rows: c.actions.map((a) => [
      dimensionTitle(a.dimension),
      a.what,
      a.who || null,
      a.due || null,
      a.service ? t(`common:service.${a.service}`) : null,
    ]),
  });
  return { sheets };
}

/**
 * A workshop for the facilitator's spreadsheet: the group's fields and questions (finished
 * participants only, as on the screen), each participant a column numbered with their role and
 * nothing else, so that no one is named.
 */
export function workshopWorkbook(input: {
  workshop: { name: string };
  aggregate: Comparison;
  lang: Lang;
  t: Translate;
  appVersion: string;
}): Workbook {
  const { aggregate: cmp, lang, t } = input;
  const h = (key: string) => t(`report:sheet.${key}`);
  const people = cmp.columns.map((col, i) => `${i + 1} · ${t(`common:role.${col.role}`)}`);
  return {
    sheets: [
      overviewSheet(t, [
        [h('workshop'), input.workshop.name],
        [h('questionnaire'), localize(cmp.questionnaire.title, lang)],
        [h('participants'), cmp.columns.length],
        [h('appVersion'), input.appVersion],
      ]),
      ...comparisonSheets(cmp, people, lang, t),
    ],
  };
}
