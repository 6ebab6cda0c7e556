// Assessments answered on the first release of the shipped questionnaires (1.0.0) after the
// revision to 1.1: they open with their embedded definition, score exactly as they did (the
// results recorded from 1.0.0 in tests/fixtures/assessments/v1.0.0/results.json), and compare
// with a 1.1 assessment of the same firm through the id map of the questionnaire's revisions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAssessmentText, scoreInputOf } from '../../../src/core/records/assessment';
import { scoreAssessment } from '../../../src/core/scoring/scoring';
import { compareAssessments } from '../../../src/core/compare/compare';
import { QuestionnaireSchema } from '../../../src/core/definition/questionnaire';
import { fixtureAssessment, readJson, ROOT } from '../../support/helpers';

const NAMES = [
  'resilience-weak',
  'resilience-strong',
  'technology-readiness-weak',
  'technology-readiness-strong',
] as const;

interface Recorded {
  version: string;
  overall: { score: number; level: number };
  dimensions: Record<string, { score: number | null; level: number | null }>;
  flags: string[];
}
const RECORDED = readJson('tests/fixtures/assessments/v1.0.0/results.json') as Record<
  string,
  Recorded
>;

const old = (name: string) => {
  const r = readAssessmentText(
    readFileSync(join(ROOT, 'tests/fixtures/assessments/v1.0.0', `${name}.json`), 'utf8'),
  );
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.problems)}`);
  return r.value;
};

describe.each(NAMES)('the 1.0.0 assessment %s', (name) => {
  it('opens on its embedded 1.0.0 definition while the app ships a newer one', () => {
    const a = old(name);
    expect(a.questionnaire.version).toBe('1.0.0');
    const shipped = QuestionnaireSchema.parse(
      readJson(`questionnaires/${a.questionnaire.id}.json`),
    );
    expect(shipped.version).not.toBe('1.0.0');
  });

  it('scores exactly as it did on 1.0.0', () => {
    const r = scoreAssessment(scoreInputOf(old(name)));
    const recorded = RECORDED[name]!;
    expect(r.overall.score).toBe(recorded.overall.score);
    expect(r.overall.level).toBe(recorded.overall.level);
    expect(
      Object.fromEntries(r.dimensions.map((d) => [d.id, { score: d.score, level: d.level }])),
    ).toEqual(recorded.dimensions);
    expect(r.flags.map((f) => f.id)).toEqual(recorded.flags);
  });

  it('compares with the same firm’s assessment on the current version', () => {
    const before = old(name);
    const now = fixtureAssessment(name);
    expect(now.firm?.name).toBe(before.firm?.name);
    const c = compareAssessments([before, now]);
    expect(c.questionnaire.versions.sort()).toEqual(['1.0.0', now.questionnaire.version].sort());
    // Every dimension has a score in both columns: the indexes stand side by side.
    for (const d of c.dimensions) {
      expect(d.present, d.id).toEqual([true, true]);
      expect(
        d.scores.every((s) => s !== null),
        d.id,
      ).toBe(true);
    }
    // What the revision changed is listed, with the reason the questionnaire gives.
    const changes = (now.questionnaire.revisions ?? []).flatMap((r) => r.questions);
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
      const kind = change.becomes ? 'renamed' : change.movedTo ? 'moved' : 'question';
      const listed = c.versionDifferences.find((v) =>
        kind === 'renamed' ? v.from === change.id : v.id === change.id,
      );
      expect(listed?.kind, change.id).toBe(kind);
      if (kind !== 'question') expect(listed?.reason, change.id).toEqual(change.reason);
    }
    // A renamed question holds the old answer in the old column and the new one beside it.
    const oldColumn = c.columns.findIndex((col) => col.version === '1.0.0');
    for (const change of changes.filter((x) => x.becomes)) {
      const row = c.questions.find((q) => q.question === change.becomes)!;
      expect(row.cells[oldColumn]!.state, `${change.id} → ${change.becomes}`).not.toBe('absent');
      expect(row.cells[1 - oldColumn]!.state, change.becomes).not.toBe('absent');
    }
  });
});
