// Line and fill settings of jsPDF for every drawing of the report (blocks, charts, cover, page
// frame); the colour of text is set where text is written, `Typesetter.write`.
import type { Typesetter } from './text';
import type { RGB } from './theme';

export function stroke(ts: Typesetter, color: RGB, width: number, dash: number[] | null = null) {
  ts.doc.setDrawColor(color[0], color[1], color[2]);
  ts.doc.setLineWidth(width);
  ts.doc.setLineDashPattern(dash ?? [], 0);
}

export function fill(ts: Typesetter, color: RGB) {
  ts.doc.setFillColor(color[0], color[1], color[2]);
}
