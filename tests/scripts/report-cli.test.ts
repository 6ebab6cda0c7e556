import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAssessmentText } from '../../src/core/records/assessment';
import { generateReportInNode } from '../../src/report/node';
import { ROOT } from '../support/helpers';
import { shippedFacts } from '../../scripts/lib/shipped';

const SHIPPED = shippedFacts();

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'itas-report-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) =>
  spawnSync(TSX, [join(ROOT, 'scripts', 'report.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

const FIXTURE = (name: string) => `tests/fixtures/assessments/${name}.json`;

describe('npm run report', () => {
  it('writes the same PDF as the app, with the portfolio from the second file', async () => {
    const out = join(dir, 'report.pdf');
    const r = run([
      FIXTURE('resilience-weak'),
      FIXTURE('technology-readiness-weak'),
      '--lang',
      'en',
      '--date',
      '2026-11-24',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\d+ pages, \d+ KiB/);
    const read = (name: string) => {
      const a = readAssessmentText(readFileSync(join(ROOT, FIXTURE(name)), 'utf8'));
      if (!a.ok) throw new Error(name);
      return a.value;
    };
    const same = await generateReportInNode({
      shipped: SHIPPED,
      assessment: read('resilience-weak'),
      other: read('technology-readiness-weak'),
      lang: 'en',
      date: '2026-11-24',
    });
    expect(Buffer.from(readFileSync(out)).equals(Buffer.from(same.bytes))).toBe(true);
  }, 60_000);

  it('refuses two assessments that make no portfolio', () => {
    const r = run([
      FIXTURE('resilience-weak'),
      FIXTURE('resilience-strong'),
      '--out',
      join(dir, 'x.pdf'),
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Kein Portfolio');
  }, 60_000);

  it('refuses an unreadable assessment with its path and message', () => {
    const r = run([
      'tests/fixtures/questionnaires/four-levels.json',
      '--lang',
      'en',
      '--out',
      join(dir, 'y.pdf'),
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('four-levels.json $.format');
  }, 60_000);

  it('needs --out', () => {
    const r = run([FIXTURE('resilience-weak')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Aufruf: npm run report');
  });
});
