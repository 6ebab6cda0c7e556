// Answers in words, for the report's bars, appendix and profile table, and the coach's comparison.
import type { AnswerCell, VersionDifference } from '../compare/compare.ts';
import type { AnswerEntry, AnswerValue } from '../records/answers.ts';
import type { ProfileQuestion, Question } from '../definition/questionnaire.ts';
import type { Span, Translate } from '../report/report-model.ts';
import { levelOf } from '../scoring/scoring.ts';
import type { AnswerState, QuestionScore } from '../scoring/scoring.ts';
import { levelText, numberText } from './format.ts';
import { localize, type Lang } from '../common/text.ts';

export interface AnswerWords {
  spans: Span[];
  /** The chosen level's description, for maturity answers. */
  description?: string;
  /** Not a value: "don't know", "not relevant", unanswered or not shown. */
  muted: boolean;
}

function valueWords(
  q: Question | ProfileQuestion,
  raw: unknown,
  lang: Lang,
  t: Translate,
): AnswerWords | null {
  switch (q.type) {
    case 'maturity': {
      if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1 || raw > 5) return null;
      return {
        spans: [{ text: t('common:answer.level', { level: raw, name: t(`common:level.${raw}`) }) }],
        description: localize(q.levels[raw - 1]!, lang),
        muted: false,
      };
    }
    case 'single': {
      const option = q.options.find((o) => o.id === raw);
      return option ? { spans: [{ text: localize(option.label, lang) }], muted: false } : null;
    }
    case 'multi': {
      if (!Array.isArray(raw)) return null;
      const labels = q.options
        .filter((o) => raw.includes(o.id))
        .map((o) => localize(o.label, lang));
      return labels.length ? { spans: [{ text: labels.join('; ') }], muted: false } : null;
    }
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw)
        ? { spans: [{ text: `${numberText(raw, lang)} ${localize(q.unit, lang)}` }], muted: false }
        : null;
    case 'boolean':
      return typeof raw === 'boolean'
        ? { spans: [{ text: t(raw ? 'common:answer.yes' : 'common:answer.no') }], muted: false }
        : null;
    case 'text':
      return typeof raw === 'string' && raw.trim()
        ? { spans: [{ text: raw.trim() }], muted: false }
        : null;
  }
}

const muted = (text: string): AnswerWords => ({ spans: [{ text }], muted: true });

/** The answer to a question or profile field as the respondent gave it. */
export function answerWords(
  q: Question | ProfileQuestion,
  entry: AnswerEntry | undefined,
  visible: boolean,
  lang: Lang,
  t: Translate,
): AnswerWords {
  if (!visible) return muted(t('report:answer.hidden'));
  if (entry?.kind === 'dontKnow') return muted(t('common:answer.dontKnow'));
  if (entry?.kind === 'notRelevant') return muted(t('common:answer.notRelevant'));
  if (entry?.kind === 'value') {
    const words = valueWords(q, entry.value, lang, t);
    if (words) return words;
  }
  return muted(t('common:answer.unanswered'));
}

/**
 * A respondent's answer in a comparison, in the same words: also on screen, where the report's
 * own texts are not loaded, so it needs only the `common` and `coach` texts.
 */
export function cellText(cell: AnswerCell, q: Question, lang: Lang, t: Translate): string {
  if (cell.state === 'absent') return t('coach:compare.absent');
  const entry: AnswerEntry | undefined =
    cell.state === 'dontKnow' || cell.state === 'notRelevant'
      ? { kind: cell.state, at: '' }
      : cell.raw === null
        ? undefined
        : { kind: 'value', value: cell.raw as AnswerValue, at: '' };
  return answerWords(q, entry, true, lang, t)
    .spans.map((s) => s.text)
    .join('');
}

const STATE_KEYS: Record<Exclude<AnswerState, 'value'>, string> = {
  dontKnow: 'common:answer.dontKnow',
  notRelevant: 'common:answer.notRelevant',
  unanswered: 'common:answer.unanswered',
};

/**
 * A question's level 1..5 from the engine's value (1 + 4 × value), and what is printed beside
 * its bar: a maturity answer is its own level; other types show the level their value gives.
 */
export function questionLevel(
  score: QuestionScore,
  lang: Lang,
  t: Translate,
): { level: number | null; display: string } {
  if (score.state !== 'value' || score.value === null) {
    return {
      level: null,
      display: t(STATE_KEYS[score.state === 'value' ? 'unanswered' : score.state]),
    };
  }
  const level = levelOf(100 * score.value);
  return {
    level,
    display: score.type === 'maturity' ? String(Math.round(level)) : levelText(level, lang),
  };
}

/**
 * One line on what differs between the questionnaire versions of a comparison, for the coach's
 * screen and the session report: "question r5_staffing_plan was r5_workforce_planning in 1.0.0
 * (why) – text".
 */
export function versionDifferenceText(v: VersionDifference, lang: Lang, t: Translate): string {
  const head = t(`coach:compare.versionKind.${v.kind}`, {
    id: v.id,
    versions: v.versions.join(', '),
    from: v.from ?? '',
    questionnaire: v.movedTo?.questionnaire ?? '',
    question: v.movedTo?.question ?? '',
  });
  const why = v.reason ? ` (${localize(v.reason, lang)})` : '';
  return `${head}${why} – ${localize(v.text, lang)}`;
}
