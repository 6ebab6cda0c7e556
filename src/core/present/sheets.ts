// An assessment as tables for a spreadsheet: the same scores as the screen and the report, with
// numbers as numbers (levels cut to one decimal, scores to whole points, as everywhere else). The
// writers (XLSX in src/report/spreadsheet.ts, CSV in ./csv.ts) take these tables as they are.
import type { Assessment } from '../records/assessment.ts';
import type { Translate } from '../report/report-model.ts';
import { cutLevel, cutScore, profileResolver, type ScoreResult } from '../scoring/scoring.ts';
import { localize, type Lang } from '../common/text.ts';
import { answerWords, questionLevel } from './answer-words.ts';

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
  id: 'overview' | 'fields' | 'answers' | 'profile';
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

  const overview: Sheet = {
    id: 'overview',
    name: h('overviewName'),
    columns: [
      { header: h('fact'), width: 28 },
      { header: h('value'), width: 48, wrap: true },
    ],
    rows: [
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
    ],
  };

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
