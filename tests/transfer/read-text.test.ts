import { describe, expect, it } from 'vitest';
import { MAX_COLLECTION_FILE_BYTES, MAX_SINGLE_FILE_BYTES } from '../../src/core/common/safety';
import { readFileText } from '../../src/transfer/read-text';

/** A file of `size` bytes whose reading is recorded (and fails if `broken`). */
function fakeFile(size: number, broken = false) {
  const file = {
    size,
    read: false,
    async text() {
      file.read = true;
      if (broken) throw new Error('device removed');
      return '{}';
    },
  };
  return file;
}

describe('readFileText', () => {
  it('refuses a file over its kind’s limit before reading it', async () => {
    for (const [kind, limit] of [
      ['single', MAX_SINGLE_FILE_BYTES],
      ['collection', MAX_COLLECTION_FILE_BYTES],
    ] as const) {
      const file = fakeFile(limit + 1);
      const r = await readFileText(file as unknown as Blob, kind);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]!.code).toBe('file_too_large');
      expect(file.read, `${kind}: not read`).toBe(false);
    }
  });

  it('reads a file within the limit, and reports one that cannot be read', async () => {
    expect(await readFileText(fakeFile(2) as unknown as Blob, 'single')).toEqual({
      ok: true,
      value: '{}',
    });
    const r = await readFileText(fakeFile(2, true) as unknown as Blob, 'collection');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'file_read' });
  });
});
