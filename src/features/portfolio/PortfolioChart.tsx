import { useTranslation } from '../../i18n/use-translation';
import { COLORS } from '../../core/present/tokens';
import {
  CartesianGrid,
  Label,
  ReferenceArea,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
} from 'recharts';

export default function PortfolioChart({ x, y, label }: { x: number; y: number; label: string }) {
  const { t } = useTranslation('results');
  return (
    <ResponsiveContainer width="100%" height={420} initialDimension={{ width: 560, height: 420 }}>
      <ScatterChart margin={{ top: 16, right: 24, bottom: 32, left: 16 }}>
        <ReferenceArea x1={0} x2={50} y1={0} y2={50} fill={COLORS.quadrantLow} fillOpacity={0.6} />
        <ReferenceArea
          x1={50}
          x2={100}
          y1={50}
          y2={100}
          fill={COLORS.quadrantHigh}
          fillOpacity={0.6}
        />
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="x" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]}>
          <Label value={t('portfolio.xAxis')} position="bottom" />
        </XAxis>
        <YAxis type="number" dataKey="y" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]}>
          <Label value={t('portfolio.yAxis')} angle={-90} position="insideLeft" />
        </YAxis>
        <Scatter name={label} data={[{ x, y }]} fill={COLORS.primary} isAnimationActive={false} />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
