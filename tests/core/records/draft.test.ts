import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../../scripts/validate';
import { restoreAssessment, scoreInputOf } from '../../../src/core/records/assessment';
import {
  checkQuestionnaireText,
  draftKey,
  newDraftRecord,
  restoreDraftRecord,
  trialAssessment,
} from '../../../src/core/records/draft';
import { formatPath } from '../../../src/core/common/problems';
import { MAX_SINGLE_FILE_BYTES } from '../../../src/core/common/safety';
import { scoreAssessment } from '../../../src/core/scoring/scoring';
import { isFirmWork } from '../../../src/core/scoring/summary';
import { summarize } from '../../../src/core/scoring/scoring';
import { validateQuestionnaire } from '../../../src/core/definition/validate';
import { memoryBackend } from '../../../src/storage/backend';
import { deleteDraft, listDrafts, loadDraft, saveDraft } from '../../../src/storage/drafts';
import { STORAGE_KEYS } from '../../../src/storage/keys';
import { profileDefinition, readJson, ROOT } from '../../support/helpers';

const OPENED = '2026-11-24T14:30:00.000Z';
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const lines = (problems: { code: string; path: (string | number)[] }[]) =>
  problems.map((p) => `${formatPath(p.path)} ${p.code}`);

// Problems `npm run validate` adds by comparing files or checking the profile file itself.
const ACROSS_FILES = new Set(['duplicate_questionnaire', 'profile_invalid']);

const questionnaireFiles = [
  ...readdirSync(join(ROOT, 'tests/fixtures/questionnaires')).map(
    (f) => `tests/fixtures/questionnaires/${f}`,
  ),
  ...readdirSync(join(ROOT, 'tests/fixtures/preview')).map((f) => `tests/fixtures/preview/${f}`),
  ...readdirSync(join(ROOT, 'questionnaires'))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'profile.json')
    .map((f) => `questionnaires/${f}`),
];

describe('checking a questionnaire file in the preview', () => {
  it.each(questionnaireFiles)('%s: the same problems as npm run validate', (file) => {
    const [, cli] = validateFiles([join(ROOT, file)]);
    const expected = cli!.problems.filter((p) => !ACROSS_FILES.has(p.code));
    const { result } = checkQuestionnaireText(read(file), profileDefinition);
    expect(lines(result.ok ? [] : result.problems), 'preview and validate agree').toEqual(
      lines(expected),
    );
    if (!result.ok) expect(result.problems).toEqual(expected); // params too, for the messages
  });

  it('a broken file shows several problems, each with its path', () => {
    const { result, facts } = checkQuestionnaireText(
      read('tests/fixtures/preview/broken.json'),
      profileDefinition,
    );
    expect(result.ok).toBe(false);
    expect(lines(result.ok ? [] : result.problems)).toEqual([
      '$.version version_format',
      '$.title.en text_empty',
      '$.dimensions[0].questions[0].levels levels_count',
      '$.dimensions[0].questions[1].wieght unknown_key',
    ]);
    expect(facts, 'lists still show what the file says it is').toEqual({
      id: 'resilience-next',
      version: '2.0',
      title: {
        de: 'Beispielfragebogen für Autorinnen und Autoren',
        en: 'Beispielfragebogen für Autorinnen und Autoren',
      },
    });
  });

  it('a valid file gives the questionnaire with defaults filled in and without the editor hint', () => {
    const text = read('tests/fixtures/preview/valid-shipped-id.json');
    const { result, facts } = checkQuestionnaireText(text, profileDefinition);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value).not.toHaveProperty('$schema');
    const direct = validateQuestionnaire(JSON.parse(text), profileDefinition);
    if (!direct.ok) throw new Error('fixture invalid');
    const { $schema: _schema, ...expected } = direct.value;
    expect(result.value).toEqual(expected);
    expect(facts.id).toBe('resilience');
    expect(facts.version).toBe('2.0.0-draft.1');
  });

  it.each([
    ['the profile file', read('questionnaires/profile.json'), 'wrong_format'],
    ['an array', '[1, 2]', 'not_a_definition'],
    ['an object of neither kind', '{"format": "itas-assessment"}', 'not_a_definition'],
    ['broken JSON', '{"id": "x", ', 'json_syntax'],
    ['a prototype key', '{"dimensions": [], "__proto__": {"polluted": 1}}', 'forbidden_key'],
    ['deep nesting', `{"dimensions": ${'['.repeat(100)}${']'.repeat(100)}}`, 'too_deep'],
  ])('%s is refused with a clear problem', (_name, text, code) => {
    const { result } = checkQuestionnaireText(text, profileDefinition);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual([code]);
  });

  it('an oversized text is refused by its size', () => {
    const text = ' '.repeat(MAX_SINGLE_FILE_BYTES + 1);
    const { result } = checkQuestionnaireText(text, profileDefinition);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['file_too_large']);
  });
});

describe('draft records', () => {
  const text = read('tests/fixtures/preview/valid-shipped-id.json');

  it('are keyed by their content: the same text the same key, another text another', () => {
    expect(draftKey(text)).toMatch(/^[0-9a-f]{32}$/);
    expect(draftKey(text)).toBe(draftKey(`${text}`));
    expect(draftKey(`${text} `)).not.toBe(draftKey(text));
  });

  it('survive a round trip, unknown fields included', () => {
    const record = { ...newDraftRecord(text, 'neu.json', OPENED), later: 'kept' };
    const restored = restoreDraftRecord(structuredClone(record));
    expect(restored).toEqual({ ok: true, value: record });
  });

  it.each([
    ['a key that does not fit the text', { key: draftKey('other') }, 'invalid_value'],
    ['a newer record version', { recordVersion: 2 }, 'format_newer'],
    ['a text that is not a text', { text: 42 }, 'wrong_type'],
    ['a broken time', { openedAt: 'yesterday' }, 'datetime_format'],
  ])('refuse %s', (_name, change, code) => {
    const restored = restoreDraftRecord({ ...newDraftRecord(text, 'a.json', OPENED), ...change });
    expect(restored.ok ? [] : restored.problems.map((p) => p.code)).toContain(code);
  });

  it('are kept in their own store; unreadable ones are listed, not dropped', async () => {
    const backend = memoryBackend();
    const older = newDraftRecord(read('tests/fixtures/preview/broken.json'), 'b.json', OPENED);
    const newer = newDraftRecord(text, 'v.json', '2026-11-25T08:00:00.000Z');
    await saveDraft(backend, older);
    await saveDraft(backend, newer);
    await backend.put(STORAGE_KEYS.stores.drafts, 'damaged', { recordVersion: 1 });
    const listing = await listDrafts(backend);
    expect(
      listing.drafts.map((d) => d.fileName),
      'most recently opened first',
    ).toEqual(['v.json', 'b.json']);
    expect(listing.unreadable).toEqual(['damaged']);
    expect(await loadDraft(backend, newer.key)).toEqual(newer);
    expect(await backend.getAllKeys(STORAGE_KEYS.stores.definitions), 'nothing else').toEqual([]);
    await deleteDraft(backend, newer.key);
    expect(await loadDraft(backend, newer.key)).toBeNull();
  });
});

describe('trial assessments', () => {
  const questionnaire = (() => {
    const { result } = checkQuestionnaireText(
      read('tests/fixtures/preview/valid-shipped-id.json'),
      profileDefinition,
    );
    if (!result.ok) throw new Error('fixture invalid');
    return result.value;
  })();
  const trial = trialAssessment({
    id: 't1',
    at: OPENED,
    draftKey: 'abc',
    questionnaire,
    profileDefinition,
  });

  it('are valid assessments that say which draft they try out', () => {
    const restored = restoreAssessment(structuredClone(trial));
    expect(restored.ok ? [] : restored.problems).toEqual([]);
    expect(trial.draft).toEqual({ id: 'abc' });
    expect(trial.firm, 'no firm is needed').toBeUndefined();
  });

  it('stay off the firms’ lists', () => {
    const summary = summarize(trial);
    expect(summary.draftId).toBe('abc');
    expect(isFirmWork(summary)).toBe(false);
  });

  it('are scored by core like any assessment', () => {
    const answered = {
      ...trial,
      answers: {
        a1: { kind: 'value' as const, value: 4, at: OPENED },
        a2: { kind: 'value' as const, value: 'some', at: OPENED },
      },
    };
    const result = scoreAssessment(scoreInputOf(answered));
    // a1: level 4 → 0.75, weight 2; a2: 0.5, weight 1 → (1.5 + 0.5) / 3
    expect(result.dimensions[0]!.score).toBeCloseTo((100 * 2) / 3, 9);
    expect(readJson('tests/fixtures/preview/valid-shipped-id.json')).toMatchObject({
      id: 'resilience',
    });
  });
});
