// A definition that does not ship (imported, an older version, a preview's) is stored by content
// hash and checked in full when read; once this version's checks accepted it, later sessions take
// a copy that still has its hash as it is (src/storage/validated.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as CoreAssessment from '../../src/core/records/assessment';
import type { Assessment } from '../../src/core/records/assessment';
import { memoryBackend, type Backend } from '../../src/storage/backend';

/** A Storage in memory (the core tests run in Node, which has no localStorage). */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
  };
}

/** A new session: fresh modules, counting the full checks of stored assessments. */
async function session() {
  vi.resetModules();
  const counted = { checks: 0 };
  vi.doMock('../../src/core/records/assessment', async (importOriginal) => {
    const core = await importOriginal<typeof CoreAssessment>();
    return {
      ...core,
      restoreAssessment: (input: unknown) => {
        counted.checks++;
        return core.restoreAssessment(input);
      },
    };
  });
  const storage = await import('../../src/storage/assessments');
  const { definitionHash } = await import('../../src/core/records/packing');
  const { STORAGE_KEYS } = await import('../../src/storage/keys');
  const virtual = await import('virtual:questionnaires');
  return { ...storage, definitionHash, STORAGE_KEYS, virtual, counted };
}

/** An assessment of a questionnaire that does not ship (the shipped one, renamed). */
async function customAssessment(): Promise<Assessment> {
  const { virtual } = await session();
  const { newAssessment } = await import('../../src/core/records/assessment');
  const shipped = await virtual.catalog[0]!.load();
  return newAssessment({
    id: 'custom-1',
    at: '2026-11-24T10:00:00.000Z',
    owner: { firm: { id: 'f', name: 'Firma' } },
    role: 'management',
    questionnaire: { ...shipped, id: 'custom', version: '9.9.9' },
    profileDefinition: virtual.profileDefinition,
  });
}

async function saved(): Promise<{ backend: Backend; assessment: Assessment; hash: string }> {
  const assessment = await customAssessment();
  const first = await session();
  const backend = memoryBackend();
  await first.saveAssessment(backend, assessment);
  return { backend, assessment, hash: first.definitionHash(assessment.questionnaire) };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('../../src/core/records/assessment');
});

describe('a stored definition that does not ship', () => {
  it('is checked in full when it was never checked by this version', async () => {
    vi.stubGlobal('localStorage', memoryStorage());
    const { backend, assessment } = await saved();
    localStorage.removeItem('itas.validated');
    const later = await session();
    const loaded = await later.loadAssessment(backend, 'custom-1');
    expect(later.counted.checks).toBe(1);
    expect(loaded.ok && loaded.value).toEqual(assessment);
  });

  it('is not checked again in a later session once saved from memory, and reads the same', async () => {
    vi.stubGlobal('localStorage', memoryStorage());
    const { backend, assessment } = await saved();
    const later = await session();
    const loaded = await later.loadAssessment(backend, 'custom-1');
    expect(later.counted.checks).toBe(0);
    expect(loaded.ok && loaded.value).toEqual(assessment);
  });

  it('is checked again when its stored copy changed (its content no longer has its hash)', async () => {
    vi.stubGlobal('localStorage', memoryStorage());
    const { backend, assessment, hash } = await saved();
    const later = await session();
    await backend.put(later.STORAGE_KEYS.stores.definitions, hash, {
      ...assessment.questionnaire,
      dimensions: 'damaged',
    });
    const loaded = await later.loadAssessment(backend, 'custom-1');
    expect(later.counted.checks).toBe(1);
    expect(loaded.ok).toBe(false);
  });

  it('is checked (and refused), not thrown over, when its stored copy cannot be hashed', async () => {
    vi.stubGlobal('localStorage', memoryStorage());
    const { backend, assessment, hash } = await saved();
    const later = await session();
    await backend.put(later.STORAGE_KEYS.stores.definitions, hash, {
      ...assessment.questionnaire,
      version: 10n, // not JSON
    });
    const loaded = await later.loadAssessment(backend, 'custom-1');
    expect(later.counted.checks).toBe(1);
    expect(loaded.ok).toBe(false);
  });

  it('is checked again by another version of the checks', async () => {
    vi.stubGlobal('localStorage', memoryStorage());
    const { backend, hash } = await saved();
    localStorage.setItem('itas.validated', JSON.stringify({ id: 'another', hashes: [hash] }));
    const later = await session();
    const loaded = await later.loadAssessment(backend, 'custom-1');
    expect(later.counted.checks).toBe(1);
    expect(loaded.ok).toBe(true);
  });

  it('is checked in full every time without localStorage', async () => {
    const { backend } = await saved();
    const later = await session();
    expect((await later.loadAssessment(backend, 'custom-1')).ok).toBe(true);
    expect(later.counted.checks).toBe(1);
  });
});

describe('the digest of a stored definition', () => {
  it('is the same from WebCrypto as from core', async () => {
    const { hasHash } = await import('../../src/storage/validated');
    const { contentHash } = await import('../../src/core/common/hash');
    const definition = { b: ['ä', 1, { z: null, a: true }], a: 'Straße' };
    expect(globalThis.crypto?.subtle).toBeDefined();
    expect(await hasHash(definition, contentHash(definition))).toBe(true);
    expect(await hasHash({ ...definition, a: 'Strasse' }, contentHash(definition))).toBe(false);
  });
});
