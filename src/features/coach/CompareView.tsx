import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { COLORS } from '../../core/present/tokens';
import type { AnswerCell, Column, Comparison } from '../../core/compare/compare';
import type { Question } from '../../core/definition/questionnaire';
import { localize, type Lang } from '../../core/common/text';
import { dayText, levelText, scoreText } from '../../core/present/format';
import { cellText, versionDifferenceText } from '../../core/present/answer-words';
import type { Translate } from '../../core/report/report-model';
import { Table } from '../../ui/Table';

/** Colours told apart also in grey print (darkness differs), with a dash pattern each. */
const SERIES = [
  { color: COLORS.primary, dash: undefined },
  { color: COLORS.target, dash: '6 3' },
  { color: '#2e7d32', dash: '2 3' },
  { color: '#6a3d9a', dash: '8 3 2 3' },
  { color: '#8c6d00', dash: '4 4' },
  { color: '#c2185b', dash: '1 2' },
  { color: '#00695c', dash: '10 4' },
  { color: '#4e342e', dash: '3 6' },
] as const;

function useColumnLabel() {
  const { t: tc } = useTranslation();
  return (c: Column, lang: Lang) =>
    `${tc(`role.${c.role}` as 'role.other')} · ${dayText(c.date, lang)}`;
}

/** Up to this many assessments each get a line and a column of answers; more are summarised. */
const OVERLAY_MAX = 8;

const SIZE = 360;
const CENTER = SIZE / 2;
const RADIUS = 130;

/** The point of a level (0..5) on the spoke of axis i of n; the first spoke points up. */
function point(i: number, n: number, level: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (RADIUS * Math.max(0, Math.min(5, level))) / 5;
  return [CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle)];
}

const path = (points: [number, number][]) =>
  points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/**
 * The overlay radar, drawn as plain SVG: a case of fifty assessments draws at once, without the
 * chart library's text measuring (which forces a layout of the whole page per label).
 */
function OverlayRadar({ comparison, lang }: { comparison: Comparison; lang: Lang }) {
  const { t } = useTranslation('coach');
  const label = useColumnLabel();
  const many = comparison.columns.length > OVERLAY_MAX;
  const dims = comparison.dimensions;
  const n = dims.length;
  // Many respondents: the group's lowest, mean and highest level instead of a line each.
  const series = many
    ? (['min', 'mean', 'max'] as const).map((key) => ({
        key,
        name: t(`compare.series.${key}`),
        levels: dims.map((d) =>
          key === 'mean' ? d.meanLevel : key === 'min' ? d.minLevel : d.maxLevel,
        ),
      }))
    : comparison.columns.map((c, i) => ({
        key: c.id,
        name: label(c, lang),
        levels: dims.map((d) => d.levels[i] ?? null),
      }));
  return (
    <figure className="chart overlay-radar">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        width={SIZE}
        height={SIZE}
        role="img"
        aria-label={t('compare.radarLabel', {
          dimensions: dims.map((d) => localize(d.title, lang)).join(', '),
        })}
      >
        {[1, 2, 3, 4, 5].map((level) => (
          <polygon
            key={level}
            points={path(dims.map((_, i) => point(i, n, level)))}
            className="radar-grid"
          />
        ))}
        {dims.map((d, i) => {
          const [x, y] = point(i, n, 5);
          const [lx, ly] = point(i, n, 5.75);
          return (
            <g key={d.id}>
              <line x1={CENTER} y1={CENTER} x2={x} y2={y} className="radar-grid" />
              <text
                x={lx}
                y={ly}
                textAnchor="middle"
                dominantBaseline="middle"
                className="radar-axis"
              >
                {d.id}
              </text>
            </g>
          );
        })}
        {series.map((x, i) => {
          const s = SERIES[i % SERIES.length]!;
          return (
            <polygon
              key={x.key}
              className="radar-series"
              points={path(x.levels.map((l, j) => point(j, n, l ?? 0)))}
              stroke={s.color}
              strokeDasharray={s.dash}
              fill={s.color}
              fillOpacity={series.length > 3 ? 0 : 0.08}
            />
          );
        })}
      </svg>
      <ul className="radar-legend">
        {series.map((x, i) => {
          const s = SERIES[i % SERIES.length]!;
          return (
            <li key={x.key}>
              <svg width="28" height="10" aria-hidden="true">
                <line
                  x1="0"
                  y1="5"
                  x2="28"
                  y2="5"
                  stroke={s.color}
                  strokeWidth="3"
                  strokeDasharray={s.dash}
                />
              </svg>{' '}
              {x.name}
            </li>
          );
        })}
      </ul>
      <figcaption>
        {many
          ? t('compare.radarCaptionMany', { count: comparison.columns.length })
          : t('compare.radarCaption')}
      </figcaption>
    </figure>
  );
}

/** A respondent's answer in the words the session report prints (core's `cellText`). */
function useCellText() {
  const { t: tc } = useTranslation();
  // Its keys name their namespace (`common:…`, `coach:…`), which a screen's `t` resolves as well.
  const t = tc as unknown as Translate;
  return (cell: AnswerCell, q: Question, lang: Lang) => cellText(cell, q, lang, t);
}

/** How many gave which answer, for a group too large to list one by one. */
function Distribution({
  cells,
  question,
  lang,
}: {
  cells: AnswerCell[];
  question: Question;
  lang: Lang;
}) {
  const { t } = useTranslation('coach');
  const cellText = useCellText();
  const counts = new Map<string, number>();
  for (const cell of cells) {
    if (cell.state === 'absent' || cell.state === 'unanswered') continue;
    const text = cellText(cell, question, lang);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => a[0].localeCompare(b[0], lang));
  return (
    <p className="distribution">
      {sorted.map(([text, n]) => t('compare.answeredBy', { answer: text, count: n })).join(' · ')}
    </p>
  );
}

const score = (x: number | null) => (x === null ? '–' : scoreText(x));
const range = (min: number | null, max: number | null) =>
  min === null || max === null ? '–' : `${scoreText(min)}–${scoreText(max)}`;

interface ComparisonProps {
  comparison: Comparison;
  lang: Lang;
}

/** Drawn again only when the comparison changes (not as the coach types in the session). */
export const CompareView = memo(function CompareView({ comparison, lang }: ComparisonProps) {
  const { t } = useTranslation('coach');
  const { t: tc } = useTranslation();
  const label = useColumnLabel();
  const c = comparison;
  return (
    <div className="compare">
      {c.versionDifferences.length > 0 && (
        <div className="banner banner-info" role="note">
          <p>{t('compare.versions', { versions: c.questionnaire.versions.join(', ') })}</p>
          <ul>
            {c.versionDifferences.map((v) => (
              <li key={`${v.kind}-${v.id}-${v.from ?? ''}`}>
                {versionDifferenceText(v, lang, tc as unknown as Translate)}
              </li>
            ))}
          </ul>
        </div>
      )}

      <OverlayRadar comparison={c} lang={lang} />

      <h3>{t('compare.tableTitle')}</h3>
      <Table
        label={`${t('compare.tableTitle')} – ${localize(c.questionnaire.title, lang)}`}
        className="dimension-table compare-table stack-table"
        testId="compare-table"
        head={[
          t('compare.dimension'),
          ...c.columns.map((col) => (
            <>
              {label(col, lang)}
              {c.questionnaire.versions.length > 1 && <span className="meta"> v{col.version}</span>}
            </>
          )),
          t('compare.mean'),
          t('compare.range'),
          t('compare.agreement'),
        ]}
        foot={
          <tr>
            <th scope="row">{t('compare.overall')}</th>
            {c.columns.map((col) => (
              <td key={col.id} data-label={label(col, lang)}>
                {score(col.score)}
              </td>
            ))}
            <td data-label={t('compare.mean')}>{score(c.overall.mean)}</td>
            <td data-label={t('compare.range')}>{range(c.overall.min, c.overall.max)}</td>
            <td />
          </tr>
        }
      >
        {c.dimensions.map((d) => (
          <tr key={d.id} data-dimension={d.id}>
            <th scope="row">
              <span className="dim-id">{d.id}</span> {localize(d.title, lang)}
            </th>
            {d.scores.map((s, i) => (
              <td key={c.columns[i]!.id} data-label={label(c.columns[i]!, lang)}>
                {!d.present[i]
                  ? t('compare.absent')
                  : s === null
                    ? '–'
                    : `${scoreText(s)} (${levelText(d.levels[i]!, lang)})`}
              </td>
            ))}
            <td data-cell="mean" data-label={t('compare.mean')}>
              {score(d.mean)}
            </td>
            <td data-cell="range" data-label={t('compare.range')}>
              {range(d.min, d.max)}
            </td>
            <td data-cell="agreement" data-label={t('compare.agreement')}>
              {d.disagreement ? (
                <strong className="disagree">{t('compare.disagree')}</strong>
              ) : d.spread === null ? (
                '–'
              ) : (
                t('compare.agree')
              )}
            </td>
          </tr>
        ))}
      </Table>
      <p className="help">{t('compare.tableHelp')}</p>

      {c.moves.length > 0 && <h3>{t('compare.movesTitle')}</h3>}
      {c.moves.map((set) => (
        <div key={set.role} className="move-set">
          <p className="help">
            {t('compare.movesHelp', {
              from: label(c.columns[set.from]!, lang),
              to: label(c.columns[set.to]!, lang),
            })}
          </p>
          <ul className="moves" data-testid="moves">
            {set.items.map((m) => (
              <li key={m.dimension} className={m.delta > 0 ? 'up' : m.delta < 0 ? 'down' : 'same'}>
                <span className="dim-id">{m.dimension}</span> {localize(m.title, lang)}:{' '}
                {t(m.delta > 0 ? 'compare.up' : m.delta < 0 ? 'compare.down' : 'compare.same', {
                  from: scoreText(m.from),
                  to: scoreText(m.to),
                  delta: scoreText(Math.abs(m.delta)),
                })}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
});

/** The questions behind the figures: where answers differ, and "don't know" across the group. */
export const CompareDetails = memo(function CompareDetails({
  comparison,
  lang,
  dimension,
}: ComparisonProps & {
  /** One dimension's questions only, beside its session notes (headings one level lower). */
  dimension?: string;
}) {
  const { t } = useTranslation('coach');
  const label = useColumnLabel();
  const cellText = useCellText();
  const c = dimension
    ? {
        ...comparison,
        differences: comparison.differences.filter((d) => d.dimension === dimension),
        dontKnow: comparison.dontKnow.filter((d) => d.dimension === dimension),
      }
    : comparison;
  const H = dimension ? 'h4' : 'h3';
  const many = c.columns.length > OVERLAY_MAX;
  const title = (id: string) =>
    localize(c.dimensions.find((d) => d.id === id)?.title ?? { de: id, en: id }, lang);
  return (
    <div className="compare-details">
      <H>{t('compare.differencesTitle')}</H>
      {!dimension && <p className="help">{t('compare.differencesHelp')}</p>}
      {c.differences.length === 0 ? (
        <p>{t('compare.noDifferences')}</p>
      ) : (
        <ul className="differences" data-testid="differences">
          {c.differences.map((d) => (
            <li key={d.question} className="difference">
              <p>
                {localize(d.text, lang)}{' '}
                {!dimension && <span className="meta">({title(d.dimension)})</span>}
              </p>
              {many && <Distribution cells={d.cells} question={d.definition} lang={lang} />}
              {/* Each answer; for a group too large for that, the answers that carry a note. */}
              {(!many || d.cells.some((cell) => cell.note)) && (
                <ul>
                  {d.cells.map((cell, i) =>
                    !many || cell.note ? (
                      <li key={c.columns[i]!.id}>
                        <strong>{label(c.columns[i]!, lang)}:</strong>{' '}
                        {cellText(cell, d.definition, lang)}
                        {cell.note && <q className="respondent-note">{cell.note}</q>}
                      </li>
                    ) : null,
                  )}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}

      <H>{t('compare.dontKnowTitle')}</H>
      {c.dontKnow.length === 0 ? (
        <p>{t('compare.noDontKnow')}</p>
      ) : (
        <ul className="dont-know" data-testid="dont-know">
          {c.dontKnow.map((d) => (
            <li key={d.question}>
              {localize(d.text, lang)}{' '}
              <strong>– {t('compare.dontKnowCount', { count: d.count, of: d.of })}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
