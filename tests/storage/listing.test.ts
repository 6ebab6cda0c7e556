import { describe, expect, it } from 'vitest';
import type { Validated } from '../../src/core/definition/validate';
import { memoryBackend } from '../../src/storage/backend';
import { listStore, readWith } from '../../src/storage/listing';

const store = 'cases';
const restore = (record: unknown): Validated<{ id: string }> =>
  record && typeof record === 'object' && typeof (record as { id?: unknown }).id === 'string'
    ? { ok: true, value: record as { id: string } }
    : { ok: false, problems: [{ code: 'x', path: [], params: {} }] };

async function backendWith(records: Record<string, unknown>) {
  const backend = memoryBackend();
  for (const [key, value] of Object.entries(records)) await backend.put(store, key, value);
  return backend;
}

describe('listing a store', () => {
  it('lists what it can read and keeps the keys of what it cannot', async () => {
    const backend = await backendWith({ a: { id: 'a' }, b: 'damaged', c: { id: 'c' } });
    const { items, unreadable } = await listStore(backend, store, readWith(restore));
    expect(items, 'readable records are listed').toEqual([{ id: 'a' }, { id: 'c' }]);
    expect(unreadable, 'an unreadable record is named by its key, not dropped').toEqual(['b']);
  });

  it('with a key, trusts a record only under its own key', async () => {
    const backend = await backendWith({ a: { id: 'a' }, b: { id: 'a' } });
    const read = readWith(restore, (r) => r.id);
    const { items, unreadable } = await listStore(backend, store, read);
    expect(items, 'the record under its own key').toEqual([{ id: 'a' }]);
    expect(unreadable, 'a copy under another key is not trusted').toEqual(['b']);
    expect(read({ id: 'a' }, 'a'), 'a single read checks the key too').toEqual({ id: 'a' });
    expect(read({ id: 'a' }, 'b'), 'under another key: not trusted').toBeNull();
  });
});
