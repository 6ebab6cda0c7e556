// Storage digests `contentBytes` with WebCrypto (src/storage/validated.ts) and core hashes the
// same bytes in script: any correct SHA-256 of them must give `contentHash`'s text.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentBytes, contentHash, contentHashOf } from '../../../src/core/common/hash';

const nodeDigest = (bytes: Uint8Array) =>
  new Uint8Array(createHash('sha256').update(bytes).digest());

describe('contentHashOf a digest of contentBytes', () => {
  it('is contentHash, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(
          contentHashOf(nodeDigest(contentBytes(value))),
          'another SHA-256 of the same bytes must give the stored hash text',
        ).toBe(contentHash(value));
      }),
    );
  });

  it('is the text stored hashes have', () => {
    expect(contentHashOf(nodeDigest(contentBytes({ b: 1, a: 'ä' })))).toBe(
      'sha256:' + createHash('sha256').update('{"a":"ä","b":1}').digest('hex'),
    );
  });
});
