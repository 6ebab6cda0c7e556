// The region's benchmark beside the app (`benchmark.json`, placed by the operator like
// `hosting.json`), read once per page and checked at the boundary: a file that does not pass
// (changed figures, another format) is left aside with a word in the console for the operator,
// and the results look as they do without one.
import { restoreBenchmark, type Benchmark } from '../core/study/benchmark';
import { useLoaded } from './use-loaded';

let loading: Promise<Benchmark | null> | null = null;

export function loadBenchmark(): Promise<Benchmark | null> {
  // A page opened from file:// may not read files beside it.
  if (location.protocol === 'file:') return Promise.resolve(null);
  loading ??= fetch('./benchmark.json', { cache: 'no-cache' })
    .then((r) => (r.ok ? (r.json() as Promise<unknown>) : null))
    .then((file) => {
      if (file === null) return null;
      const r = restoreBenchmark(file);
      if (r.ok) return r.value;
      console.warn('benchmark.json left aside:', JSON.stringify(r.problems.slice(0, 3)));
      return null;
    })
    .catch(() => null);
  return loading;
}

/** The benchmark for a screen: undefined while it loads, null without one. */
export const useBenchmark = (): Benchmark | null | undefined => useLoaded(loadBenchmark);
