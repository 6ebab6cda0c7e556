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

/**
 * Refuses forbidden keys anywhere and nesting deeper than any file of ours has. Walks without
 * recursion, so a hostile depth cannot overflow the stack.
 */
export function checkTree(value: unknown): Problem | null {
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (path.length > MAX_DEPTH) return problem('too_deep', path.slice(0, 8), { limit: MAX_DEPTH });
    if (Array.isArray(current)) {
      current.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) return problem('forbidden_key', [...path, key], { key });
      stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** JSON text to a value: size limit first, then syntax, then the tree check. */
export function parseUntrusted(
  text: string,
  kind: 'single' | 'collection',
): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  const tooLarge = checkFileSize(text.length, kind);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [jsonSyntaxProblem(e, text)] };
  }
  const bad = checkTree(value);
  return bad ? { ok: false, problems: [bad] } : { ok: true, value };
}
