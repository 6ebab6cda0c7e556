// Every released format version of every file and stored record keeps its meaning: the fixtures
// in tests/fixtures/migrations/ (one per kind and version, found by listing the folder) are read
// through the app's real restore functions and must mean what they meant when they were written.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentFileText, backupFileText, firmFileText } from '../../../src/transfer/files';
import { readAssessmentText, type Assessment } from '../../../src/core/records/assessment';
import { migrateDocument } from '../../../src/core/records/restore';
import { readBackupText } from '../../../src/core/records/backup';
import { readFirmText, type Firm } from '../../../src/core/records/firm';
import {
  assessmentMeaning,
  DIR,
  firmMeaning,
  fixtures,
  KINDS,
  readMeaning,
  type Fixture,
  type Kind,
} from '../../fixtures/migrations/meaning';

const all = fixtures();
const raw = (f: Fixture) =>
  JSON.parse(readFileSync(join(DIR, f.file), 'utf8')) as Record<string, unknown>;
const ids = (list: unknown) => (list as { id: string }[]).map((x) => x.id);

/**
 * What the file says on its face, without the app's code: the format version it declares, the ids
 * it holds and how many answers each has. A version whose files look different adds its case.
 */
function facts(f: Fixture) {
  const doc = raw(f);
  if (f.version !== 1) throw new Error(`${f.file}: describe the facts of version ${f.version}`);
  switch (f.kind) {
    case 'assessment':
      return {
        version: doc.formatVersion,
        assessments: [{ id: doc.id, answerCount: Object.keys(doc.answers as object).length }],
      };
    case 'firm':
      return { version: doc.formatVersion, firms: ids([doc.firm]) };
    case 'backup':
      return {
        version: doc.formatVersion,
        firms: ids(doc.firms),
        assessments: (doc.assessments as { id: string; answers: object }[]).map((a) => ({
          id: a.id,
          answerCount: Object.keys(a.answers).length,
        })),
      };
    case 'record': {
      const records = (doc.stores as { assessments: Record<string, Record<string, unknown>> })
        .assessments;
      return {
        version: Object.values(records)[0]?.recordVersion,
        assessments: Object.entries(records).map(([id, r]) => ({
          id,
          answerCount: Object.keys((r.packed as { answers: object }).answers).length,
        })),
      };
    }
  }
}

describe('migration fixtures', () => {
  it('the folder holds a fixture of every kind in every version up to the current one', () => {
    for (const [kind, current] of Object.entries(KINDS) as [Kind, number][]) {
      const versions = all.filter((f) => f.kind === kind).map((f) => f.version);
      for (let v = 1; v <= current; v++)
        expect(versions, `${kind} version ${v} has a fixture`).toContain(v);
      expect(Math.max(...versions), `${kind}: no fixture of a version not yet written`).toBe(
        current,
      );
    }
  });

  describe.each(all)('$file', (fixture) => {
    it('is of the version its name says, and has its meaning written down', () => {
      expect(facts(fixture).version).toBe(fixture.version);
      expect(existsSync(join(DIR, fixture.meaningFile)), fixture.meaningFile).toBe(true);
    });

    it('reads with the current code and means what it meant', async () => {
      const expected = JSON.parse(readFileSync(join(DIR, fixture.meaningFile), 'utf8'));
      const meaning = await readMeaning(fixture);
      expect(meaning).toEqual(expected);
      // The recorded meaning agrees with the file itself: the same ids, as many answers.
      const seen = facts(fixture);
      if ('assessments' in seen) {
        expect(
          (meaning as { assessments: { id: string; answerCount: number }[] }).assessments.map(
            (a) => ({ id: a.id, answerCount: a.answerCount }),
          ),
        ).toEqual(seen.assessments);
      }
      if ('firms' in seen)
        expect((meaning as { firms: { id: string }[] }).firms.map((f) => f.id)).toEqual(seen.firms);
    });

    it('written again by the current code, it still means the same', async () => {
      const expected = JSON.parse(readFileSync(join(DIR, fixture.meaningFile), 'utf8'));
      const text = readFileSync(join(DIR, fixture.file), 'utf8');
      const at = '2030-01-01T00:00:00.000Z';
      const value = <T>(r: { ok: true; value: T } | { ok: false; problems: unknown }) => {
        if (!r.ok) throw new Error(JSON.stringify(r.problems));
        return r.value;
      };
      if (fixture.kind === 'assessment') {
        const again = value(
          readAssessmentText(assessmentFileText(value(readAssessmentText(text)), at)),
        );
        expect({ assessments: [assessmentMeaning(again)] }).toEqual(expected);
      } else if (fixture.kind === 'firm') {
        const again = value(readFirmText(firmFileText(value(readFirmText(text)), at)));
        expect({ firms: [firmMeaning(again)] }).toEqual(expected);
      } else {
        // A backup, and the assessments of a stored record, exported as a backup.
        const first =
          fixture.kind === 'backup'
            ? value(readBackupText(text))
            : { firms: [] as Firm[], assessments: await recordAssessments(fixture) };
        const again = value(readBackupText(backupFileText(first.firms, first.assessments, at)));
        expect(again.assessments.map(assessmentMeaning)).toEqual(expected.assessments);
        if (fixture.kind === 'backup') expect(again.firms.map(firmMeaning)).toEqual(expected.firms);
      }
    });
  });
});

/** The assessments of a stored-record fixture, as the app loads them. */
async function recordAssessments(fixture: Fixture): Promise<Assessment[]> {
  const { memoryBackend } = await import('../../../src/storage/backend');
  const { loadAssessment } = await import('../../../src/storage/assessments');
  const { stores } = raw(fixture) as { stores: Record<string, Record<string, unknown>> };
  const backend = memoryBackend();
  for (const [store, entries] of Object.entries(stores))
    for (const [key, v] of Object.entries(entries)) await backend.put(store as never, key, v);
  const out: Assessment[] = [];
  for (const id of Object.keys(stores.assessments ?? {})) {
    const r = await loadAssessment(backend, id);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    out.push(r.value);
  }
  return out;
}

describe('migrateDocument', () => {
  type Doc = Record<string, unknown>;
  const steps: string[] = [];
  // A synthetic history: version 1 called it "name", 2 renamed it "title", 3 split it in two.
  const migrations = {
    1: ({ name, ...doc }: Doc): Doc => {
      steps.push('1→2');
      return { ...doc, title: name };
    },
    2: ({ title, ...doc }: Doc): Doc => {
      steps.push('2→3');
      const [first, ...rest] = String(title).split(' ');
      return { ...doc, title: { first, rest: rest.join(' ') } };
    },
  };
  const run = (doc: Doc, table: Record<number, (d: Doc) => Doc> = migrations) => {
    steps.length = 0;
    return migrateDocument(doc, { format: 'thing', version: 3, migrations: table });
  };

  it('brings version 1 up through every step, in order', () => {
    const v1 = { format: 'thing', formatVersion: 1, name: 'Muster GmbH', kept: [1, 2] };
    const frozen = structuredClone(v1);
    expect(run(v1)).toEqual({
      ok: true,
      value: {
        format: 'thing',
        formatVersion: 3,
        title: { first: 'Muster', rest: 'GmbH' },
        kept: [1, 2],
      },
    });
    expect(steps).toEqual(['1→2', '2→3']);
    expect(v1, 'the input is left as it was').toEqual(frozen);
  });

  it('starts at the version the document has', () => {
    const r = run({ format: 'thing', formatVersion: 2, title: 'Beispiel AG' });
    expect(r).toEqual({
      ok: true,
      value: { format: 'thing', formatVersion: 3, title: { first: 'Beispiel', rest: 'AG' } },
    });
    expect(steps).toEqual(['2→3']);
  });

  it('leaves the current version alone', () => {
    const doc = { format: 'thing', formatVersion: 3, title: { first: 'x', rest: '' } };
    expect(run(doc)).toEqual({ ok: true, value: doc });
    expect(steps).toEqual([]);
  });

  it('refuses a newer version, another format, a broken version and a missing step', () => {
    const code = (r: ReturnType<typeof run>) => (r.ok ? 'ok' : r.problems.map((p) => p.code));
    expect(code(run({ format: 'thing', formatVersion: 4 }))).toEqual(['format_newer']);
    expect(code(run({ format: 'other', formatVersion: 1 }))).toEqual(['wrong_format']);
    for (const formatVersion of [0, -1, 1.5, '1', null, undefined])
      expect(code(run({ format: 'thing', formatVersion })), String(formatVersion)).toEqual([
        'format_version_invalid',
      ]);
    expect(code(run({ format: 'thing', formatVersion: 1 }, { 2: migrations[2] }))).toEqual([
      'format_version_invalid',
    ]);
    expect(steps, 'no step ran').toEqual([]);
  });
});
