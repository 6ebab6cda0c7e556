import { useTranslation } from '../../i18n/use-translation';
import '../../i18n/results-texts';
import type { ChartPoint } from '../../core/scoring/plan';
import { localize, type Lang } from '../../core/common/text';
import { levelText } from '../../core/present/format';

/** Where a level 1..5 sits on the track, in percent (the track starts at 0). */
const at = (level: number) => `${(level / 5) * 100}%`;

/**
 * The fields as bars, in the questionnaire's order, with their full names: the current level as a
 * filled bar with its value written beside it, the target as a dark mark across the track (shape
 * and words carry the meaning, not the colour alone). Plain HTML: it reads as a list aloud, wraps
 * on a phone and prints as it is.
 */
export function FieldChart({
  points,
  lang,
  caption,
  projector = false,
}: {
  points: ChartPoint[];
  lang: Lang;
  /** What the bars show, when it is not one assessment's current level. */
  caption?: string;
  /** Large type and strong contrast for a room (the facilitator's view). */
  projector?: boolean;
}) {
  const { t } = useTranslation('results');
  return (
    <figure
      className={projector ? 'chart field-chart projector' : 'chart field-chart'}
      data-testid="field-chart"
    >
      <figcaption>
        {caption ?? t('fieldChart.caption')} <span className="meta">({t('fieldChart.scale')})</span>
      </figcaption>
      <p className="field-legend" aria-hidden="true">
        <span className="legend-level" /> {t('chart.actual')}
        <span className="legend-target" /> {t('chart.target')}
      </p>
      <ol className="field-rows">
        {points.map((p) => (
          <li key={p.dimension} className="field-row" data-dimension={p.dimension}>
            <span className="field-name">{localize(p.title, lang)}</span>
            <span className="field-track" aria-hidden="true">
              {p.level !== null && <span className="field-bar" style={{ width: at(p.level) }} />}
              <span className="field-target" style={{ left: at(p.target) }} />
            </span>
            <span className="field-value">
              {p.level === null
                ? t('fieldChart.notAssessed', { target: p.target })
                : t('fieldChart.value', { level: levelText(p.level, lang), target: p.target })}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
