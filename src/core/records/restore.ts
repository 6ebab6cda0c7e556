// The one way in for everything read back from storage or a file: a plain object, the tree check
// (prototype keys, depth, size), the file's format name and version with the named migration
// steps up to the current one, then the schema, each problem with its JSON path.
import {
  preview,
  problem,
  problemsFromZod,
  type PathSegment,
  type Problem,
} from '../common/problems.ts';
import { allSteps, checkTree, isPlainObject } from '../common/safety.ts';
import type { z } from '../common/zod.ts';
import type { Validated } from '../definition/validate.ts';

/** One step from format version n to n + 1. Released steps are never edited (append-only). */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** A file format: its name, its current version, and a step from each older version. */
export interface DocumentFormat {
  format: string;
  version: number;
  /** `migrations[n]` turns version n into n + 1; absent while the format has had one version. */
  migrations?: Record<number, Migration>;
}

const at = (prefix: PathSegment[], problems: Problem[]): Problem[] =>
  prefix.length ? problems.map((p) => ({ ...p, path: [...prefix, ...p.path] })) : problems;

/** A plain object that passes the tree check; problems under `prefix`. */
export function checkedObject(
  input: unknown,
  prefix: PathSegment[] = [],
): Validated<Record<string, unknown>> {
  if (!isPlainObject(input)) return { ok: false, problems: [problem('not_an_object', prefix)] };
  const bad = checkTree(input);
  return bad ? { ok: false, problems: at(prefix, [bad]) } : { ok: true, value: input };
}

/** Checks the format name and version and brings an older version up to the current one. */
export function migrateDocument(
  doc: Record<string, unknown>,
  { format, version: current, migrations = {} }: DocumentFormat,
): Validated<Record<string, unknown>> {
  if (doc.format !== format) {
    return {
      ok: false,
      problems: [
        problem('wrong_format', ['format'], { expected: format, found: preview(doc.format ?? '') }),
      ],
    };
  }
  const version = doc.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [problem('format_version_invalid', ['formatVersion'])] };
  }
  if (version > current) {
    return {
      ok: false,
      problems: [problem('format_newer', ['formatVersion'], { version, supported: current })],
    };
  }
  let migrated = doc;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step)
      return { ok: false, problems: [problem('format_version_invalid', ['formatVersion'])] };
    migrated = { ...step(migrated), formatVersion: v + 1 };
  }
  return { ok: true, value: migrated };
}

/** A file's envelope opened: checked, its format confirmed, migrated to the current version. */
export function openDocument(
  input: unknown,
  format: DocumentFormat,
): Validated<Record<string, unknown>> {
  const checked = checkedObject(input);
  return checked.ok ? migrateDocument(checked.value, format) : checked;
}

/** A checked object through its schema; problems with their paths under `prefix`. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: Record<string, unknown>,
  prefix: PathSegment[] = [],
): Validated<z.output<S>> {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: problemsFromZod(parsed.error, value, prefix) };
}

export type RestoreOptions =
  /** A file with its format envelope: name, version and migration steps. */
  | { format: DocumentFormat }
  /** A record without an envelope (a stored one, or one inside a file at `path`). */
  | { path?: PathSegment[] };

/**
 * A record or file restored: checked, opened (when it has a format envelope) and parsed. Unknown
 * fields of a known version are kept where the schema keeps them (loose objects).
 */
export function restoreDocument<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: RestoreOptions = {},
): Validated<z.output<S>> {
  if ('format' in options) {
    const opened = openDocument(input, options.format);
    return opened.ok ? parseWith(schema, opened.value) : opened;
  }
  const checked = checkedObject(input, options.path);
  return checked.ok ? parseWith(schema, checked.value, options.path) : checked;
}

/**
 * Each entry of a list in a file restored on its own: what passes goes `into`, what does not is
 * listed in `rejected` with its path (`[key, index]`) and problems; the others still come in.
 */
export function restoreEach<T>(
  list: unknown[],
  key: string,
  restore: (entry: unknown) => Validated<T>,
  into: T[],
  rejected: { path: PathSegment[]; problems: Problem[] }[],
): void {
  allSteps(restoreEachSteps(list, key, restore, into, rejected, Math.max(1, list.length)));
}

/** How many entries of a long list a step of a stepped restore takes. */
export const STEP = 25;

/**
 * `restoreEach` step by step, so that a caller can give the screen a turn between steps (core
 * has no clock): yields how many entries are done after each `size` of them.
 */
export function* restoreEachSteps<T>(
  list: unknown[],
  key: string,
  restore: (entry: unknown) => Validated<T>,
  into: T[],
  rejected: { path: PathSegment[]; problems: Problem[] }[],
  size = STEP,
): Generator<number, void> {
  for (let from = 0; from < list.length; from += size) {
    const to = Math.min(from + size, list.length);
    for (let i = from; i < to; i++) {
      const r = restore(list[i]);
      if (r.ok) into.push(r.value);
      else rejected.push({ path: [key, i], problems: r.problems });
    }
    yield to;
  }
}
