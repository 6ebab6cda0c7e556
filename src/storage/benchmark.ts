// The region's benchmark a person imported (one at a time, in the meta store), read back through
// core's checks like every record: one that no longer passes is left aside.
import { restoreBenchmark, type Benchmark } from '../core/study/benchmark';
import type { Backend } from './backend';
import { STORAGE_KEYS } from './keys';

const KEY = 'benchmark';
const { meta } = STORAGE_KEYS.stores;

export async function loadStoredBenchmark(backend: Backend): Promise<Benchmark | null> {
  const stored = await backend.get(meta, KEY);
  if (stored === undefined) return null;
  const r = restoreBenchmark(stored);
  return r.ok ? r.value : null;
}

export const saveBenchmark = (backend: Backend, benchmark: Benchmark) =>
  backend.put(meta, KEY, benchmark);

export const deleteStoredBenchmark = (backend: Backend) => backend.delete(meta, KEY);
