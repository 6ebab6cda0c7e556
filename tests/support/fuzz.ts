// Generators of hostile and broken JSON for the importers' fuzz tests: any JSON value (with keys
// that reach prototypes or name the format's own fields), and a valid file with one part at any
// depth replaced, removed, wrapped or polluted, truncated, or nested without end.
import fc from 'fast-check';

/**
 * Any JSON-like value; object keys drawn from `keys` (besides prototype keys) and any string;
 * `leaves` adds further values to the ends of the tree.
 */
export function jsonValue(keys: readonly string[], leaves: fc.Arbitrary<unknown>[] = []) {
  const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', ...keys);
  const leaf = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant('x'.repeat(100_000)),
    fc.constantFrom(0, -1, 2, 99, 1e308, Number.MAX_SAFE_INTEGER),
    ...leaves,
  );
  return fc.letrec((tie) => ({
    any: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
    array: fc.array(tie('any'), { maxLength: 5 }),
    object: fc.dictionary(fc.oneof(hostileKey, fc.string()), tie('any'), { maxKeys: 5 }),
  })).any;
}

type Path = (string | number)[];

/** Every path into a value (to depth 6), so that a mutation can hit any depth of it. */
export function pathsOf(node: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (node && typeof node === 'object' && path.length < 6)
    for (const [k, child] of Object.entries(node))
      pathsOf(child, [...path, Array.isArray(node) ? Number(k) : k], out);
  return out;
}

/** The valid file's text with one part, at any depth, replaced, removed, wrapped or polluted. */
export function mutatedTexts(base: Record<string, unknown>, keys: readonly string[]) {
  const paths = pathsOf(base).filter((p) => p.length > 0);
  return fc
    .tuple(
      fc.constantFrom(...paths),
      jsonValue(keys),
      fc.constantFrom('replace', 'delete', 'wrap', 'proto'),
    )
    .map(([path, v, how]) => {
      const copy = structuredClone(base);
      let parent: Record<string | number, unknown> = copy;
      for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
      const key = path[path.length - 1]!;
      if (how === 'replace') parent[key] = v;
      else if (how === 'delete') delete parent[key];
      else if (how === 'wrap') parent[key] = [parent[key], v];
      else {
        parent[key] = { polluted: 1 };
        return JSON.stringify(copy).replace(`"${String(key)}":`, '"__proto__":');
      }
      return JSON.stringify(copy);
    });
}

/**
 * Texts an importer may be handed: mostly the valid file mutated, also any JSON value, any
 * string, random bytes, the file cut short, deep nesting, and the `extra` texts given.
 */
export function hostileTexts(
  base: Record<string, unknown>,
  keys: readonly string[],
  extra: readonly string[],
) {
  return fc.oneof(
    { weight: 4, arbitrary: mutatedTexts(base, keys) },
    { weight: 1, arbitrary: jsonValue(keys).map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: fc.string() },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => new TextDecoder().decode(b)),
    },
    {
      weight: 1,
      arbitrary: fc.nat({ max: 4000 }).map((n) => JSON.stringify(base).slice(0, n)),
    },
    { weight: 1, arbitrary: fc.nat({ max: 3000 }).map((n) => '['.repeat(n) + ']'.repeat(n)) },
    { weight: 1, arbitrary: fc.constantFrom(...extra) },
  );
}
