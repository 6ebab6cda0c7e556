import { describe, expect, it } from 'vitest';
import { HORIZONS } from '../../../src/core/definition/model';
import { scoreInputOf, type Assessment } from '../../../src/core/records/assessment';
import { scoreAssessment } from '../../../src/core/scoring/scoring';
import { resultsStory, STORY_FOCUS } from '../../../src/core/scoring/story';
import { fixtureAssessment } from '../../support/helpers';

const fixture = fixtureAssessment;
const storyOf = (a: Assessment) => {
  const result = scoreAssessment(scoreInputOf(a));
  return { result, story: resultsStory(result, a.questionnaire) };
};

describe('the results as a story', () => {
  it('a weak firm: its three most urgent gaps, each with the earliest first measure of its band', () => {
    const a = fixture('resilience-weak');
    const { result, story } = storyOf(a);
    expect(story.belowTarget).toBe(result.priorities.length);
    expect(story.belowTarget).toBeGreaterThan(STORY_FOCUS);
    expect(story.focus.map((f) => f.dimension)).toEqual(
      result.priorities.slice(0, STORY_FOCUS).map((p) => p.dimension),
    );
    for (const f of story.focus) {
      const d = result.dimensions.find((x) => x.id === f.dimension)!;
      expect(f.stretch).toBe(false);
      expect(f.gap).toBeCloseTo(d.target - d.level!, 9);
      expect(f.gap).toBeGreaterThan(0);
      expect(f.weakest).toBe(d.weakest);
      const band = a.questionnaire.dimensions.find((x) => x.id === f.dimension)!.recommendations[
        d.band!
      ];
      expect(band.map((r) => r.id)).toContain(f.first!.recommendation.id);
      // No measure of the band comes in an earlier horizon.
      const earliest = Math.min(...band.map((r) => HORIZONS.indexOf(r.horizon)));
      expect(HORIZONS.indexOf(f.first!.recommendation.horizon)).toBe(earliest);
    }
    // A field below its target is never called a strength.
    for (const s of story.strengths) expect(s.margin).toBeGreaterThanOrEqual(0);
    if (story.strengths.length === 0) expect(story.closest).not.toBeNull();
  });

  it('a strong firm at its targets gets stretch measures from its own band, and real strengths', () => {
    const a = fixture('technology-readiness-strong');
    const { result, story } = storyOf(a);
    expect(result.priorities).toEqual([]);
    expect(story.belowTarget).toBe(0);
    expect(story.focus).toHaveLength(STORY_FOCUS);
    const margins = result.dimensions
      .filter((d) => d.level !== null)
      .map((d) => d.level! - d.target)
      .sort((x, y) => x - y);
    story.focus.forEach((f, i) => {
      expect(f.stretch).toBe(true);
      expect(f.level - f.target).toBeCloseTo(margins[i]!, 9);
      expect(f.first, `${f.dimension} has a measure of its band`).not.toBeNull();
      const d = result.dimensions.find((x) => x.id === f.dimension)!;
      expect(d.band).toBe('high');
    });
    expect(story.strengths.length).toBeGreaterThan(0);
    expect(story.closest).toBeNull();
    expect(story.services.length).toBeGreaterThan(0);
  });

  it('no field reaching its target: the closest is named, no strength', () => {
    const a = fixture('resilience-weak');
    const targets = Object.fromEntries(a.questionnaire.dimensions.map((d) => [d.id, 5]));
    const result = scoreAssessment({ ...scoreInputOf(a), targets });
    const story = resultsStory(result, a.questionnaire);
    expect(story.strengths).toEqual([]);
    const best = result.dimensions
      .filter((d) => d.level !== null)
      .sort((x, y) => y.level! - x.level!)[0]!;
    expect(story.closest?.dimension).toBe(best.id);
  });
});
