// Every mistake a person can make with the authors' command-line tools ends in one clear line in
// their language and exit code 1, never in a stack trace; --help answers on stdout with exit 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const run = (script: string, args: string[]) =>
  spawnSync(TSX, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8' });

const dir = mkdtempSync(join(tmpdir(), 'itas-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const broken = join(dir, 'broken.json');
writeFileSync(broken, '{\n  "id": "x",\n  "version": 1,\n}\n');
const ASSESSMENT = 'tests/fixtures/assessments/resilience-weak.json';
const OTHER = 'tests/fixtures/assessments/technology-readiness-weak.json';
const out = join(dir, 'r.pdf');

// [script, arguments, what the one line says]
const mistakes: [string, string[], RegExp][] = [
  ['validate.ts', ['--lang', 'fr'], /--lang nimmt de oder en/],
  ['validate.ts', ['--frobnicate'], /Unbekannte Option --frobnicate/],
  ['validate.ts', ['--lang', 'en', 'missing.json'], /missing\.json \$: The file could not be read/],
  ['validate.ts', ['--lang', 'en', broken], /not valid JSON \(line 4, column 1\)/],
  ['score.ts', ['--lang', 'fr', ASSESSMENT], /--lang takes de or en/],
  ['score.ts', ['missing.json'], /missing\.json: Datei nicht gefunden/],
  ['score.ts', [], /Zu wenige Dateien/],
  ['score.ts', ['a.json', 'b.json', 'c.json'], /Zu viele Dateien/],
  ['score.ts', ['--lang', 'en', 'tests'], /tests: is a folder/],
  ['score.ts', ['--lang', 'en', broken], /not valid JSON \(line 4, column 1\)/],
  ['report.ts', ['--lang', 'en', ASSESSMENT], /--out is missing/],
  ['report.ts', ['--lang', 'en', ASSESSMENT, '--out'], /--out needs a value/],
  [
    'report.ts',
    ['--lang', 'en', ASSESSMENT, '--out', join(dir, 'no', 'such', 'x.pdf')],
    /folder .* does not exist/,
  ],
  [
    'report.ts',
    ['--lang', 'en', ASSESSMENT, '--out', out, '--date', '2026-13-45'],
    /"2026-13-45" is not a day/,
  ],
  ['report.ts', ['--lang', 'en', ASSESSMENT, '--out', out, '--date', '24.11.2026'], /is not a day/],
  ['report.ts', ['--lang', 'en', 'missing.json', '--out', out], /missing\.json: file not found/],
  ['report.ts', ['--lang', 'en', ASSESSMENT, ASSESSMENT, '--out', out], /No portfolio/],
  ['report.ts', [ASSESSMENT, OTHER, ASSESSMENT, '--out', out], /Zu viele Dateien/],
  ['schema.ts', ['extra.json'], /Zu viele Dateien/],
];

describe('the command line for authors', () => {
  it.each(mistakes)('%s %j: one line, exit 1, no stack trace', (script, args, says) => {
    const r = run(script, args);
    expect(r.status, r.stderr).toBe(1);
    // validate reports each file's problems on stdout; the others say what went wrong on stderr.
    expect(script === 'validate.ts' ? r.stdout + r.stderr : r.stderr).toMatch(says);
    expect(r.stderr + r.stdout, 'no stack trace').not.toMatch(/^\s{4}at /m);
  });

  it.each(['validate.ts', 'score.ts', 'report.ts', 'schema.ts'])(
    '%s --help prints its usage on stdout and exits 0',
    (script) => {
      const de = run(script, ['--help']);
      expect(de.status).toBe(0);
      expect(de.stdout).toMatch(/^Aufruf: npm run /);
      const en = run(script, ['--help', '--lang', 'en']);
      expect(en.stdout).toMatch(/^Usage: npm run /);
    },
  );

  it('counts the files it was given, not the profile it checks them against', () => {
    const one = run('validate.ts', ['--lang', 'en', 'questionnaires/resilience.json']);
    expect(one.stdout).toContain('1 file checked, 0 invalid.');
    const all = run('validate.ts', []);
    expect(all.stdout).toContain('4 Dateien geprüft, 0 fehlerhaft.');
  });
});
