import { useTranslation } from '../../i18n/use-translation';
import type { Quadrant } from '../../core/scoring/plan';
import { scoreText } from '../../core/present/format';

/** The quadrants as the chart shows them, in reading order: top left, top right, bottom. */
export const CHART_ORDER: readonly Quadrant[] = [
  'vulnerableReady',
  'robustReady',
  'vulnerableNotReady',
  'robustNotReady',
];

/**
 * The portfolio as the report draws it: four named quadrants split at 50, full axis titles and
 * the firm as a labelled point. Plain HTML: the names wrap on a phone and the position is read
 * out as a sentence.
 */
export function PortfolioChart({
  x,
  y,
  quadrant,
  label,
}: {
  x: number;
  y: number;
  quadrant: Quadrant;
  label: string;
}) {
  const { t } = useTranslation('results');
  const position = t('portfolio.position', { x: scoreText(x), y: scoreText(y) });
  // The point's label sits on the side with room.
  const side = `${x > 55 ? 'left' : 'right'} ${y > 85 ? 'below' : 'above'}`;
  return (
    <figure className="chart portfolio-chart" data-testid="portfolio-chart">
      <figcaption>{t('portfolio.caption')}</figcaption>
      <p className="portfolio-y-title" aria-hidden="true">
        ↑ {t('portfolio.yAxis')}
      </p>
      <div className="portfolio-frame">
        <div className="portfolio-ticks-y" aria-hidden="true">
          <span>100</span>
          <span>50</span>
          <span>0</span>
        </div>
        <div
          className="portfolio-plot"
          role="img"
          aria-label={`${label}: ${position} – ${t(`portfolio.quadrant.${quadrant}.name`)}`}
        >
          {CHART_ORDER.map((q) => (
            <div
              key={q}
              className={`portfolio-quadrant quadrant-${q}${q === quadrant ? ' is-current' : ''}`}
            >
              {t(`portfolio.quadrant.${q}.name`)}
            </div>
          ))}
          <span className="portfolio-dot" style={{ left: `${x}%`, bottom: `${y}%` }} />
          <span
            className={`portfolio-dot-label ${side}`}
            style={{ left: `${x}%`, bottom: `${y}%` }}
          >
            {label}
            <br />
            {scoreText(x)} / {scoreText(y)}
          </span>
        </div>
        <div className="portfolio-ticks-x" aria-hidden="true">
          <span>0</span>
          <span>50</span>
          <span>100</span>
        </div>
      </div>
      <p className="portfolio-x-title" aria-hidden="true">
        {t('portfolio.xAxis')} →
      </p>
    </figure>
  );
}
