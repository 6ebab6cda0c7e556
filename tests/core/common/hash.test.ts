import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, sha256Hex } from '../../../src/core/common/hash';

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    // UTF-8 input (vector from Node's crypto module)
    ['Größe – Südwestsachsen', 'd0e6c67b7aafe2073acb3d6f9e1702adbaea39827dde5eb3f34cf8dcea754462'],
  ])('%j', (input, expected) => {
    expect(sha256Hex(input)).toBe(expected);
  });

  it('handles input longer than one block', () => {
    expect(sha256Hex('a'.repeat(1000))).toBe(
      '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3',
    );
  });
});

describe('contentHash', () => {
  it('ignores key order', () => {
    expect(contentHash({ a: 1, b: { c: 2, d: [1, 2] } })).toBe(
      contentHash({ b: { d: [1, 2], c: 2 }, a: 1 }),
    );
  });
  it('sees a changed value', () => {
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });
  it('keeps array order', () => {
    expect(canonicalJson([2, 1])).toBe('[2,1]');
  });
});

describe('hashes the build records for the shipped definitions', () => {
  it('are the content hashes of the objects the app gets', async () => {
    const { catalog, profileDefinition, shippedDefinitions } =
      await import('virtual:questionnaires');
    const { knownHashes } = await import('../../../src/core/definition/known-hashes');
    const loaded = [profileDefinition, ...(await Promise.all(catalog.map((e) => e.load())))];
    for (const definition of loaded) {
      const remembered = knownHashes.get(definition);
      expect(remembered).toBe(contentHash(definition));
      expect(Object.keys(shippedDefinitions)).toContain(remembered);
    }
  });
});

describe('an assessment of a shipped questionnaire, read from storage', () => {
  it('gets the shipped definitions (their hashes known), not the stored copies', async () => {
    const { catalog, profileDefinition } = await import('virtual:questionnaires');
    const { memoryBackend } = await import('../../../src/storage/backend');
    const { loadAssessment, saveAssessment } = await import('../../../src/storage/assessments');
    const { knownHashes } = await import('../../../src/core/definition/known-hashes');
    const { newAssessment } = await import('../../../src/core/records/assessment');
    const { definitionHash } = await import('../../../src/core/records/packing');
    const { STORAGE_KEYS } = await import('../../../src/storage/keys');
    const questionnaire = await catalog[0]!.load();
    const backend = memoryBackend();
    await saveAssessment(
      backend,
      newAssessment({
        id: 'shipped',
        at: '2026-11-24T10:00:00.000Z',
        owner: { firm: { id: 'f', name: 'Firma' } },
        role: 'management',
        questionnaire,
        profileDefinition,
      }),
    );
    // The stored copy damaged: it is not what the assessment is read with.
    await backend.put(STORAGE_KEYS.stores.definitions, definitionHash(questionnaire), {
      dimensions: [],
    });
    const loaded = await loadAssessment(backend, 'shipped');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.value.questionnaire).toBe(questionnaire);
    expect(loaded.value.profileDefinition).toBe(profileDefinition);
    for (const definition of [loaded.value.questionnaire, loaded.value.profileDefinition])
      expect(knownHashes.get(definition)).toBe(contentHash(definition));
  });
});
