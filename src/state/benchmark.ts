// The region's benchmark beside the app (placed by the operator and named in `hosting.json`
// under `benchmark`, so that no copy without one asks for a file that is not there), read once
// per page and checked at the boundary: a file that does not pass (changed figures, another
// format) is left aside with a word in the console for the operator, and the results look as
// they do without one.
import { restoreBenchmark, type Benchmark } from '../core/study/benchmark';
import { useLoaded } from './use-loaded';
import { loadHosting } from './hosting';
import { storage, useAppStore } from './app-store';
import { deleteStoredBenchmark, loadStoredBenchmark } from '../storage/benchmark';

let loading: Promise<Benchmark | null> | null = null;

/** After an import or removal: the next read looks again. */
export function forgetBenchmark() {
  loading = null;
}

/** The benchmark beside the app; without one, the one a person imported on this device. */
export function loadBenchmark(): Promise<Benchmark | null> {
  loading ??= besideTheApp().then((beside) => beside ?? storedBenchmark());
  return loading;
}

async function besideTheApp(): Promise<Benchmark | null> {
  const file = (await loadHosting())?.benchmark;
  if (!file) return null;
  return fetch(`./${file}`, { cache: 'no-cache' })
    .then((r) => (r.ok ? (r.json() as Promise<unknown>) : null))
    .then((file) => {
      if (file === null) return null;
      const r = restoreBenchmark(file);
      if (r.ok) return r.value;
      console.warn(`${file} left aside:`, JSON.stringify(r.problems.slice(0, 3)));
      return null;
    })
    .catch(() => null);
}

/** The benchmark for a screen: undefined while it loads, null without one. */
export const useBenchmark = (): Benchmark | null | undefined => useLoaded(loadBenchmark);

/** The benchmark imported on this device (not the one beside the app), if any. */
export async function storedBenchmark(): Promise<Benchmark | null> {
  await useAppStore.getState().init();
  const backend = storage();
  return backend ? loadStoredBenchmark(backend).catch(() => null) : null;
}

/** Removes the benchmark imported on this device. */
export async function removeStoredBenchmark(): Promise<void> {
  const backend = storage();
  if (backend) await deleteStoredBenchmark(backend);
  forgetBenchmark();
}
