import { describe, expect, it } from 'vitest';
import { restoreAssessment, type Assessment } from '../../../src/core/records/assessment';
import {
  caseFile,
  caseMembers,
  joinOffers,
  moveAssessment,
  newCase,
  readCaseText,
  removeFromCase,
} from '../../../src/core/records/case';
import { backupFile, readBackupText } from '../../../src/core/records/backup';
import { newDraftRecord } from '../../../src/core/records/draft';
import { newWorkshop } from '../../../src/core/records/workshop';
import { readJson } from '../../support/helpers';

const AT = '2026-11-02T09:00:00.000Z';
const s = (id: string, firmId: string | null, name = 'Muster GmbH', extra = {}) => ({
  id,
  firm: firmId ? { id: firmId, name } : null,
  ...extra,
});

describe('case membership', () => {
  const c = newCase('c1', { id: 'f1', name: 'Muster GmbH' }, AT);
  const list = [
    s('a', 'f1'),
    s('b', 'f1'),
    s('other-id', 'f9', 'muster  gmbh.'),
    s('elsewhere', 'f2', 'Andere AG'),
    s('workshop', 'f1', 'Muster GmbH', { workshopId: 'w1' }),
  ];

  it("joins assessments by the firm's id, not workshop participants", () => {
    expect(caseMembers(c, list).map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('offers assessments of another id with the same firm name, and never joins them itself', () => {
    expect(joinOffers(c, list, [c]).map((x) => x.id)).toEqual(['other-id']);
    expect(caseMembers(c, list).some((x) => x.id === 'other-id')).toBe(false);
    const declined = { ...c, excluded: ['other-id'] };
    expect(joinOffers(declined, list, [declined])).toEqual([]);
  });

  it('moves an assessment from one case to another by hand', () => {
    const d = newCase('c2', { id: 'f2', name: 'Andere AG' }, AT);
    const changed = moveAssessment('a', 'f1', d, [c, d], AT);
    const c1 = changed.find((x) => x.id === 'c1')!;
    const c2 = changed.find((x) => x.id === 'c2')!;
    expect(caseMembers(c1, list).map((x) => x.id)).toEqual(['b']);
    expect(caseMembers(c2, list).map((x) => x.id)).toEqual(['a', 'elsewhere']);
    // and back again
    const back = moveAssessment('a', 'f1', c1, [c1, c2], AT);
    expect(
      caseMembers(
        back.find((x) => x.id === 'c1')!,
        list,
      ).map((x) => x.id),
    ).toEqual(['a', 'b']);
    expect(
      caseMembers(
        back.find((x) => x.id === 'c2')!,
        list,
      ).map((x) => x.id),
    ).toEqual(['elsewhere']);
  });

  it('takes an assessment out of a case', () => {
    expect(caseMembers(removeFromCase(c, 'a', 'f1', AT), list).map((x) => x.id)).toEqual(['b']);
  });
});

describe('case file', () => {
  const worked = restoreAssessment(readJson('tests/fixtures/assessments/example-worked.json'));
  if (!worked.ok) throw new Error('fixture');
  const a: Assessment = worked.value;
  const c = {
    ...newCase('c1', { id: 'f1', name: 'Muster GmbH' }, AT),
    notes: { 'example/A': { text: 'Notiz zur Strategie', at: AT } },
    actions: [
      {
        id: 'x',
        dimension: 'example/A',
        what: 'Strategie aufschreiben',
        who: 'GF',
        due: '2027-03-31',
        service: 'coaching' as const,
        at: AT,
      },
    ],
    targets: { 'example/A': { level: 4, at: AT } },
  };

  it('round-trips the case and its assessments, each questionnaire version once', () => {
    const second = { ...a, id: 'second' };
    const file = caseFile(c, [a, second], AT);
    expect(Object.keys(file.definitions)).toHaveLength(2); // questionnaire and profile, once
    const read = readCaseText(JSON.stringify(file));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.case).toEqual(c);
    expect(read.value.assessments.map((x) => x.id)).toEqual([a.id, 'second']);
    expect(read.value.assessments[0]!.answers).toEqual(a.answers);
  });

  it('refuses a broken case with paths, and keeps the good assessments of a damaged list', () => {
    const file = JSON.parse(JSON.stringify(caseFile(c, [a], AT)));
    file.case.actions[0].due = 'soon';
    const bad = readCaseText(JSON.stringify(file));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]!.path.slice(0, 3)).toEqual(['case', 'actions', 0]);

    const partly = JSON.parse(JSON.stringify(caseFile(c, [a], AT)));
    partly.assessments.push({ format: 'itas-assessment', nonsense: true });
    const read = readCaseText(JSON.stringify(partly));
    expect(read.ok && read.value.assessments.length === 1 && read.value.rejected.length === 1).toBe(
      true,
    );
  });

  it('refuses other formats and newer versions', () => {
    const file = caseFile(c, [], AT);
    for (const doc of [
      { ...file, format: 'itas-backup' },
      { ...file, formatVersion: 2 },
    ]) {
      const r = readCaseText(JSON.stringify(doc));
      expect(r.ok).toBe(false);
    }
  });
});

describe('backup', () => {
  const worked = restoreAssessment(readJson('tests/fixtures/assessments/example-worked.json'));
  if (!worked.ok) throw new Error('fixture');
  const c = newCase('c1', { id: 'f1', name: 'Muster GmbH' }, AT);
  const workshop = newWorkshop({
    id: 'w1',
    name: 'Workshop Zwickau',
    questionnaireId: 'resilience',
    pin: '1234',
    salt: 'salt-0123456789',
    now: AT,
  });
  const draft = newDraftRecord('{"id":"x"}', 'entwurf.json', AT);

  it('carries the cases, workshops and drafts of the device', () => {
    const file = backupFile([], [worked.value], AT, [], {
      cases: [c],
      workshops: [workshop],
      drafts: [draft],
    });
    const read = readBackupText(JSON.stringify(file));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.cases).toEqual([c]);
    expect(read.value.workshops).toEqual([workshop]);
    expect(read.value.drafts).toEqual([draft]);
    expect(read.value.rejected).toEqual([]);
  });

  it('reads a backup without those lists (as earlier releases wrote it), and refuses bad entries one by one', () => {
    const { cases: _c, workshops: _w, drafts: _d, ...old } = backupFile([], [worked.value], AT);
    const read = readBackupText(JSON.stringify(old));
    expect(read.ok && read.value.assessments.length === 1 && read.value.cases.length === 0).toBe(
      true,
    );
    const bad = backupFile([], [], AT, [], { cases: [c] }) as Record<string, unknown>;
    bad.cases = [c, { ...c, id: '' }];
    const partly = readBackupText(JSON.stringify(bad));
    expect(partly.ok).toBe(true);
    if (partly.ok) {
      expect(partly.value.cases).toEqual([c]);
      expect(partly.value.rejected.map((r) => r.path)).toEqual([['cases', 1]]);
    }
  });
});
