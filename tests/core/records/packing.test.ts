import { describe, expect, it } from 'vitest';
import {
  packAssessment,
  packedRestorer,
  restorePackedAssessment,
} from '../../../src/core/records/packing';
import {
  generatedAssessment,
  generatedFirm,
  randomSource,
  shippedQuestionnaires,
} from '../../../src/bench/study-files';

// Many packed assessments of one file: the restorer checks each pair of definitions once and then
// restores every further assessment exactly as the full restore would, refusals included.

const random = randomSource(3);
const definitions: Record<string, unknown> = {};
const packed = Array.from(
  { length: 12 },
  (_, i) =>
    JSON.parse(
      JSON.stringify(
        packAssessment(
          generatedAssessment(shippedQuestionnaires[i % 2]!, generatedFirm(i, random), random),
          definitions,
        ),
      ),
    ) as Record<string, unknown>,
);

describe('restoring the packed assessments of one file', () => {
  it('gives what the full restore gives, for every entry', () => {
    const restore = packedRestorer(definitions);
    for (const entry of packed)
      expect(restore(entry)).toEqual(restorePackedAssessment(entry, definitions));
  });

  it('still refuses an entry that does not fit, after its definitions were checked', () => {
    const restore = packedRestorer(definitions);
    expect(restore(packed[0]).ok).toBe(true);
    const answers = packed[2]!.answers as Record<string, { kind: string; value: unknown }>;
    const [id] = Object.entries(answers).find(([, e]) => typeof e.value === 'number')!;
    const wrong = { ...packed[2], answers: { ...answers, [id]: { ...answers[id], value: 1e308 } } };
    const r = restore(wrong);
    expect(r).toMatchObject({ ok: false, problems: [{ code: 'answer_misfit' }] });
    expect(restore({ ...packed[4], role: 'boss' }).ok).toBe(false);
  });

  it('refuses every entry of a broken definition, not only the first', () => {
    const qHash = (packed[0]!.questionnaire as { ref: { hash: string } }).ref.hash;
    const broken = {
      ...definitions,
      [qHash]: { ...(definitions[qHash] as object), dimensions: [] },
    };
    const restore = packedRestorer(broken);
    expect(restore(packed[0]).ok).toBe(false);
    expect(restore(packed[2]).ok).toBe(false);
    expect(restore(packed[1]).ok).toBe(true);
  });
});
