import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de as deResources } from '../../src/i18n/de/index';
import { en as enResources } from '../../src/i18n/en/index';

import deCoach from '../../src/i18n/de/coach.json';
import enCoach from '../../src/i18n/en/coach.json';
import dePreview from '../../src/i18n/de/preview.json';
import enPreview from '../../src/i18n/en/preview.json';
import deReport from '../../src/i18n/de/report.json';
import enReport from '../../src/i18n/en/report.json';
import deResults from '../../src/i18n/de/results.json';
import enResults from '../../src/i18n/en/results.json';
import deSettings from '../../src/i18n/de/settings.json';
import enSettings from '../../src/i18n/en/settings.json';
import deWorkshop from '../../src/i18n/de/workshop.json';
import enWorkshop from '../../src/i18n/en/workshop.json';
import deStudy from '../../src/i18n/de/study.json';
import deProblems from '../../src/i18n/de/problems.json';
import enProblems from '../../src/i18n/en/problems.json';
import enStudy from '../../src/i18n/en/study.json';
import deStudyProblems from '../../src/i18n/de/study-problems.json';
import enStudyProblems from '../../src/i18n/en/study-problems.json';

// With the namespaces that load on demand (report, results, settings, coach workspace, workshop,
// preview, the regional study and the problems it adds to the problem texts, and the problem texts).
const resources = {
  de: {
    ...deResources,
    problems: { ...deProblems, ...deStudyProblems },
    study: deStudy,
    report: deReport,
    results: deResults,
    settings: deSettings,
    coach: deCoach,
    workshop: deWorkshop,
    preview: dePreview,
  },
  en: {
    ...enResources,
    problems: { ...enProblems, ...enStudyProblems },
    study: enStudy,
    report: enReport,
    results: enResults,
    settings: enSettings,
    coach: enCoach,
    workshop: enWorkshop,
    preview: enPreview,
  },
};
import { ROOT } from '../support/helpers';

type Tree = { readonly [key: string]: string | Tree };

/** `{ a: { b: 'x' }, c: 'y' }` → `['a.b', 'c']`, sorted. */
function flatKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) =>
      typeof value === 'string' ? [prefix + key] : flatKeys(value, `${prefix}${key}.`),
    )
    .sort();
}

const de = resources.de as unknown as Record<string, Tree>;
const en = resources.en as unknown as Record<string, Tree>;

describe('translations', () => {
  it('have the same namespaces in German and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it.each(Object.keys(resources.de))('have the same keys in both languages: %s', (ns) => {
    const deKeys = flatKeys(de[ns]!);
    const enKeys = flatKeys(en[ns]!);
    expect(deKeys.length, `${ns} has keys`).toBeGreaterThan(0);
    expect(
      enKeys.filter((k) => !deKeys.includes(k)),
      `keys in en/${ns}.json but not in de/${ns}.json`,
    ).toEqual([]);
    expect(
      deKeys.filter((k) => !enKeys.includes(k)),
      `keys in de/${ns}.json but not in en/${ns}.json`,
    ).toEqual([]);
  });

  it('have no empty texts', () => {
    for (const [lang, namespaces] of Object.entries({ de, en }))
      for (const [ns, tree] of Object.entries(namespaces))
        for (const key of flatKeys(tree)) {
          const text = key.split('.').reduce<string | Tree>((t, k) => (t as Tree)[k]!, tree);
          expect(String(text).trim(), `${lang}/${ns}.json: ${key}`).not.toBe('');
        }
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

/**
 * The problem codes written as literals in the source: `problem('code', …)` (also a choice
 * `problem(x ? 'a' : 'b', …)`), `code: 'code'` (in zod issue params) and `const code = … 'a' … 'b'`,
 * and `error: 'code'` (zod messages that become problem codes). `addIssue({ code: 'custom' })`
 * is zod's own issue kind, not a problem code.
 */
function problemCodesIn(dir: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (code: string, where: string) => found.set(code, [...(found.get(code) ?? []), where]);
  // In `x === 'a' ? 'b' : 'c'` only the branches are codes.
  const literals = (s: string) =>
    [...s.slice(s.indexOf('?') + 1).matchAll(/'([a-z][a-z0-9_]*)'/g)].map((m) => m[1]!);
  for (const file of sourceFiles(dir)) {
    const source = readFileSync(file, 'utf8');
    const where = relative(ROOT, file);
    for (const m of source.matchAll(/\bproblem\(\s*([^,]+),/g))
      literals(m[1]!).forEach((c) => add(c, where));
    for (const m of source.matchAll(/(?<!addIssue\(\{\s*)\bcode:\s*'([a-z][a-z0-9_]*)'/g))
      add(m[1]!, where);
    for (const m of source.matchAll(/\bconst code\s*=([^;]+);/g))
      literals(m[1]!).forEach((c) => add(c, where));
    for (const m of source.matchAll(/\berror:\s*'([a-z][a-z0-9_]*)'/g)) add(m[1]!, where);
  }
  return found;
}

describe('problem messages', () => {
  const inCore = problemCodesIn(join(ROOT, 'src', 'core'));
  // The app outside core reports a few problems of its own (a missing record, an unknown file).
  const inApp = problemCodesIn(join(ROOT, 'src'));

  it('the search finds the problem codes', () => {
    // Guards the search itself: if the patterns stop matching, the check below proves nothing.
    expect(inCore.size, [...inCore.keys()].join(', ')).toBeGreaterThanOrEqual(40);
    for (const code of [
      'missing',
      'wrong_format',
      'condition_shape',
      'too_few',
      'band_overlap',
      'datetime_format',
    ])
      expect(inCore.has(code), `found ${code}`).toBe(true);
    expect(inCore.has('custom'), "zod's issue kind is not a problem code").toBe(false);
    for (const code of ['record_missing', 'unknown_file']) expect(inApp.has(code)).toBe(true);
  });

  it.each([
    ['de', resources.de.problems],
    ['en', resources.en.problems],
  ] as const)('every problem code has a message in %s/problems.json', (lang, messages) => {
    const missing = [...inApp].filter(([code]) => !Object.hasOwn(messages, code));
    expect(
      missing.map(([code, files]) => `${code} (${[...new Set(files)].join(', ')})`),
      `codes without a message in ${lang}/problems.json`,
    ).toEqual([]);
  });
});
