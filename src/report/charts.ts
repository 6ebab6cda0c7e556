// Vector charts drawn with jsPDF: sharp in print, their labels searchable text. They mean what
// the screen's charts mean: actual level filled in the primary colour, target dashed, a scale of
// 0 to 5 with ticks at the five levels; the portfolio split at 50 with the same quadrant tints.
import type { Quadrant } from '../core/scoring/plan';
import type { RadarAxis, ReportBlock } from '../core/report/report-model';
import type { Typesetter } from './text';
import { fill, stroke } from './paint';
import { COLOR, SIZE, type RGB } from './theme';

type Point = [number, number];

export function polygon(ts: Typesetter, points: Point[], style: 'S' | 'F' | 'FD') {
  if (points.length < 2) return;
  const [x0, y0] = points[0]!;
  const deltas = points.slice(1).map(([x, y], i) => [x - points[i]![0], y - points[i]![1]]);
  ts.doc.lines(deltas, x0, y0, [1, 1], style, true);
}

export function line(ts: Typesetter, x1: number, y1: number, x2: number, y2: number) {
  ts.doc.line(x1, y1, x2, y2);
}

/** Text with its top-left (or top-right, or top-centre) at a point, one line. */
export function label(
  ts: Typesetter,
  text: string,
  x: number,
  top: number,
  size: number,
  color: RGB,
  options: { bold?: boolean; align?: 'left' | 'right' | 'center'; max?: number } = {},
) {
  const bold = options.bold ?? false;
  const clean = options.max ? ts.fit(text, size, bold, options.max) : ts.clean(text);
  const w = ts.width(clean, size, bold);
  const left = options.align === 'right' ? x - w : options.align === 'center' ? x - w / 2 : x;
  ts.write(clean, left, ts.baseline(top, size), size, { bold, color });
  return w;
}

export interface Drawn {
  h: number;
  draw(x: number, y: number): void;
}

const LABEL_SIZE = SIZE.tiny;

/** The radar: current level per dimension filled, the target profile dashed over it. */
export function radarChart(
  ts: Typesetter,
  axes: RadarAxis[],
  legend: { actual: string; target: string },
  width: number,
): Drawn {
  const labelRoom = 11;
  const r = Math.min(width / 2 - labelRoom - 2, 24);
  const margin = 9.5;
  const chartH = 2 * r + 2 * margin;
  return {
    h: chartH,
    draw(x, y) {
      const cx = x + width / 2;
      const cy = y + margin + r;
      const n = axes.length;
      const at = (i: number, v: number): Point => {
        const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
        const rr = (Math.max(0, Math.min(5, v)) / 5) * r;
        return [cx + rr * Math.cos(angle), cy + rr * Math.sin(angle)];
      };
      // The actual profile's fill first, so that the grid stays visible over it.
      const actual = axes.map((a, i) => at(i, a.level ?? 0));
      fill(ts, COLOR.actualFill);
      stroke(ts, COLOR.actualFill, 0.1);
      polygon(ts, actual, 'F');
      stroke(ts, COLOR.grid, 0.2);
      for (let level = 1; level <= 5; level++)
        polygon(
          ts,
          axes.map((_, i) => at(i, level)),
          'S',
        );
      axes.forEach((_, i) => {
        const [ex, ey] = at(i, 5);
        line(ts, cx, cy, ex, ey);
      });
      for (let level = 1; level <= 5; level++) {
        const [, ly] = at(0, level);
        label(ts, String(level), cx + 1, ly - 1.5, SIZE.tiny, COLOR.faint);
      }
      stroke(ts, COLOR.actual, 0.45);
      polygon(ts, actual, 'S');
      fill(ts, COLOR.actual);
      actual.forEach(([px, py], i) => {
        if (axes[i]!.level !== null) ts.doc.circle(px, py, 0.55, 'F');
      });
      stroke(ts, COLOR.target, 0.55, [1.6, 1.1]);
      polygon(
        ts,
        axes.map((a, i) => at(i, a.target)),
        'S',
      );
      stroke(ts, COLOR.ink, 0.2);
      // Labels: the dimension's id, its level under it.
      axes.forEach((a, i) => {
        const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
        const lx = cx + (r + 3.2) * Math.cos(angle);
        const ly = cy + (r + 3.2) * Math.sin(angle);
        const cos = Math.cos(angle);
        const align = Math.abs(cos) < 0.3 ? 'center' : cos > 0 ? 'left' : 'right';
        const sin = Math.sin(angle);
        const top = sin < -0.3 ? ly - 6.4 : sin > 0.3 ? ly : ly - 3.2;
        label(ts, a.id, lx, top, LABEL_SIZE, COLOR.ink, { bold: true, align });
        label(ts, a.display, lx, top + 3.2, SIZE.tiny, COLOR.actual, {
          align,
        });
      });
      // The legend in the free bottom-left corner, one entry per line.
      const ly = y + chartH - 7.4;
      fill(ts, COLOR.actualFill);
      stroke(ts, COLOR.actual, 0.45);
      ts.doc.rect(x, ly + 0.8, 5, 2.4, 'FD');
      label(ts, legend.actual, x + 6.5, ly, SIZE.tiny, COLOR.muted);
      stroke(ts, COLOR.target, 0.55, [1.6, 1.1]);
      line(ts, x, ly + 5.6, x + 5, ly + 5.6);
      stroke(ts, COLOR.ink, 0.2);
      label(ts, legend.target, x + 6.5, ly + 3.6, SIZE.tiny, COLOR.muted);
    },
  };
}

const QUADRANT_PLACES: Record<Quadrant, { right: boolean; top: boolean }> = {
  robustReady: { right: true, top: true },
  robustNotReady: { right: true, top: false },
  vulnerableReady: { right: false, top: true },
  vulnerableNotReady: { right: false, top: false },
};

/** Resilience across, technology readiness up, both 0..100, the firm as one point. */
export function portfolioChart(
  ts: Typesetter,
  data: Extract<ReportBlock, { kind: 'portfolio' }>,
  width: number,
): Drawn {
  const left = 13;
  // Wide enough for a quadrant name such as "Dringender Handlungsbedarf" in two lines.
  const side = Math.min(width - left - 2, 56);
  const bottom = 11;
  return {
    h: side + bottom + 2,
    draw(x, y) {
      const x0 = x + left;
      const y0 = y + 1;
      const px = (v: number) => x0 + (Math.max(0, Math.min(100, v)) / 100) * side;
      const py = (v: number) => y0 + side - (Math.max(0, Math.min(100, v)) / 100) * side;
      stroke(ts, COLOR.line, 0.1);
      fill(ts, COLOR.quadrantLow);
      ts.doc.rect(x0, py(50), side / 2, side / 2, 'F');
      fill(ts, COLOR.quadrantHigh);
      ts.doc.rect(px(50), y0, side / 2, side / 2, 'F');
      stroke(ts, COLOR.grid, 0.2, [0.8, 0.8]);
      for (const v of [25, 75]) {
        line(ts, px(v), y0, px(v), y0 + side);
        line(ts, x0, py(v), x0 + side, py(v));
      }
      stroke(ts, COLOR.faint, 0.3);
      line(ts, px(50), y0, px(50), y0 + side);
      line(ts, x0, py(50), x0 + side, py(50));
      stroke(ts, COLOR.line, 0.3);
      ts.doc.rect(x0, y0, side, side, 'S');
      for (const v of [0, 25, 50, 75, 100]) {
        label(ts, String(v), px(v), y0 + side + 0.6, SIZE.tiny, COLOR.faint, { align: 'center' });
        label(ts, String(v), x0 - 1.2, py(v) - 1.4, SIZE.tiny, COLOR.faint, { align: 'right' });
      }
      label(ts, data.xLabel, x0 + side / 2, y0 + side + 4.6, SIZE.tiny, COLOR.muted, {
        align: 'center',
        max: side,
      });
      // The y-axis title, turned upright along the axis.
      const yTitle = ts.fit(data.yLabel, SIZE.tiny, false, side);
      const yw = ts.width(yTitle, SIZE.tiny);
      const muted = { bold: false, color: COLOR.muted };
      ts.write(yTitle, x + 3.2, y0 + side / 2 + yw / 2, SIZE.tiny, muted, 90);
      // Quadrant names in their corners; the current one bold.
      const pad = 1.1;
      for (const [q, place] of Object.entries(QUADRANT_PLACES) as [
        Quadrant,
        { right: boolean; top: boolean },
      ][]) {
        const current = q === data.current;
        const size = SIZE.tiny;
        const lines = ts.wrap(
          [{ text: data.quadrants[q], bold: current }],
          size,
          side / 2 - 2 * pad,
          current ? COLOR.ink : COLOR.faint,
        );
        const lh = ts.lineHeight(size);
        // Each name sits in its quadrant's outer corner; the point's own quadrant uses the
        // corner farthest from the point, so that the two never overlap.
        const [h0, h1] = place.right ? [50, 100] : [0, 50];
        const [v0, v1] = place.top ? [50, 100] : [0, 50];
        const right = current ? Math.abs(data.x - h0) <= Math.abs(data.x - h1) : place.right;
        const top = current ? Math.abs(data.y - v0) <= Math.abs(data.y - v1) : place.top;
        const qx = right ? px(h1) - pad : px(h0) + pad;
        const qy = top ? py(v1) + pad : py(v0) - pad - lines.length * lh;
        lines.forEach((l, i) =>
          ts.drawLine(
            l,
            right ? qx - (side / 2 - 2 * pad) : qx,
            qy + i * lh,
            size,
            right ? 'right' : 'left',
            side / 2 - 2 * pad,
          ),
        );
      }
      fill(ts, COLOR.actual);
      stroke(ts, COLOR.white, 0.4);
      ts.doc.circle(px(data.x), py(data.y), 1.5, 'FD');
      stroke(ts, COLOR.ink, 0.2);
    },
  };
}
