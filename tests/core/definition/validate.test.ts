import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../src/core/common/problems';
import {
  definitionKind,
  parseJson,
  validateProfile,
  validateQuestionnaire,
} from '../../../src/core/definition/validate';
import { profileDefinition, readJson, ROOT } from '../../support/helpers';

function validateFixture(name: string) {
  const text = readFileSync(join(ROOT, 'tests/fixtures/questionnaires', name), 'utf8');
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed.problems;
  const result = validateQuestionnaire(parsed.value, profileDefinition);
  return result.ok ? [] : result.problems;
}

describe('shipped definitions', () => {
  const files = readdirSync(join(ROOT, 'questionnaires')).filter(
    (f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'profile.json',
  );

  it('the profile is valid', () => {
    const result = validateProfile(readJson('questionnaires/profile.json'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each(files)('%s is valid against the profile', (file) => {
    const data = readJson(`questionnaires/${file}`);
    expect(definitionKind(data)).toBe('questionnaire');
    const result = validateQuestionnaire(data, profileDefinition);
    expect(result.ok ? [] : result.problems.map((p) => `${formatPath(p.path)} ${p.code}`)).toEqual(
      [],
    );
  });
});

describe('each kind of mistake is found with its JSON path', () => {
  it.each([
    ['missing-translation.json', 'missing', '$.dimensions[0].questions[1].text.en'],
    ['empty-translation.json', 'text_empty', '$.dimensions[0].description.de'],
    ['duplicate-id.json', 'duplicate_id', '$.dimensions[1].questions[2].id'],
    [
      'condition-missing-question.json',
      'unknown_question',
      '$.dimensions[0].questions[3].visibleIf.question',
    ],
    ['four-levels.json', 'levels_count', '$.dimensions[0].questions[0].levels'],
    [
      'levels-not-distinct.json',
      'levels_not_distinct',
      '$.dimensions[0].questions[0].levels[3].en',
    ],
    ['overlapping-bands.json', 'band_overlap', '$.dimensions[1].questions[0].bands[1].from'],
    ['band-gap.json', 'band_gap', '$.dimensions[1].questions[0].bands[2].from'],
    [
      'unknown-service.json',
      'unknown_service',
      '$.dimensions[0].recommendations.mid[0].services[1]',
    ],
    [
      'unknown-option.json',
      'unknown_option',
      '$.dimensions[1].questions[2].visibleIf.all[0].in[1]',
    ],
    ['unknown-profile-field.json', 'unknown_profile_field', '$.flags[0].when.all[0].profile'],
    ['operator-type.json', 'operator_type', '$.flags[1].when.gt'],
    ['condition-shape.json', 'condition_shape', '$.dimensions[0].questions[3].visibleIf'],
    ['condition-cycle.json', 'condition_cycle', '$.dimensions[0].questions[0].visibleIf'],
    ['unknown-dimension.json', 'unknown_dimension', '$.flags[0].dimension'],
    ['missing-band-recommendations.json', 'too_few', '$.dimensions[1].recommendations.high'],
    ['unknown-question-type.json', 'unknown_variant', '$.dimensions[0].questions[1].type'],
    ['unknown-field.json', 'unknown_key', '$.dimensions[0].questions[0].wieght'],
    ['two-exclusive-options.json', 'exclusive_options', '$.dimensions[0].questions[2].options'],
    ['syntax-error.json', 'json_syntax', '$'],
  ])('%s: %s at %s', (file, code, path) => {
    const problems = validateFixture(file);
    expect(problems.map((p) => [p.code, formatPath(p.path)])).toEqual([[code, path]]);
  });
});

describe('number bands tile the range', () => {
  const base = readJson('questionnaires/example.json') as {
    dimensions: { questions: { bands?: unknown }[] }[];
  };
  const withBands = (bands: unknown) => {
    const q = structuredClone(base);
    q.dimensions[1]!.questions[0]!.bands = bands;
    const result = validateQuestionnaire(q, profileDefinition);
    return result.ok ? [] : result.problems.map((p) => p.code);
  };
  it.each([
    ['exact tiling', [{ from: 0, to: 24, score: 1 }], []],
    ['gap at the end', [{ from: 0, to: 20, score: 1 }], ['band_gap']],
    ['gap at the start', [{ from: 1, to: 24, score: 1 }], ['band_gap']],
    ['beyond the maximum', [{ from: 0, to: 30, score: 1 }], ['band_outside']],
    ['below the minimum', [{ from: -1, to: 24, score: 1 }], ['band_outside']],
    [
      'empty band',
      [
        { from: 0, to: 0, score: 1 },
        { from: 0, to: 24, score: 1 },
      ],
      ['band_empty'],
    ],
  ])('%s', (_name, bands, codes) => {
    expect(withBands(bands)).toEqual(codes);
  });
});

describe('profile definition', () => {
  it('refuses conditions on questionnaire questions and unknown fields', () => {
    const p = structuredClone(readJson('questionnaires/profile.json')) as {
      questions: Record<string, unknown>[];
    };
    p.questions[1]!.visibleIf = { question: 'a1', eq: 3 };
    p.questions[2]!.visibleIf = { profile: 'staff', gt: 3 };
    const result = validateProfile(p);
    expect(result.ok ? [] : result.problems.map((x) => [x.code, formatPath(x.path)])).toEqual([
      ['unknown_question', '$.questions[1].visibleIf.question'],
      ['unknown_profile_field', '$.questions[2].visibleIf.profile'],
    ]);
  });

  it('refuses a maturity question in the profile', () => {
    const p = structuredClone(readJson('questionnaires/profile.json')) as {
      questions: Record<string, unknown>[];
    };
    p.questions[0]!.type = 'maturity';
    expect(validateProfile(p).ok).toBe(false);
  });
});

describe('formatPath', () => {
  it.each([
    [[], '$'],
    [['dimensions', 0, 'questions', 2, 'text', 'en'], '$.dimensions[0].questions[2].text.en'],
    [['answers', 'a-1'], '$.answers["a-1"]'],
  ] as const)('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
