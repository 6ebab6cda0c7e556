import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import type { AnswerCell, Column, Comparison } from '../../core/compare';
import type { Question } from '../../core/questionnaire';
import { localize, type Lang } from '../../core/text';
import { formatDay, formatLevel, formatScore } from '../../ui/format';

/** Colours told apart also in grey print (darkness differs), with a dash pattern each. */
export const SERIES = [
  { color: '#1f5f8b', dash: undefined },
  { color: '#b8561b', dash: '6 3' },
  { color: '#2e7d32', dash: '2 3' },
  { color: '#6a3d9a', dash: '8 3 2 3' },
  { color: '#8c6d00', dash: '4 4' },
  { color: '#c2185b', dash: '1 2' },
  { color: '#00695c', dash: '10 4' },
  { color: '#4e342e', dash: '3 6' },
] as const;

export function useColumnLabel() {
  const { t: tc } = useTranslation();
  return (c: Column, lang: Lang) =>
    `${tc(`role.${c.role}` as 'role.other')} · ${formatDay(c.date, lang)}`;
}

function OverlayRadar({ comparison, lang }: { comparison: Comparison; lang: Lang }) {
  const { t } = useTranslation('coach');
  const label = useColumnLabel();
  const data = comparison.dimensions.map((d) => ({
    name: d.id,
    title: localize(d.title, lang),
    ...Object.fromEntries(comparison.columns.map((c, i) => [c.id, d.levels[i] ?? 0])),
  }));
  return (
    <figure className="chart">
      <ResponsiveContainer width="100%" height={380} initialDimension={{ width: 600, height: 380 }}>
        <RadarChart data={data} outerRadius="70%">
          <PolarGrid />
          <PolarAngleAxis dataKey="name" />
          <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} />
          {comparison.columns.map((c, i) => {
            const s = SERIES[i % SERIES.length]!;
            return (
              <Radar
                key={c.id}
                name={label(c, lang)}
                dataKey={c.id}
                stroke={s.color}
                strokeDasharray={s.dash}
                strokeWidth={2}
                fill={s.color}
                fillOpacity={comparison.columns.length > 3 ? 0 : 0.08}
                isAnimationActive={false}
              />
            );
          })}
          <Legend />
        </RadarChart>
      </ResponsiveContainer>
      <figcaption>{t('compare.radarCaption')}</figcaption>
    </figure>
  );
}

/** A respondent's answer in words: the level and its name, the options, the number, yes or no. */
export function useCellText() {
  const { t } = useTranslation('coach');
  const { t: tc } = useTranslation();
  return (cell: AnswerCell, q: Question, lang: Lang): string => {
    if (cell.state === 'absent') return t('compare.absent');
    if (cell.state === 'dontKnow') return t('compare.dontKnow');
    if (cell.state === 'notRelevant') return t('compare.notRelevant');
    const raw = cell.raw;
    if (cell.state === 'unanswered' || raw === null) return '–';
    switch (q.type) {
      case 'maturity':
        return typeof raw === 'number'
          ? `${raw} – ${tc(`level.${raw}` as 'level.1')}`
          : '–';
      case 'single':
      case 'multi': {
        const ids = Array.isArray(raw) ? raw : [raw];
        return q.options
          .filter((o) => ids.includes(o.id))
          .map((o) => localize(o.label, lang))
          .join('; ');
      }
      case 'number':
        return `${new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB').format(Number(raw))} ${localize(q.unit, lang)}`;
      case 'boolean':
        return tc(raw === true ? 'answer.yes' : 'answer.no');
      case 'text':
        return String(raw);
    }
  };
}

export function CompareView({ comparison, lang }: { comparison: Comparison; lang: Lang }) {
  const { t } = useTranslation('coach');
  const label = useColumnLabel();
  const c = comparison;
  const title = (id: string) =>
    localize(c.dimensions.find((d) => d.id === id)?.title ?? { de: id, en: id }, lang);
  const cellText = useCellText();
  return (
    <div className="compare">
      {c.versionDifferences.length > 0 && (
        <div className="banner banner-info" role="note">
          <p>{t('compare.versions', { versions: c.questionnaire.versions.join(', ') })}</p>
          <ul>
            {c.versionDifferences.map((v) => (
              <li key={`${v.kind}-${v.id}`}>
                {t(`compare.versionKind.${v.kind}`, { id: v.id, versions: v.versions.join(', ') })}{' '}
                – {localize(v.text, lang)}
              </li>
            ))}
          </ul>
        </div>
      )}

      <OverlayRadar comparison={c} lang={lang} />

      <h3>{t('compare.tableTitle')}</h3>
      <div className="table-wrap">
        <table className="dimension-table compare-table" data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col">{t('compare.dimension')}</th>
              {c.columns.map((col) => (
                <th scope="col" key={col.id}>
                  {label(col, lang)}
                  {c.questionnaire.versions.length > 1 && (
                    <span className="meta"> v{col.version}</span>
                  )}
                </th>
              ))}
              <th scope="col">{t('compare.mean')}</th>
              <th scope="col">{t('compare.range')}</th>
              <th scope="col">{t('compare.agreement')}</th>
            </tr>
          </thead>
          <tbody>
            {c.dimensions.map((d) => (
              <tr key={d.id} data-dimension={d.id}>
                <th scope="row">
                  <span className="dim-id">{d.id}</span> {localize(d.title, lang)}
                </th>
                {d.scores.map((s, i) => (
                  <td key={c.columns[i]!.id}>
                    {!d.present[i]
                      ? t('compare.absent')
                      : s === null
                        ? '–'
                        : `${formatScore(s)} (${formatLevel(d.levels[i]!, lang)})`}
                  </td>
                ))}
                <td data-cell="mean">{d.mean === null ? '–' : formatScore(d.mean)}</td>
                <td data-cell="range">
                  {d.min === null || d.max === null
                    ? '–'
                    : `${formatScore(d.min)}–${formatScore(d.max)}`}
                </td>
                <td data-cell="agreement">
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
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('compare.overall')}</th>
              {c.columns.map((col) => (
                <td key={col.id}>{col.score === null ? '–' : formatScore(col.score)}</td>
              ))}
              <td>{c.overall.mean === null ? '–' : formatScore(c.overall.mean)}</td>
              <td>
                {c.overall.min === null || c.overall.max === null
                  ? '–'
                  : `${formatScore(c.overall.min)}–${formatScore(c.overall.max)}`}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
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
                  from: formatScore(m.from),
                  to: formatScore(m.to),
                  delta: formatScore(Math.abs(m.delta)),
                })}
              </li>
            ))}
          </ul>
        </div>
      ))}

      <h3>{t('compare.differencesTitle')}</h3>
      <p className="help">{t('compare.differencesHelp')}</p>
      {c.differences.length === 0 ? (
        <p>{t('compare.noDifferences')}</p>
      ) : (
        <ul className="differences" data-testid="differences">
          {c.differences.map((d) => (
            <li key={d.question} className="difference">
              <p>
                <span className="dim-id">{d.question}</span> {localize(d.text, lang)}{' '}
                <span className="meta">({title(d.dimension)})</span>
              </p>
              <ul>
                {d.cells.map((cell, i) => (
                  <li key={c.columns[i]!.id}>
                    <strong>{label(c.columns[i]!, lang)}:</strong>{' '}
                    {cellText(cell, d.definition, lang)}
                    {cell.note && <q className="respondent-note">{cell.note}</q>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}

      <h3>{t('compare.dontKnowTitle')}</h3>
      {c.dontKnow.length === 0 ? (
        <p>{t('compare.noDontKnow')}</p>
      ) : (
        <ul className="dont-know" data-testid="dont-know">
          {c.dontKnow.map((d) => (
            <li key={d.question}>
              <span className="dim-id">{d.question}</span> {localize(d.text, lang)}:{' '}
              {t('compare.dontKnowCount', { count: d.count, of: d.of })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
