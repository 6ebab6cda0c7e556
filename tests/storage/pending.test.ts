// What the app keeps when writes fail: every record stays pending until it is stored, reads see
// it, and an import is stored as a whole or not at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryBackend, type Backend } from '../../src/storage/backend';
import type { StoreName } from '../../src/storage/keys';
import { keepPending } from '../../src/storage/pending';
import { staging } from '../../src/storage/staging';

const quota = () =>
  Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

/**
 * A device whose storage fails the writes numbered in `failing` (1-based, counting every put,
 * update and batch), or every write while `full` is set.
 */
function device(failing: ReadonlySet<number> = new Set()) {
  const inner = memoryBackend();
  let writes = 0;
  const state = { full: false };
  const gate = () => {
    writes++;
    if (state.full || failing.has(writes)) throw quota();
  };
  const backend: Backend = {
    ...inner,
    put: async (store, key, value) => {
      gate();
      return inner.put(store, key, value);
    },
    update: async (store, key, change) => {
      gate();
      return inner.update(store, key, change);
    },
    write: async (list) => {
      gate();
      return inner.write(list);
    },
  };
  return { inner, backend, state, writes: () => writes };
}

const STORES: StoreName[] = ['assessments', 'firms', 'cases', 'workshops', 'drafts'];
const op = fc.record({
  store: fc.constantFrom(...STORES),
  key: fc.constantFrom('a', 'b', 'c'),
  value: fc.integer({ min: 0, max: 1000 }),
  kind: fc.constantFrom('put', 'update'),
});

describe('pending records', () => {
  it('drops no record when the n-th write fails, for every n', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        // Every n from 1 to one past the last write, and every write failing at once.
        const sets = [...ops.keys()].map((i) => new Set([i + 1]));
        sets.push(new Set(ops.map((_, i) => i + 1)));
        for (const failing of sets) {
          const d = device(failing);
          const kept = keepPending(d.backend);
          const latest = new Map<string, number>();
          for (const o of ops) {
            latest.set(`${o.store}/${o.key}`, o.value);
            const writing =
              o.kind === 'put'
                ? kept.put(o.store, o.key, { v: o.value })
                : kept.update(o.store, o.key, () => ({ v: o.value }));
            await writing.catch(() => undefined);
          }
          // While pending: every read shows the latest value.
          for (const [slot, value] of latest) {
            const [store, key] = slot.split('/') as [StoreName, string];
            expect(await kept.get(store, key)).toEqual({ v: value });
            const listed = new Map(await kept.entries(store));
            expect(listed.get(key), 'listings show it too').toEqual({ v: value });
          }
          // Room again: one retry stores every one of them.
          expect(await kept.retry()).toBe(true);
          expect(kept.pending()).toEqual({ records: [], problem: null });
          for (const [slot, value] of latest) {
            const [store, key] = slot.split('/') as [StoreName, string];
            expect(await d.inner.get(store, key), `${slot} stored`).toEqual({ v: value });
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('names what is pending and why, until a later save stores it too', async () => {
    const d = device();
    const kept = keepPending(d.backend);
    let told = 0;
    kept.subscribe(() => told++);
    d.state.full = true;
    await expect(kept.put('firms', 'f1', { name: 'Voll GmbH' })).rejects.toThrow(/quota/);
    expect(kept.pending().problem).toBe('quota');
    expect(kept.pending().records).toEqual([
      { store: 'firms', key: 'f1', value: { name: 'Voll GmbH' } },
    ]);
    expect(told).toBeGreaterThan(0);
    expect(await kept.has('firms', 'f1'), 'opened from memory').toBe(true);
    expect(await kept.getAllKeys('firms')).toEqual(['f1']);
    expect(await d.inner.get('firms', 'f1'), 'not stored').toBeUndefined();
    // A later save succeeds: the pending one is retried with it, not forgotten.
    d.state.full = false;
    await kept.put('assessments', 'a1', { id: 'a1' });
    await expect.poll(() => kept.pending().records.length).toBe(0);
    expect(await d.inner.get('firms', 'f1')).toEqual({ name: 'Voll GmbH' });
    expect(kept.pending().problem).toBeNull();
  });

  it('a deleted record is no longer pending', async () => {
    const d = device();
    const kept = keepPending(d.backend);
    d.state.full = true;
    await kept.put('cases', 'c1', { n: 1 }).catch(() => undefined);
    await kept.delete('cases', 'c1');
    expect(kept.pending().records).toEqual([]);
    expect(await kept.get('cases', 'c1')).toBeUndefined();
  });

  it('an update of a pending record applies to the pending value', async () => {
    const d = device();
    const kept = keepPending(d.backend);
    d.state.full = true;
    await kept.put('cases', 'c1', { n: 1 }).catch(() => undefined);
    d.state.full = false;
    const next = await kept.update('cases', 'c1', (old) => ({ n: (old as { n: number }).n + 1 }));
    expect(next).toEqual({ n: 2 });
    expect(await d.inner.get('cases', 'c1')).toEqual({ n: 2 });
    expect(kept.pending().records).toEqual([]);
  });
});

describe('staged imports', () => {
  it('reads its own writes and stores them all in one write', async () => {
    const d = device();
    await d.inner.put('firms', 'old', { name: 'Alt' });
    const staged = staging(d.backend);
    await staged.put('firms', 'new', { name: 'Neu' });
    await staged.delete('firms', 'old');
    await staged.update('cases', 'c', () => ({ n: 1 }));
    expect(await staged.getAllKeys('firms')).toEqual(['new']);
    expect(await staged.has('firms', 'old')).toBe(false);
    expect(await d.inner.get('firms', 'new'), 'nothing stored before the commit').toBeUndefined();
    const before = d.writes();
    await staged.commit();
    expect(d.writes() - before, 'one transaction').toBe(1);
    expect(await d.inner.entries('firms')).toEqual([['new', { name: 'Neu' }]]);
    expect(await d.inner.get('cases', 'c')).toEqual({ n: 1 });
  });

  it('stores nothing when the commit fails, and leaves nothing pending', async () => {
    const d = device();
    const kept = keepPending(d.backend);
    const staged = staging(kept);
    for (const key of ['a', 'b', 'c']) await staged.put('assessments', key, { key });
    d.state.full = true;
    await expect(staged.commit()).rejects.toThrow(/quota/);
    expect(await d.inner.getAllKeys('assessments')).toEqual([]);
    expect(kept.pending().records, 'an import is not retried behind the person’s back').toEqual([]);
    expect(staged.bytes()).toBeGreaterThan(0);
  });
});
