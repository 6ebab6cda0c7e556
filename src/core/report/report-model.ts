// The report as data: what it says, in which order, already in the reader's language. The PDF
// renderer (src/report) lays this out and draws it; it decides nothing about content and computes
// no score.
import type { MeasureClass, Quadrant } from '../scoring/plan.ts';
import type { Severity } from '../definition/questionnaire.ts';

/**
 * Fixed labels come through this function, so core needs no i18n library. Keys carry their
 * namespace (`report:summary.title`, `common:level.3`); params fill `{{name}}` placeholders.
 * i18next's `t` fits, and so does the small JSON-backed one in src/report/translate.ts.
 */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export type SectionKind =
  | 'cover'
  | 'summary'
  | 'plan'
  | 'region'
  | 'portfolio'
  | 'profile'
  | 'dimension'
  | 'coaching'
  | 'howToRead'
  | 'appendix';

/** The plan comes first: where you stand, what to do, then why (the fields), then the rest. */
export const SECTION_ORDER: readonly SectionKind[] = [
  'cover',
  'summary',
  'plan',
  'region',
  // The profile (its gauges, a third of a page) before the portfolio: it fills the plan's page
  // or the next, where after the portfolio it would open a page of its own.
  'profile',
  'portfolio',
  'dimension',
  'coaching',
  'howToRead',
  'appendix',
];

export type TextStyle = 'body' | 'lead' | 'small' | 'muted' | 'note';
export type Tone = 'critical' | 'warning' | 'info' | 'good' | 'neutral' | 'actual' | 'target';

/** A run of text inside a line: bold and tone only, enough for "label: value". */
export interface Span {
  text: string;
  bold?: boolean;
  tone?: Tone;
  /** A section's id: the span prints that section's first page (its `text` is not printed). */
  page?: string;
}

export interface KeyFigure {
  label: string;
  value: string;
  /** A second line under the value, e.g. the level's name. */
  detail?: string;
  tone?: Tone;
}

export interface TableColumn {
  label: string;
  /** Share of the available width; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableCell {
  text: string;
  bold?: boolean;
  tone?: Tone;
  /** Smaller, muted second line in the same cell. */
  detail?: string;
}

export interface RadarAxis {
  id: string;
  title: string;
  /** 1..5 unrounded, as the engine gives it; null when not assessed. */
  level: number | null;
  /** The level as printed (cut), or a dash when not assessed. */
  display: string;
  target: number;
}

export interface QuestionBar {
  number: string;
  text: string;
  /** 1..5 from the engine's value (1 + 4 × value); null when the answer does not count. */
  level: number | null;
  /** What is printed beside the bar (cut, never rounded), or the state in words. */
  display: string;
  weakest: boolean;
}

export interface Gauge {
  label: string;
  /** 0..100 (a share in percent), or null when not given. */
  value: number | null;
  display: string;
  /** Thresholds that flags test this fact against. */
  marks: { at: number; label: string }[];
  /** The flags this fact helps to trigger, worded. */
  flags: { severity: Severity; label: string; text: string }[];
}

export interface Measure {
  title: string;
  text: string;
  /** The class of the measure and its label (quick win, strategic project, later). */
  measureClass: MeasureClass;
  classLabel: string;
  /** Horizon, impact, effort and services, worded. */
  meta: Span[];
  /** The dimension it belongs to, where the context does not say so. */
  dimension?: string;
}

export interface AnswerEntryBlock {
  number: string;
  question: string;
  answer: Span[];
  /** The level's description for maturity answers. */
  description?: string;
  note?: string;
  muted: boolean;
}

export type ReportBlock =
  | { kind: 'heading'; level: 2 | 3; text: string }
  /** `keepWithNext`: an introduction that stays on the page of what it introduces. */
  | { kind: 'paragraph'; style: TextStyle; spans: Span[]; keepWithNext?: boolean }
  /** `compact`: one slim row (a field's figures), else tall boxes (the summary's). */
  | { kind: 'figures'; items: KeyFigure[]; compact?: boolean }
  | { kind: 'table'; columns: TableColumn[]; rows: TableCell[][]; compact?: boolean }
  /** `keepWithNext`: the last item stays on the page of what follows (e.g. note lines). */
  | { kind: 'bullets'; items: Span[][]; numbered?: boolean; keepWithNext?: boolean }
  | {
      kind: 'ranked';
      title: string;
      empty: string;
      items: { title: string; reason: string; tone: Tone }[];
    }
  | {
      kind: 'flag';
      severity: Severity;
      label: string;
      dimension: string;
      text: string;
      /** A further line inside the flag, e.g. the profile facts involved. */
      detail?: string;
      /** Smaller type, for the summary's side column. */
      compact?: boolean;
    }
  | {
      kind: 'questionBars';
      /** Printed beside the scale, at the left of the bars' header. */
      title: string;
      target: number;
      targetLabel: string;
      rows: QuestionBar[];
      /** The tag of the field's weakest question. */
      weakest: string;
    }
  | {
      kind: 'radar';
      axes: RadarAxis[];
      legend: { actual: string; target: string };
      caption: string;
    }
  | {
      kind: 'portfolio';
      x: number;
      y: number;
      xLabel: string;
      yLabel: string;
      quadrants: Record<Quadrant, string>;
      current: Quadrant;
      caption?: string;
    }
  | { kind: 'gauges'; items: Gauge[]; triggers: string; none: string }
  | { kind: 'measure'; measure: Measure }
  | { kind: 'answer'; entry: AnswerEntryBlock }
  | { kind: 'noteLines'; lines: number; label?: string }
  /** Side by side; `widths` are shares of the width (equal when absent). */
  | { kind: 'columns'; columns: ReportBlock[][]; widths?: number[] }
  | { kind: 'levelScale'; levels: { level: number; name: string; text: string }[] };

export interface CoverContent {
  initiative: string;
  /** The initiative's partners, as the initiative names them. */
  partners: string;
  /** The public funding the initiative runs on. */
  funding: string;
  kicker: string;
  title: string;
  questionnaire: string;
  firm: string;
  facts: { label: string; value: string }[];
  note: string;
  /** Whom to call for strategy coaching: the host's named contact, else the initiative's site. */
  contact: string;
  /** The address the contact line links to ('' for none). */
  contactUrl: string;
  contentsTitle: string;
}

export interface ReportSection {
  /** Unique within the report: the kind, or `dimension:<id>`. */
  id: string;
  kind: SectionKind;
  /** Printed as the section's first heading (on the cover: the report's title). */
  title: string;
  /** A short line above the title (e.g. the dimension's id and weight). */
  eyebrow?: string;
  /** The dimension's id, for the table of contents. */
  number?: string;
  blocks: ReportBlock[];
  cover?: CoverContent;
  /**
   * Continues on the page of the section before when at least a quarter of that page is left;
   * otherwise (and without `flow`) the section starts a new page.
   */
  flow?: boolean;
}

export interface ReportModel {
  lang: 'de' | 'en';
  meta: {
    title: string;
    subject: string;
    author: string;
    keywords: string;
    creator: string;
    /** BCP 47, for the PDF's /Lang. */
    language: string;
    /** YYYY-MM-DD, the day printed on the report. */
    date: string;
  };
  /** Running header (left: firm and questionnaire; right: the date) and footer. */
  header: { left: string; right: string };
  /** The footer's left text and the page label with `{page}` and `{pages}` in it. */
  footer: { left: string; page: string };
  sections: ReportSection[];
}
