import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkQuestionnaireText,
  newDraftRecord,
  restoreDraftRecord,
} from '../../../src/core/records/draft';
import { MAX_SINGLE_FILE_BYTES } from '../../../src/core/common/safety';
import { validateQuestionnaire } from '../../../src/core/definition/validate';
import { profileDefinition, readJson } from '../../support/helpers';
import { jsonValue } from '../../support/fuzz';

// Hostile and broken questionnaire files in the authors' preview: the check answers with problems
// (each with a code and a path) or with a questionnaire that validates, never with an exception,
// and never touches Object.prototype.

const valid = readJson('tests/fixtures/preview/valid-shipped-id.json') as Record<string, unknown>;
const OVERSIZED = ' '.repeat(MAX_SINGLE_FILE_BYTES + 1);

const value = jsonValue(
  ['valueOf', 'id', 'dimensions', 'questions', 'levels', 'visibleIf', 'bands'],
  [fc.constant(Array.from({ length: 50_000 }, (_, i) => i))], // a huge array
);

type Path = (string | number)[];

/** Every place inside the valid questionnaire, so mutations reach deep into dimensions. */
function pathsOf(node: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (path.length) out.push(path);
  if (Array.isArray(node)) node.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) pathsOf(v, [...path, k], out);
  return out;
}
const PATHS = pathsOf(valid);

/** The valid questionnaire with one part anywhere in it replaced, removed, wrapped or poisoned. */
const mutated = fc
  .tuple(
    fc.constantFrom(...PATHS),
    value,
    fc.constantFrom('replace', 'delete', 'wrap', 'proto', 'constructor'),
  )
  .map(([path, v, how]) => {
    const copy = structuredClone(valid);
    let parent: Record<string | number, unknown> = copy;
    for (const seg of path.slice(0, -1)) parent = parent[seg] as typeof parent;
    const last = path[path.length - 1]!;
    if (how === 'replace') parent[last] = v;
    else if (how === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (how === 'wrap') parent[last] = [parent[last], v];
    else {
      // A key that JSON.parse makes an own property; a naive merge would hand it to a prototype.
      const key = how === 'proto' ? '__proto__' : 'constructor';
      const marker = '"__marker__":0';
      parent['__marker__'] = 0;
      return JSON.stringify(copy).replace(marker, `"${key}":{"polluted":1}`);
    }
    return JSON.stringify(copy);
  });

const texts = fc.oneof(
  { weight: 4, arbitrary: mutated },
  { weight: 1, arbitrary: value.map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: fc.string() }, // random text
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder().decode(b)), // random bytes
  },
  {
    weight: 1,
    arbitrary: fc.nat({ max: 4000 }).map((n) => JSON.stringify(valid).slice(0, n)), // truncated
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.nat({ max: 5000 }), fc.constantFrom('[', '{"dimensions":'))
      .map(([n, open]) => open.repeat(n) + (open === '[' ? ']' : '}').repeat(n)), // deep nesting
  },
  { weight: 1, arbitrary: fc.constant(OVERSIZED) }, // over the limit
);

const seen = { accepted: 0, refused: 0 };

function expectClearAnswer(text: string) {
  let checked: ReturnType<typeof checkQuestionnaireText> | undefined;
  expect(
    () => (checked = checkQuestionnaireText(text, profileDefinition)),
    'no exception escapes',
  ).not.toThrow();
  const { result, facts } = checked!;
  seen[result.ok ? 'accepted' : 'refused']++;
  if (result.ok) {
    expect(
      validateQuestionnaire(result.value, profileDefinition).ok,
      'an accepted questionnaire validates',
    ).toBe(true);
  } else {
    expect(result.problems.length, 'a refusal says why').toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.code).toBe('string');
      expect(Array.isArray(p.path), 'every problem has a path').toBe(true);
    }
  }
  for (const fact of [facts.id, facts.version, facts.title?.de, facts.title?.en])
    if (fact !== null && fact !== undefined)
      expect(fact.length, 'list facts are short').toBeLessThanOrEqual(60);
  expect(({} as Record<string, unknown>).polluted, 'no prototype pollution').toBeUndefined();
}

afterEach(() => vi.restoreAllMocks());

describe('the questionnaire preview shrugs off hostile files', () => {
  it('1,000 generated malformed questionnaire files', () => {
    fc.assert(fc.property(texts, expectClearAnswer), { numRuns: 1000 });
    // Guards the generators: both outcomes occur, so both branches above were exercised.
    expect(seen.accepted, 'some mutations keep the file valid').toBeGreaterThan(0);
    expect(seen.refused, 'most inputs are refused').toBeGreaterThan(seen.accepted);
  }, 60_000);

  it('1,000 generated malformed stored draft records', () => {
    const base = newDraftRecord(JSON.stringify(valid), 'entwurf.json', '2026-11-24T14:30:00Z');
    const records = fc.oneof(
      value,
      fc
        .tuple(fc.constantFrom(...Object.keys(base)), value)
        .map(([key, v]) => ({ ...base, [key]: v })),
      value.map((v) => JSON.parse(`{"__proto__":${JSON.stringify(v) ?? 'null'}}`) as unknown),
    );
    fc.assert(
      fc.property(records, (record) => {
        let restored: ReturnType<typeof restoreDraftRecord> | undefined;
        expect(() => (restored = restoreDraftRecord(record)), 'no exception escapes').not.toThrow();
        if (!restored!.ok) expect(restored!.problems.length).toBeGreaterThan(0);
        expect(({} as Record<string, unknown>).polluted, 'no prototype pollution').toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('an oversized text is refused before it is parsed', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const { result } = checkQuestionnaireText(OVERSIZED, profileDefinition);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['file_too_large']);
    expect(parse, 'JSON.parse never sees it').not.toHaveBeenCalled();
  });

  it('the generators start from a valid file', () => {
    expect(checkQuestionnaireText(JSON.stringify(valid), profileDefinition).result.ok).toBe(true);
  });
});
