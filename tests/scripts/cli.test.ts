import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const run = (script: string, args: string[]) =>
  spawnSync(TSX, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run validate', () => {
  it('passes on the shipped files', () => {
    const r = run('validate.ts', ['--lang', 'en']);
    expect(r.stdout).toMatch(/files checked, 0 invalid/);
    expect(r.status).toBe(0);
  });

  it('fails with file, JSON path and message on a broken file', () => {
    const r = run('validate.ts', [
      '--lang',
      'en',
      'tests/fixtures/questionnaires/four-levels.json',
      'questionnaires/example.json',
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'tests/fixtures/questionnaires/four-levels.json $.dimensions[0].questions[0].levels: A maturity question needs exactly five levels; this one has 4.',
    );
    expect(r.stdout, 'the two files named, not the profile').toContain(
      '2 files checked, 1 invalid.',
    );
  });

  it('refuses two questionnaires with the same id', () => {
    const r = run('validate.ts', [
      '--lang',
      'en',
      'questionnaires/example.json',
      'tests/fixtures/questionnaires/example-reweighted.json',
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'example-reweighted.json $.id: The questionnaire id “example” is already used by questionnaires/example.json.',
    );
  });

  it('refuses two listed questionnaires on one portfolio axis', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itas-axis-'));
    try {
      const copy = JSON.parse(
        readFileSync(join(ROOT, 'questionnaires/technology-readiness.json'), 'utf8'),
      );
      const file = join(dir, 'second.json');
      writeFileSync(file, JSON.stringify({ ...copy, id: 'second', portfolioAxis: 'x' }));
      const r = run('validate.ts', ['--lang', 'en', 'questionnaires/resilience.json', file]);
      expect(r.status, 'a second questionnaire on axis x is refused').toBe(1);
      expect(r.stdout).toContain(
        '$.portfolioAxis: The portfolio axis “x” is already taken by questionnaires/resilience.json',
      );
      writeFileSync(
        file,
        JSON.stringify({ ...copy, id: 'second', portfolioAxis: 'x', listed: false }),
      );
      const unlisted = run('validate.ts', ['--lang', 'en', 'questionnaires/resilience.json', file]);
      expect(unlisted.status, 'an unlisted draft may share the axis').toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('warns about the same text twice but passes the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itas-same-'));
    try {
      const copy = JSON.parse(readFileSync(join(ROOT, 'questionnaires/example.json'), 'utf8'));
      const [a1, a2] = copy.dimensions[0].questions;
      a2.text = { ...a1.text, de: `  ${a1.text.de.toUpperCase()} ` };
      a2.options[1].label = { ...a2.options[0].label };
      const file = join(dir, 'same.json');
      writeFileSync(file, JSON.stringify(copy));
      const r = run('validate.ts', ['--lang', 'en', file]);
      expect(r.status, 'a warning does not make the file invalid').toBe(0);
      expect(r.stdout).toContain(
        '$.dimensions[0].questions[1].text.de: Warning: this question has the same text as $.dimensions[0].questions[0].',
      );
      expect(r.stdout).toContain(
        `$.dimensions[0].questions[1].options[1].label.de: Warning: this option has the same text as “${a2.options[0].id}”.`,
      );
      expect(r.stdout).toContain('1 file checked, 0 invalid.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks the id map of the revisions, within a file and across files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itas-rev-'));
    try {
      const copy = JSON.parse(readFileSync(join(ROOT, 'questionnaires/example.json'), 'utf8'));
      const [a1] = copy.dimensions[0].questions;
      const reason = { de: 'Grund', en: 'Reason' };
      const revise = (...questions: object[]) => {
        writeFileSync(
          file,
          JSON.stringify({ ...copy, revisions: [{ version: '1.1.0', questions }] }),
        );
        return run('validate.ts', ['--lang', 'en', 'questionnaires/resilience.json', file]);
      };
      const file = join(dir, 'revised.json');
      const r1 = revise({ id: a1.id, reason }, { id: 'old_a', becomes: 'nowhere', reason });
      expect(r1.status).toBe(1);
      expect(r1.stdout).toContain(
        `$.revisions[0].questions[0].id: The question “${a1.id}” is listed as retired in version 1.1.0 but is still in the questionnaire.`,
      );
      expect(r1.stdout).toContain(
        '$.revisions[0].questions[1].becomes: There is no question with the id “nowhere”.',
      );
      const r = revise(
        { id: 'old_b', movedTo: { questionnaire: 'resilience', question: 'r9_none' }, reason },
        {
          id: 'old_c',
          movedTo: { questionnaire: 'resilience', question: 'r2_critical_parts' },
          reason,
        },
      );
      expect(r.status).toBe(1);
      expect(r.stdout).toContain(
        '$.revisions[0].questions[0].movedTo: The question “old_b” is said to have moved to resilience, which has no question “r9_none”.',
      );
      expect(r.stdout, 'a move to an existing question is fine').not.toContain('old_c');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('speaks German by default', () => {
    const r = run('validate.ts', ['tests/fixtures/questionnaires/unknown-service.json']);
    expect(r.stdout).toContain('Unbekannte Angebotsart „consulting“');
  });
});

describe('npm run score', () => {
  it('prints exactly the numbers of the worked example in questionnaires/README.md', () => {
    const out = execFileSync(
      TSX,
      [join(ROOT, 'scripts/score.ts'), 'tests/fixtures/assessments/example-worked.json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    const result = JSON.parse(out);
    expect(result.overall).toMatchObject({
      score: 62.5,
      level: 3.5,
      namedLevel: 3,
      completeness: 1,
    });
    expect(result.overall.display).toEqual({ score: 62, level: 3.5, namedLevel: 3 });
    const [a, b] = result.dimensions;
    expect(a).toMatchObject({
      id: 'A',
      score: 56.25,
      level: 3.25,
      namedLevel: 3,
      band: 'mid',
      gap: 0.75,
      priority: 1.5,
      weakest: 'a1',
    });
    expect(a.display).toEqual({ score: 56, level: 3.2, namedLevel: 3, gap: 0.7 });
    expect(b).toMatchObject({
      id: 'B',
      score: 75,
      level: 4,
      namedLevel: 4,
      band: 'high',
      gap: 0,
      completeness: 1,
      dontKnow: ['b3'],
    });
    expect(b.coverage).toBeCloseTo(2 / 3, 12);
    expect(result.priorities.map((p: { dimension: string }) => p.dimension)).toEqual(['A']);
    expect(result.strengths).toEqual([
      { dimension: 'B', margin: 1, relative: false },
      { dimension: 'A', margin: -0.75, relative: true },
    ]);
    expect(result.flags).toEqual([
      { id: 'strategy-not-shared', dimension: 'A', severity: 'warning' },
    ]);
  });

  it('scores the same answers against another questionnaire file', () => {
    // Version 1.1.0 weighs dimension A 1 instead of 2: (56.25 + 75) / 2.
    const out = execFileSync(
      TSX,
      [
        join(ROOT, 'scripts/score.ts'),
        'tests/fixtures/questionnaires/example-reweighted.json',
        'tests/fixtures/assessments/example-worked.json',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const result = JSON.parse(out);
    expect(result.questionnaire).toEqual({ id: 'example', version: '1.1.0' });
    expect(result.overall.score).toBe(65.625);
  });

  it('refuses a broken questionnaire file with its path', () => {
    const r = run('score.ts', [
      '--lang',
      'en',
      'tests/fixtures/questionnaires/unknown-dimension.json',
      'tests/fixtures/assessments/example-worked.json',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('$.flags[0].dimension: There is no dimension with the id “C”.');
  });
});

describe('npm run schema', () => {
  it('the committed JSON Schemas are what the zod schemas generate', async () => {
    const { jsonSchemas } = await import('../../scripts/schema');
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const committed = JSON.parse(readFileSync(join(ROOT, name), 'utf8'));
      expect(committed, `${name} is stale: run npm run schema`).toEqual(schema);
    }
  });
});
