import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from '../../i18n/use-translation';
import type { ChartPoint } from '../../core/scoring/plan';
import { localize, type Lang } from '../../core/common/text';

export const CHART_COLORS = { actual: '#1f5f8b', target: '#b8561b' } as const;

interface Props {
  points: ChartPoint[];
  lang: Lang;
  /** Fixed size for tests and print; otherwise the chart fills its container. */
  width?: number;
}

function rows(points: ChartPoint[], lang: Lang) {
  return points.map((p) => ({
    name: p.dimension,
    title: localize(p.title, lang),
    level: p.level ?? 0,
    target: p.target,
  }));
}

export function RadarView({ points, lang, width }: Props) {
  const { t } = useTranslation('results');
  const data = rows(points, lang);
  const chart = (
    <RadarChart data={data} outerRadius="72%" {...(width ? { width, height: width * 0.8 } : {})}>
      <PolarGrid />
      <PolarAngleAxis dataKey="name" />
      <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} />
      <Radar
        name={t('chart.actual')}
        dataKey="level"
        stroke={CHART_COLORS.actual}
        fill={CHART_COLORS.actual}
        fillOpacity={0.25}
        isAnimationActive={false}
      />
      <Radar
        name={t('chart.target')}
        dataKey="target"
        stroke={CHART_COLORS.target}
        fill="none"
        strokeDasharray="6 4"
        strokeWidth={2}
        isAnimationActive={false}
      />
      <Legend />
    </RadarChart>
  );
  return width ? (
    chart
  ) : (
    <ResponsiveContainer width="100%" height={380} initialDimension={{ width: 600, height: 380 }}>
      {chart}
    </ResponsiveContainer>
  );
}

export function BarView({ points, lang, width }: Props) {
  const { t } = useTranslation('results');
  const data = rows(points, lang);
  const chart = (
    <BarChart
      data={data}
      layout="vertical"
      margin={{ left: 8, right: 16 }}
      {...(width ? { width, height: 40 * data.length + 60 } : {})}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" domain={[0, 5]} ticks={[1, 2, 3, 4, 5]} />
      <YAxis type="category" dataKey="name" width={40} />
      <Bar
        name={t('chart.actual')}
        dataKey="level"
        fill={CHART_COLORS.actual}
        isAnimationActive={false}
      />
      <Bar
        name={t('chart.target')}
        dataKey="target"
        fill={CHART_COLORS.target}
        fillOpacity={0.55}
        isAnimationActive={false}
      />
      <Legend />
    </BarChart>
  );
  return width ? (
    chart
  ) : (
    <ResponsiveContainer
      width="100%"
      height={40 * data.length + 60}
      initialDimension={{ width: 600, height: 40 * data.length + 60 }}
    >
      {chart}
    </ResponsiveContainer>
  );
}

export default function Charts({ points, lang }: Props) {
  const { t } = useTranslation('results');
  return (
    <div className="charts">
      <figure className="chart" data-testid="radar-chart">
        <figcaption>{t('chart.radarCaption')}</figcaption>
        <RadarView points={points} lang={lang} />
      </figure>
      <figure className="chart">
        <figcaption>{t('chart.barCaption')}</figcaption>
        <BarView points={points} lang={lang} />
      </figure>
    </div>
  );
}
