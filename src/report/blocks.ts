// From the report model's blocks to measured atoms: each knows its height before it is placed and
// draws itself wherever the pagination puts it. Nothing here decides what the report says.
import type { MeasureClass } from '../core/scoring/plan';
import type {
  AnswerEntryBlock,
  Gauge,
  KeyFigure,
  Measure,
  QuestionBar,
  ReportBlock,
  Span,
  TableCell,
  TableColumn,
  TextStyle,
  Tone,
} from '../core/report/report-model';
import { label, line, portfolioChart, radarChart, type Drawn } from './charts';
import { fill, stroke } from './paint';
import type { Atom } from './flow';
import type { Line, Piece, Typesetter } from './text';
import { COLOR, SIZE, TEXT_WIDTH, tint, toneColor, type RGB } from './theme';

const STYLE: Record<TextStyle, { size: number; color: RGB; before: number }> = {
  lead: { size: SIZE.lead, color: COLOR.ink, before: 1.5 },
  body: { size: SIZE.body, color: COLOR.ink, before: 2.2 },
  small: { size: SIZE.small, color: COLOR.ink, before: 1.8 },
  muted: { size: SIZE.small, color: COLOR.muted, before: 1.8 },
  note: { size: SIZE.small, color: COLOR.muted, before: 1.2 },
};

const pieces = (spans: Span[]): Piece[] =>
  spans.map((s) => ({
    text: s.text,
    bold: s.bold,
    color: s.tone ? toneColor(s.tone) : undefined,
    ref: s.page,
  }));

/** The measure of running text at a size: smaller type, shorter lines (about 90 characters). */
const measureAt = (size: number) => TEXT_WIDTH * Math.min(1, size / SIZE.small);

/** Boxes at least this wide set a side column (tag, meta) beside their text. */
const SIDE_FROM = 140;
const SIDE = 44;

/** Lines of text as one measured unit. */
class TextBox {
  readonly lines: Line[];
  readonly lh: number;
  constructor(
    readonly ts: Typesetter,
    content: Piece[],
    readonly size: number,
    readonly width: number,
    color: RGB = COLOR.ink,
    readonly align: 'left' | 'right' | 'center' = 'left',
  ) {
    this.lines = content.some((p) => p.text.trim()) ? ts.wrap(content, size, width, color) : [];
    this.lh = ts.lineHeight(size);
  }
  get h() {
    return this.lines.length * this.lh;
  }
  draw(x: number, y: number) {
    this.lines.forEach((l, i) =>
      this.ts.drawLine(l, x, y + i * this.lh, this.size, this.align, this.width),
    );
  }
}

export class Composer {
  constructor(private readonly ts: Typesetter) {}

  private box(
    content: Piece[],
    size: number,
    width: number,
    color: RGB = COLOR.ink,
    align: 'left' | 'right' | 'center' = 'left',
  ) {
    return new TextBox(this.ts, content, size, width, color, align);
  }

  /** A paragraph as an atom that can break between its lines. */
  text(content: Piece[], size: number, x: number, width: number, color: RGB, before: number): Atom {
    const box = this.box(content, size, width, color);
    const lines: Atom[] = box.lines.map((l) => ({
      h: box.lh,
      before: 0,
      draw: (y) => this.ts.drawLine(l, x, y, size),
    }));
    return {
      h: box.h,
      before,
      splittable: true,
      lines,
      draw: (y) => box.draw(x, y),
    };
  }

  sectionTitle(title: string, eyebrow: string | undefined, x: number, width: number): Atom {
    const eyeText = eyebrow ? this.ts.clean(eyebrow) : '';
    const eyeW = eyebrow ? this.ts.width(eyeText, SIZE.small, true) : 0;
    const titleW = this.ts.width(this.ts.clean(title), SIZE.title, true);
    // The eyebrow sits at the right end of the title's line where both fit, else above it.
    const beside = eyebrow !== undefined && titleW + eyeW + 8 <= width;
    const eye =
      eyebrow && !beside
        ? this.box([{ text: eyebrow, bold: true }], SIZE.small, width, COLOR.actual)
        : null;
    const head = this.box([{ text: title, bold: true }], SIZE.title, width, COLOR.ink);
    const eyeH = eye ? eye.h + 0.6 : 0;
    return {
      h: eyeH + head.h + 4,
      before: 0,
      keepWithNext: true,
      heading: true,
      draw: (y) => {
        eye?.draw(x, y);
        if (beside)
          label(this.ts, eyeText, x + width, y + 1.6, SIZE.small, COLOR.actual, {
            bold: true,
            align: 'right',
          });
        head.draw(x, y + eyeH);
        stroke(this.ts, COLOR.actual, 0.8);
        line(this.ts, x, y + eyeH + head.h + 1.2, x + 16, y + eyeH + head.h + 1.2);
      },
    };
  }

  compose(block: ReportBlock, x: number, width: number): Atom[] {
    switch (block.kind) {
      case 'heading': {
        const size = block.level === 2 ? SIZE.h2 : SIZE.h3;
        const box = this.box([{ text: block.text, bold: true }], size, width);
        return [
          {
            h: box.h + (block.level === 2 ? 1.4 : 0.6),
            before: block.level === 2 ? 5 : 3.2,
            keepWithNext: true,
            heading: true,
            draw: (y) => box.draw(x, y),
          },
        ];
      }
      case 'paragraph': {
        const s = STYLE[block.style];
        const atom = this.text(
          pieces(block.spans),
          s.size,
          x,
          Math.min(width, TEXT_WIDTH),
          s.color,
          s.before,
        );
        return [block.keepWithNext ? { ...atom, keepWithNext: true } : atom];
      }
      case 'figures':
        return [this.figures(block.items, x, width, block.compact ?? false)];
      case 'table':
        return this.table(block.columns, block.rows, x, width, block.compact ?? false);
      case 'bullets': {
        const atoms = block.items.map((item, i): Atom => {
          const marker = block.numbered ? `${i + 1}.` : '•';
          const indent = block.numbered ? 6 : 4.5;
          const atom = this.text(
            pieces(item),
            SIZE.body,
            x + indent,
            Math.min(width, TEXT_WIDTH) - indent,
            COLOR.ink,
            1.4,
          );
          const first = atom.lines?.[0];
          const drawMarker = (y: number) =>
            label(this.ts, marker, x + (block.numbered ? 0 : 0.8), y, SIZE.body, COLOR.actual, {
              bold: true,
            });
          return {
            ...atom,
            draw: (y) => {
              drawMarker(y);
              atom.draw(y);
            },
            ...(atom.lines && first
              ? {
                  lines: [
                    {
                      ...first,
                      draw: (y: number) => {
                        drawMarker(y);
                        first.draw(y);
                      },
                    },
                    ...atom.lines.slice(1),
                  ],
                }
              : {}),
          };
        });
        const last = atoms[atoms.length - 1];
        if (block.keepWithNext && last) atoms[atoms.length - 1] = { ...last, keepWithNext: true };
        return atoms;
      }
      case 'ranked':
        return this.ranked(block, x, width);
      case 'flag':
        return [this.flag(block, x, width)];
      case 'questionBars':
        return this.questionBars(block, x, width);
      case 'radar':
        return [
          this.captioned(
            block.caption,
            radarChart(this.ts, block.axes, block.legend, width),
            x,
            width,
          ),
        ];
      case 'portfolio':
        return [
          this.captioned(block.caption ?? '', portfolioChart(this.ts, block, width), x, width),
        ];
      case 'gauges':
        return block.items.map((g) => this.gauge(g, block.triggers, block.none, x, width));
      case 'measure':
        return [this.measure(block.measure, x, width)];
      case 'answer':
        return [this.answer(block.entry, x, width)];
      case 'noteLines':
        return [this.noteLines(block.lines, block.label, x, width)];
      case 'columns':
        return [this.columns(block.columns, block.widths, x, width)];
      case 'levelScale':
        return block.levels.map((l) => this.levelRow(l, x, width));
    }
  }

  /** A chart under its caption, as one unit. */
  private captioned(caption: string, chart: Drawn, x: number, width: number): Atom {
    const box = this.box([{ text: caption }], SIZE.tiny, width, COLOR.muted);
    return {
      h: box.h + 1 + chart.h,
      before: 2,
      draw: (y) => {
        box.draw(x, y);
        chart.draw(x, y + box.h + 1);
      },
    };
  }

  private figures(items: KeyFigure[], x: number, width: number, compact: boolean): Atom {
    const gap = 3;
    const w = (width - gap * (items.length - 1)) / items.length;
    const pad = compact ? 1.4 : 2.2;
    const inner = w - 2 * pad;
    const boxes = items.map((it) => {
      let size: number = compact ? SIZE.h2 : SIZE.figure;
      while (size > 9 && this.ts.width(this.ts.clean(it.value), size, true) > inner) size -= 1;
      // Compact: the value with the label beside it where each word of the label fits there,
      // else the label above; the detail under both.
      const valueW = this.ts.width(this.ts.clean(it.value), size, true) + 1.5;
      const beside =
        compact &&
        this.ts
          .clean(it.label)
          .split(/\s+/)
          .every((word) => this.ts.width(word, SIZE.tiny) <= inner - valueW);
      const value = this.box([{ text: it.value, bold: true }], size, inner, toneColor(it.tone));
      return {
        it,
        label: this.box(
          [{ text: it.label }],
          SIZE.tiny,
          beside ? inner - valueW : inner,
          COLOR.muted,
        ),
        value,
        valueW: beside ? valueW : 0,
        detail: this.box([{ text: it.detail ?? '' }], SIZE.tiny, inner, COLOR.muted),
      };
    });
    /** The value with the label beside it (compact), or the label's lines above the value. */
    const head = (b: (typeof boxes)[number]) =>
      b.valueW ? Math.max(b.value.h, b.label.h) : b.label.h + b.value.h;
    const h = Math.max(...boxes.map((b) => head(b) + b.detail.h)) + 2 * pad + 0.8;
    return {
      h,
      before: compact ? 2.5 : 3,
      draw: (y) =>
        boxes.forEach((b, i) => {
          const bx = x + i * (w + gap);
          fill(this.ts, COLOR.panel);
          this.ts.doc.rect(bx, y, w, h, 'F');
          fill(this.ts, b.it.tone && b.it.tone !== 'neutral' ? toneColor(b.it.tone) : COLOR.line);
          this.ts.doc.rect(bx, y, w, 0.8, 'F');
          const top = y + pad + 0.8;
          if (b.valueW) {
            b.value.draw(bx + pad, top);
            b.label.draw(bx + pad + b.valueW, top + Math.max(0, b.value.h - b.label.h) - 0.3);
          } else {
            b.label.draw(bx + pad, top);
            b.value.draw(bx + pad, top + b.label.h);
          }
          b.detail.draw(bx + pad, top + head(b));
        }),
    };
  }

  private table(
    columns: TableColumn[],
    rows: TableCell[][],
    x: number,
    width: number,
    compact: boolean,
  ): Atom[] {
    const padX = 1.6;
    const padY = compact ? 0.8 : 1.3;
    const size = SIZE.small;
    const widths = columns.map((c) => c.width * width);
    const offsets = widths.map((_, i) => widths.slice(0, i).reduce((s, w) => s + w, 0));
    const cellBox = (cell: TableCell, i: number, size: number, header: boolean) => {
      const main = this.box(
        [{ text: cell.text, bold: cell.bold || header }],
        size,
        widths[i]! - 2 * padX,
        header ? COLOR.muted : toneColor(cell.tone),
        columns[i]!.align ?? 'left',
      );
      const detail = cell.detail
        ? this.box(
            [{ text: cell.detail }],
            SIZE.tiny,
            widths[i]! - 2 * padX,
            COLOR.muted,
            columns[i]!.align ?? 'left',
          )
        : null;
      return { main, detail, h: main.h + (detail?.h ?? 0) };
    };
    const headerCells = columns.map((c, i) => cellBox({ text: c.label }, i, SIZE.tiny, true));
    const headerH = Math.max(...headerCells.map((c) => c.h)) + 2 * padY;
    const header: Atom = {
      h: headerH,
      before: 2.5,
      keepWithNext: true,
      draw: (y) => {
        headerCells.forEach((c, i) => c.main.draw(x + offsets[i]! + padX, y + padY));
        stroke(this.ts, COLOR.ink, 0.3);
        line(this.ts, x, y + headerH, x + width, y + headerH);
      },
    };
    const body = rows.map((row): Atom => {
      const cells = row.map((cell, i) => cellBox(cell, i, size, false));
      const h = Math.max(...cells.map((c) => c.h)) + 2 * padY;
      return {
        h,
        before: 0,
        header: { ...header, before: 0 },
        draw: (y) => {
          cells.forEach((c, i) => {
            c.main.draw(x + offsets[i]! + padX, y + padY);
            c.detail?.draw(x + offsets[i]! + padX, y + padY + c.main.h);
          });
          stroke(this.ts, COLOR.grid, 0.2);
          line(this.ts, x, y + h, x + width, y + h);
        },
      };
    });
    return [header, ...body];
  }

  private ranked(
    block: Extract<ReportBlock, { kind: 'ranked' }>,
    x: number,
    width: number,
  ): Atom[] {
    const title = this.box([{ text: block.title, bold: true }], SIZE.h3, width);
    const head: Atom = {
      h: title.h + 0.6,
      before: 3.5,
      keepWithNext: true,
      heading: true,
      draw: (y) => title.draw(x, y),
    };
    if (block.items.length === 0)
      return [head, this.text([{ text: block.empty }], SIZE.small, x, width, COLOR.muted, 1.2)];
    const indent = 6.5;
    return [
      head,
      ...block.items.map((item, i): Atom => {
        const t = this.box([{ text: item.title, bold: true }], SIZE.small, width - indent);
        const r = this.box([{ text: item.reason }], SIZE.small, width - indent, COLOR.muted);
        const color = toneColor(item.tone);
        return {
          h: t.h + r.h + 0.4,
          before: 1.6,
          draw: (y) => {
            fill(this.ts, color);
            this.ts.doc.circle(x + 2.2, y + 2.1, 2.1, 'F');
            label(this.ts, String(i + 1), x + 2.2, y + 0.45, SIZE.tiny, COLOR.white, {
              bold: true,
              align: 'center',
            });
            t.draw(x + indent, y);
            r.draw(x + indent, y + t.h + 0.4);
          },
        };
      }),
    ];
  }

  private flag(block: Extract<ReportBlock, { kind: 'flag' }>, x: number, width: number): Atom {
    const color = toneColor(block.severity as Tone);
    const bar = block.severity === 'warning' ? COLOR.warningLine : color;
    const pad = block.compact ? 1.4 : 1.8;
    const inner = width - 4 - pad;
    // Wide: severity and field in a side column, the text beside them; narrow: stacked.
    const side = !block.compact && width >= SIDE_FROM;
    const textW = side ? Math.min(inner - SIDE - 3, TEXT_WIDTH) : inner;
    const head = this.box(
      side
        ? [
            { text: block.label, bold: true, color },
            { text: `\n${block.dimension}`, color: COLOR.muted },
          ]
        : [
            { text: block.label, bold: true, color },
            { text: `  ${block.dimension}`, color: COLOR.muted },
          ],
      SIZE.tiny,
      side ? SIDE : inner,
    );
    const body = this.box([{ text: block.text }], block.compact ? SIZE.tiny : SIZE.small, textW);
    const detail = block.detail
      ? this.box(
          [{ text: block.detail }],
          SIZE.tiny,
          Math.min(textW, measureAt(SIZE.tiny)),
          COLOR.muted,
        )
      : null;
    const detailH = detail ? detail.h + 0.8 : 0;
    const textH = body.h + detailH;
    const h = (side ? Math.max(head.h, textH) : head.h + 0.3 + textH) + 2 * pad;
    const textX = side ? x + 4 + SIDE + 3 : x + 4;
    return {
      h,
      before: block.compact ? 1.8 : 2.2,
      draw: (y) => {
        fill(this.ts, tint(bar, 0.08));
        this.ts.doc.rect(x, y, width, h, 'F');
        fill(this.ts, bar);
        this.ts.doc.rect(x, y, 1.1, h, 'F');
        head.draw(x + 4, y + pad + (side ? 0.5 : 0));
        const ty = y + pad + (side ? 0 : head.h + 0.3);
        body.draw(textX, ty);
        detail?.draw(textX, ty + body.h + 0.8);
      },
    };
  }

  private questionBars(
    block: Extract<ReportBlock, { kind: 'questionBars' }>,
    x: number,
    width: number,
  ): Atom[] {
    const num = 10;
    // Wide enough for "nicht relevant" in two lines.
    const valueW = 13;
    const trackW = 28;
    const gap = 3;
    const textW = width - num - gap - trackW - gap - valueW;
    const trackX = x + num + textW + gap;
    const valueX = trackX + trackW + gap;
    const at = (v: number) => trackX + (Math.max(0, Math.min(5, v)) / 5) * trackW;
    const targetLine = (y1: number, y2: number) => {
      stroke(this.ts, COLOR.target, 0.5, [1.2, 0.9]);
      line(this.ts, at(block.target), y1, at(block.target), y2);
      stroke(this.ts, COLOR.ink, 0.2);
    };
    // The title at the left (a heading of its own), the scale and the target over the bars.
    const title = this.box([{ text: block.title, bold: true }], SIZE.h3, textW + num);
    const header: Atom = {
      h: Math.max(8.4, title.h + 1.5),
      before: 3.6,
      keepWithNext: true,
      heading: true,
      draw: (y) => {
        title.draw(x, y + 8.4 - title.h - 0.6);
        const tw = this.ts.width(this.ts.clean(block.targetLabel), SIZE.tiny, true);
        const tx = Math.min(
          Math.max(at(block.target) - tw / 2, trackX),
          trackX + trackW + valueW - tw,
        );
        label(this.ts, block.targetLabel, tx, y, SIZE.tiny, COLOR.target, { bold: true });
        for (let l = 1; l <= 5; l++)
          label(this.ts, String(l), at(l), y + 3.4, SIZE.tiny, COLOR.faint, { align: 'center' });
        targetLine(y + 3.2, y + 8.4);
      },
    };
    const rows = block.rows.map((row: QuestionBar): Atom => {
      // The question, and beside its last word the tag of the field's weakest question.
      const text = this.box(
        [
          { text: row.text },
          ...(row.weakest
            ? [{ text: ` ▼ ${block.weakest}`, bold: true, color: COLOR.target }]
            : []),
        ],
        SIZE.small,
        textW,
      );
      const value = this.box(
        [{ text: row.display, bold: row.level !== null }],
        row.level !== null ? SIZE.small : SIZE.tiny,
        valueW,
        row.level !== null ? COLOR.actual : COLOR.muted,
      );
      const pad = 0.9;
      const h = Math.max(text.h, 5, value.h) + 2 * pad;
      return {
        h,
        before: 0,
        header: { ...header, before: 0 },
        draw: (y) => {
          label(this.ts, row.number, x, y + pad, SIZE.tiny, COLOR.muted, { bold: true });
          text.draw(x + num, y + pad);
          // Track with the five level ticks, then the bar, then the target over both.
          const ty = y + pad + 0.4;
          fill(this.ts, COLOR.panel);
          this.ts.doc.rect(trackX, ty, trackW, 3.6, 'F');
          stroke(this.ts, COLOR.white, 0.3);
          for (let l = 1; l < 5; l++) line(this.ts, at(l), ty, at(l), ty + 3.6);
          if (row.level !== null) {
            fill(this.ts, COLOR.actual);
            this.ts.doc.rect(trackX, ty, at(row.level) - trackX, 3.6, 'F');
          }
          value.draw(valueX, y + pad + (row.level !== null ? 0 : 0.5));
          targetLine(y, y + h);
          stroke(this.ts, COLOR.grid, 0.2);
          line(this.ts, x, y + h, trackX - gap / 2, y + h);
        },
      };
    });
    return [header, ...rows];
  }

  private gauge(g: Gauge, triggers: string, none: string, x: number, width: number): Atom {
    const labelW = 44;
    const valueW = 22;
    const trackX = x + labelW;
    const trackW = width - labelW - valueW - 4;
    const at = (v: number) => trackX + (Math.max(0, Math.min(100, v)) / 100) * trackW;
    const name = this.box([{ text: g.label, bold: true }], SIZE.small, labelW - 3);
    const triggerPieces: Piece[] = [{ text: `${triggers} `, color: COLOR.muted }];
    if (g.flags.length === 0) triggerPieces.push({ text: none, color: COLOR.muted });
    g.flags.forEach((f, i) => {
      triggerPieces.push({
        text: `${i ? '; ' : ''}${f.label}`,
        bold: true,
        color: toneColor(f.severity as Tone),
      });
      triggerPieces.push({ text: ` ${f.text}`, color: COLOR.ink });
    });
    const trig = this.box(
      triggerPieces,
      SIZE.tiny,
      Math.min(trackW + valueW + 4, measureAt(SIZE.tiny)),
    );
    const top = 3.4;
    const trackH = 4;
    const h = Math.max(name.h, top + trackH + 3.6) + trig.h + 1.5;
    return {
      h,
      before: 3,
      draw: (y) => {
        name.draw(x, y + top - 0.6);
        const ty = y + top;
        fill(this.ts, COLOR.panel);
        this.ts.doc.rect(trackX, ty, trackW, trackH, 'F');
        if (g.value !== null) {
          fill(this.ts, COLOR.actual);
          this.ts.doc.rect(trackX, ty, at(g.value) - trackX, trackH, 'F');
        }
        for (const v of [0, 25, 50, 75, 100])
          label(
            this.ts,
            v === 100 ? `${v} %` : String(v),
            at(v),
            ty + trackH + 0.3,
            SIZE.tiny,
            COLOR.faint,
            {
              align: v === 0 ? 'left' : v === 100 ? 'right' : 'center',
            },
          );
        for (const m of g.marks) {
          stroke(this.ts, COLOR.target, 0.5);
          line(this.ts, at(m.at), ty - 0.8, at(m.at), ty + trackH + 0.8);
          label(this.ts, m.label, at(m.at), y - 0.4, SIZE.tiny, COLOR.target, { align: 'center' });
        }
        stroke(this.ts, COLOR.ink, 0.2);
        label(
          this.ts,
          g.display,
          x + width,
          ty - 0.2,
          SIZE.small,
          g.value === null ? COLOR.muted : COLOR.actual,
          {
            bold: g.value !== null,
            align: 'right',
          },
        );
        trig.draw(trackX, y + top + trackH + 3.6);
      },
    };
  }

  private measure(m: Measure, x: number, width: number): Atom {
    const pad = 2.6;
    const inner = width - 2 * pad;
    const side = width >= SIDE_FROM;
    const tag = this.ts.clean(m.classLabel);
    const tagW = this.ts.width(tag, SIZE.tiny, true) + 3;
    const colors: Record<MeasureClass, { bg: RGB; fg: RGB }> = {
      quickWin: { bg: COLOR.actual, fg: COLOR.white },
      strategic: { bg: COLOR.target, fg: COLOR.white },
      later: { bg: COLOR.grid, fg: COLOR.ink },
    };
    const c = colors[m.measureClass];
    /** The framed box with the class tag in its top-left corner. */
    const framed = (h: number, draw: (y: number) => void): Atom => ({
      h,
      before: 2.4,
      draw: (y) => {
        stroke(this.ts, COLOR.line, 0.25);
        this.ts.doc.rect(x, y, width, h, 'S');
        fill(this.ts, c.bg);
        this.ts.doc.rect(x + pad, y + pad, tagW, 4, 'F');
        label(this.ts, tag, x + pad + 1.5, y + pad + 0.35, SIZE.tiny, c.fg, { bold: true });
        draw(y);
      },
    });
    if (side) {
      // The tag, field, horizon, impact, effort and services in a side column; title and text
      // beside it at a readable measure.
      const textW = Math.min(inner - SIDE - 4, TEXT_WIDTH);
      // Horizon; impact and effort; services: a line each (the model's " · " pieces).
      const meta = m.meta.map((s, i) => ({
        ...s,
        text: i === 1 || i === 3 ? `\n${s.text.replace(/^ · /, '')}` : s.text,
      }));
      const sideBox = this.box(
        pieces([...(m.dimension ? [{ text: `${m.dimension}\n`, bold: true }] : []), ...meta]),
        SIZE.tiny,
        SIDE,
        COLOR.muted,
      );
      const title = this.box([{ text: m.title, bold: true }], SIZE.body, textW);
      const text = this.box([{ text: m.text }], SIZE.small, textW);
      const h = pad + Math.max(4 + 1.2 + sideBox.h, title.h + 0.6 + text.h) + pad;
      const textX = x + pad + SIDE + 4;
      return framed(h, (y) => {
        sideBox.draw(x + pad, y + pad + 4 + 1.2);
        title.draw(textX, y + pad);
        text.draw(textX, y + pad + title.h + 0.6);
      });
    }
    const dim = m.dimension
      ? this.box([{ text: m.dimension }], SIZE.tiny, inner - tagW - 3, COLOR.muted)
      : null;
    const title = this.box([{ text: m.title, bold: true }], SIZE.body, inner);
    const text = this.box([{ text: m.text }], SIZE.small, inner);
    const meta = this.box(pieces(m.meta), SIZE.tiny, inner, COLOR.muted);
    const tagH = Math.max(4, dim?.h ?? 0);
    const h = pad + tagH + 1 + title.h + text.h + 0.8 + meta.h + pad;
    return framed(h, (y) => {
      dim?.draw(x + pad + tagW + 3, y + pad + 0.35);
      let cy = y + pad + tagH + 1;
      title.draw(x + pad, cy);
      cy += title.h;
      text.draw(x + pad, cy);
      cy += text.h + 0.8;
      meta.draw(x + pad, cy);
    });
  }

  private answer(e: AnswerEntryBlock, x: number, width: number): Atom {
    const num = 11;
    const inner = Math.min(width - num, TEXT_WIDTH);
    const parts: { box: TextBox; dx: number; gap: number; panel?: boolean }[] = [];
    parts.push({
      box: this.box([{ text: e.question, bold: true }], SIZE.small, inner),
      dx: num,
      gap: 0,
    });
    parts.push({
      box: this.box(
        e.answer.map((s) => ({
          text: s.text,
          bold: !e.muted,
          color: e.muted ? COLOR.muted : COLOR.actual,
        })),
        SIZE.small,
        inner,
      ),
      dx: num,
      gap: 0.6,
    });
    if (e.description)
      parts.push({
        box: this.box([{ text: e.description }], SIZE.tiny, measureAt(SIZE.tiny), COLOR.muted),
        dx: num,
        gap: 0.2,
      });
    if (e.note)
      parts.push({
        box: this.box([{ text: e.note }], SIZE.tiny, measureAt(SIZE.tiny) - 4, COLOR.ink),
        dx: num + 2,
        gap: 1.2,
        panel: true,
      });
    const pad = 1.6;
    const h = parts.reduce((s, p) => s + p.gap + p.box.h + (p.panel ? 1.6 : 0), 0) + 2 * pad;
    // For a block taller than a page: its text lines, one by one.
    const lines: Atom[] = [];
    for (const p of parts)
      p.box.lines.forEach((l, i) =>
        lines.push({
          h: p.box.lh + (i === 0 ? p.gap : 0),
          before: 0,
          draw: (y) => this.ts.drawLine(l, x + p.dx, y + (i === 0 ? p.gap : 0), p.box.size),
        }),
      );
    return {
      h,
      before: 1.2,
      lines,
      draw: (y) => {
        stroke(this.ts, COLOR.grid, 0.2);
        line(this.ts, x, y, x + width, y);
        label(this.ts, e.number, x, y + pad, SIZE.small, COLOR.muted, { bold: true });
        let cy = y + pad;
        for (const p of parts) {
          cy += p.gap;
          if (p.panel) {
            fill(this.ts, COLOR.panel);
            this.ts.doc.rect(x + num, cy - 0.4, inner, p.box.h + 1.6, 'F');
            p.box.draw(x + p.dx, cy + 0.4);
            cy += p.box.h + 1.6;
          } else {
            p.box.draw(x + p.dx, cy);
            cy += p.box.h;
          }
        }
      },
    };
  }

  private noteLines(count: number, text: string | undefined, x: number, width: number): Atom {
    const head = text ? this.box([{ text }], SIZE.tiny, width, COLOR.muted) : null;
    const step = 7;
    const h = (head?.h ?? 0) + count * step + 1;
    return {
      h,
      before: 2.5,
      draw: (y) => {
        head?.draw(x, y);
        stroke(this.ts, COLOR.line, 0.25);
        for (let i = 1; i <= count; i++) {
          const ly = y + (head?.h ?? 0) + i * step;
          line(this.ts, x, ly, x + width, ly);
        }
      },
    };
  }

  private levelRow(
    l: { level: number; name: string; text: string },
    x: number,
    width: number,
  ): Atom {
    const chip = 9;
    const nameW = 30;
    const name = this.box([{ text: l.name, bold: true }], SIZE.small, nameW - 2);
    const text = this.box(
      [{ text: l.text }],
      SIZE.small,
      Math.min(width - chip - nameW - 3, TEXT_WIDTH),
    );
    const h = Math.max(name.h, text.h, 5) + 1.4;
    const shade = tint(COLOR.actual, 0.15 + 0.17 * l.level);
    return {
      h,
      before: 1,
      draw: (y) => {
        fill(this.ts, shade);
        this.ts.doc.rect(x, y + 0.6, chip - 2, 5, 'F');
        label(
          this.ts,
          String(l.level),
          x + (chip - 2) / 2,
          y + 1.05,
          SIZE.small,
          l.level >= 3 ? COLOR.white : COLOR.ink,
          {
            bold: true,
            align: 'center',
          },
        );
        name.draw(x + chip + 1, y + 1);
        text.draw(x + chip + nameW + 2, y + 1);
        stroke(this.ts, COLOR.grid, 0.2);
        line(this.ts, x, y + h, x + width, y + h);
      },
    };
  }

  private columns(
    columns: ReportBlock[][],
    shares: number[] | undefined,
    x: number,
    width: number,
  ): Atom {
    const gap = 8;
    const free = width - gap * (columns.length - 1);
    const widths = columns.map((_, i) => free * (shares?.[i] ?? 1 / columns.length));
    const stacks = columns.map((blocks, i) => {
      const left = x + widths.slice(0, i).reduce((s, w) => s + w + gap, 0);
      const atoms = blocks.flatMap((b) => this.compose(b, left, widths[i]!));
      let y = 0;
      const placed = atoms.map((a, k) => {
        y += k === 0 ? 0 : a.before;
        const at = y;
        y += a.h;
        return { a, at };
      });
      return { placed, h: y, before: atoms[0]?.before ?? 0 };
    });
    return {
      h: Math.max(...stacks.map((s) => s.h)),
      before: Math.max(...stacks.map((s) => s.before)),
      draw: (y) => stacks.forEach((s) => s.placed.forEach(({ a, at }) => a.draw(y + at))),
    };
  }
}
