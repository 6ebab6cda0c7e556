import { jsonSyntaxProblem } from './json-error.ts';
import { problem, type PathSegment, type Problem } from './problems.ts';

/** Keys that could reach an object's prototype when a parsed file is copied or merged. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = 64;

/** Hard limits, checked before a file is read or parsed. */
export const MAX_SINGLE_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_COLLECTION_FILE_BYTES = 100 * 1024 * 1024;

export function checkFileSize(bytes: number, kind: 'single' | 'collection'): Problem | null {
  const limit = kind === 'single' ? MAX_SINGLE_FILE_BYTES : MAX_COLLECTION_FILE_BYTES;
  if (bytes <= limit) return null;
  return problem('file_too_large', [], {
    size: Math.ceil(bytes / (1024 * 1024)),
    limit: limit / (1024 * 1024),
  });
}

/** A container met on the walk, with the way back to the root (a path is built only when needed). */
interface Visit {
  value: object;
  depth: number;
  parent: Visit | null;
  key: PathSegment;
}

function pathOf(visit: Visit, last?: PathSegment): PathSegment[] {
  const path: PathSegment[] = last === undefined ? [] : [last];
  for (let v: Visit | null = visit; v?.parent; v = v.parent) path.unshift(v.key);
  return path;
}

/** How many containers the tree check looks at between two steps. */
const NODES_PER_STEP = 20_000;

/**
 * Refuses forbidden keys anywhere and nesting deeper than any file of ours has. Walks without
 * recursion, so a hostile depth cannot overflow the stack; yields after every NODES_PER_STEP
 * objects and arrays, so that a caller can give the screen a turn in a large file.
 */
export function* checkTreeSteps(value: unknown): Generator<void, Problem | null> {
  if (value === null || typeof value !== 'object') return null;
  const stack: Visit[] = [{ value, depth: 0, parent: null, key: '' }];
  let visited = 0;
  while (stack.length) {
    const visit = stack.pop()!;
    if (visit.depth > MAX_DEPTH)
      return problem('too_deep', pathOf(visit).slice(0, 8), { limit: MAX_DEPTH });
    if (++visited % NODES_PER_STEP === 0) yield;
    const current = visit.value as Record<string, unknown>;
    const keys: PathSegment[] = Array.isArray(current)
      ? current.map((_, i) => i)
      : Object.keys(current);
    for (const key of keys) {
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key))
        return problem('forbidden_key', pathOf(visit, key), { key });
      const child = current[key];
      // Only objects and arrays are walked: a value of another type cannot hold anything.
      if (child !== null && typeof child === 'object')
        stack.push({ value: child, depth: visit.depth + 1, parent: visit, key });
    }
  }
  return null;
}

/** The tree check in one go (see checkTreeSteps). */
export function checkTree(value: unknown): Problem | null {
  return allSteps(checkTreeSteps(value));
}

/** Every step of a stepped piece of work at once: its result. */
export function allSteps<T>(steps: Generator<unknown, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** JSON text to a value: size limit first, then syntax, then the tree check. */
export function parseUntrusted(text: string, kind: 'single' | 'collection'): Parsed {
  return allSteps(parseUntrustedSteps(text, kind));
}

/** Untrusted JSON, parsed and checked: the value, or what is wrong with it. */
export type Parsed = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** `parseUntrusted` with the tree check in steps (see checkTreeSteps), for large files. */
export function* parseUntrustedSteps(
  text: string,
  kind: 'single' | 'collection',
): Generator<void, Parsed> {
  const tooLarge = checkFileSize(text.length, kind);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [jsonSyntaxProblem(e, text)] };
  }
  const bad = yield* checkTreeSteps(value);
  return bad ? { ok: false, problems: [bad] } : { ok: true, value };
}
