// Pure helpers of the benchmark scripts (npm run bench, npm run bench:peer): statistics and the
// Markdown table. Figures only, never pass/fail.

/** The median (mean of the two middle values for an even count); NaN for no values. */
export function median(xs: readonly number[]): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Nearest-rank percentile (p in 0..100), as the peer's harness computes it; NaN for no values. */
export function percentile(xs: readonly number[], p: number): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(xs: readonly number[]): Spread {
  const s = xs.filter(Number.isFinite);
  if (!s.length) return { median: NaN, min: NaN, max: NaN };
  return { median: median(s), min: Math.min(...s), max: Math.max(...s) };
}

/** A number with as many decimals as its size deserves: 1234, 56.7, 0.85. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return '–';
  if (Number.isInteger(x)) return String(x);
  const a = Math.abs(x);
  return a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : x.toFixed(2);
}

/** "median [min–max]", or just the value when all runs agree. */
export function fmtSpread(s: Spread): string {
  if (!Number.isFinite(s.median)) return '–';
  const lo = num(s.min);
  const hi = num(s.max);
  return lo === hi ? num(s.median) : `${num(s.median)} [${lo}–${hi}]`;
}

/** A Markdown table; pipes inside cells are escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]) {
  const cell = (c: string) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const line = (r: readonly string[]) => `| ${r.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * In the page: clicks `selector` and resolves with the milliseconds until `ready` (a JavaScript
 * expression) holds, at the next animation frame. Sent as text: the script runner would
 * otherwise add helpers the page does not have.
 */
export function clickUntil(
  page: { evaluate<R>(script: string): Promise<R> },
  selector: string,
  ready: string,
): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve) => {
    const start = performance.now();
    const check = () => {
      if (${ready}) requestAnimationFrame(() => resolve(performance.now() - start));
      else requestAnimationFrame(check);
    };
    document.querySelector(${JSON.stringify(selector)}).click();
    requestAnimationFrame(check);
  })`);
}
