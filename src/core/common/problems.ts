import type { z } from './zod.ts';

export type PathSegment = string | number;
export type ProblemParams = Record<string, string | number>;

/**
 * One thing wrong with a file: a code and parameters (so the app can word it in either language),
 * and where it is. Messages live in the translations under `problem.<code>`.
 */
export interface Problem {
  code: string;
  path: PathSegment[];
  params: ProblemParams;
}

export function problem(code: string, path: PathSegment[], params: ProblemParams = {}): Problem {
  return { code, path, params };
}

/** `$.dimensions[0].questions[2].text.en` */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(seg)) out += `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

function valueAt(data: unknown, path: readonly PathSegment[]): { found: boolean; value: unknown } {
  let current: unknown = data;
  for (const seg of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, seg)) {
      return { found: false, value: undefined };
    }
    current = (current as Record<PathSegment, unknown>)[seg];
  }
  return { found: true, value: current };
}

/** A short, safe rendering of a value for a message. */
export function preview(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const OWN_FORMAT_CODES = new Set(['id_format', 'version_format', 'datetime_format']);

function fromIssue(issue: z.core.$ZodIssue, data: unknown, prefix: PathSegment[]): Problem[] {
  const path = [...prefix, ...(issue.path as PathSegment[])];
  const localPath = issue.path as PathSegment[];
  switch (issue.code) {
    case 'invalid_type': {
      const at = valueAt(data, localPath);
      if (!at.found) return [problem('missing', path)];
      return [
        problem('wrong_type', path, { expected: issue.expected, found: describeType(at.value) }),
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => problem('unknown_key', [...path, key], { key }));
    case 'invalid_union': {
      const union = issue as { note?: string; options?: unknown[] };
      if (union.note === 'No matching discriminator') {
        const at = valueAt(data, localPath);
        return [
          at.found
            ? problem('unknown_variant', path, {
                value: preview(at.value),
                allowed: (union.options ?? []).join(', '),
              })
            : problem('missing', path),
        ];
      }
      return [
        problem('invalid_value', path, {
          value: preview(valueAt(data, localPath).value),
          allowed: '–',
        }),
      ];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String).join(', ');
      const value = preview(valueAt(data, localPath).value);
      if (path.includes('services')) return [problem('unknown_service', path, { value, allowed })];
      return [problem('invalid_value', path, { value, allowed })];
    }
    case 'too_small':
    case 'too_big': {
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      if (issue.origin === 'array') {
        const at = valueAt(data, localPath);
        const count = Array.isArray(at.value) ? at.value.length : 0;
        if (path[path.length - 1] === 'levels') return [problem('levels_count', path, { count })];
        return [
          problem(issue.code === 'too_small' ? 'too_few' : 'too_many', path, { limit, count }),
        ];
      }
      if (issue.origin === 'string') {
        return [
          issue.code === 'too_small'
            ? problem('text_empty', path)
            : problem('text_too_long', path, { limit }),
        ];
      }
      const strict = issue.inclusive === false ? '_strict' : '';
      return [
        problem(
          `${issue.code === 'too_small' ? 'number_too_small' : 'number_too_big'}${strict}`,
          path,
          { limit },
        ),
      ];
    }
    case 'invalid_format':
      if (OWN_FORMAT_CODES.has(issue.message)) return [problem(issue.message, path)];
      return [problem('invalid_format', path, { format: issue.format })];
    case 'custom': {
      const { code, ...params } = (issue.params ?? {}) as ProblemParams;
      return [problem(typeof code === 'string' ? code : 'invalid_value', path, params)];
    }
    case 'not_multiple_of':
      return [problem('not_multiple_of', path, { divisor: Number(issue.divisor) })];
    default:
      return [
        problem('invalid_value', path, {
          value: preview(valueAt(data, localPath).value),
          allowed: '–',
        }),
      ];
  }
}

/** zod's issues as problems; `data` is the input that was parsed (to tell "missing" apart). */
export function problemsFromZod(
  error: z.ZodError,
  data: unknown,
  prefix: PathSegment[] = [],
): Problem[] {
  return error.issues.flatMap((issue) => fromIssue(issue, data, prefix));
}

/** Fill a message template (`{{name}}` placeholders, as i18next writes them). */
export function fillTemplate(template: string, params: ProblemParams): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) =>
    params[name] === undefined ? `{{${name}}}` : String(params[name]),
  );
}
