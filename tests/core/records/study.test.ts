import { describe, expect, it } from 'vitest';
import { firmKeyOf, studyRecord } from '../../../src/core/records/study';
import { fixtureAssessment } from '../../support/helpers';
import type { Assessment } from '../../../src/core/records/assessment';

const a = fixtureAssessment('resilience-weak');
const withText: Assessment = {
  ...a,
  profile: {
    ...a.profile,
    employees: { kind: 'value', value: 137, at: a.updatedAt },
    products: { kind: 'value', value: 'Einspritzdüsen für Dieselmotoren', at: a.updatedAt },
    largest_customer_share: { kind: 'value', value: 38, at: a.updatedAt },
    sites: { kind: 'value', value: 3, at: a.updatedAt },
    revenue_band: { kind: 'dontKnow', at: a.updatedAt },
  },
  notes: {
    ...a.notes,
    r1_cost_passthrough: { text: 'Herr Schulze sieht das anders', at: a.updatedAt },
  },
};

describe('the hand-over for the regional study', () => {
  const record = studyRecord(withText);
  const text = JSON.stringify(record);

  it('names no firm, no person and holds no free text', () => {
    expect(text).not.toContain(a.firm!.name);
    expect(text).not.toContain(a.firm!.id);
    expect(text).not.toContain(a.id);
    expect(text).not.toContain('Schulze');
    expect(text).not.toContain('Einspritzdüsen');
    for (const note of Object.values(a.notes)) expect(text).not.toContain(note.text);
    expect(record).not.toHaveProperty('notes');
    expect(record).not.toHaveProperty('firm');
  });

  it('profile figures as bands, the month instead of the day', () => {
    expect(record.profile.employees).toBe('50–249');
    expect(record.profile.largest_customer_share).toBe('25–49');
    expect(record.profile.sites).toBe('2–3');
    expect(record.profile.revenue_band).toBe('dontKnow');
    expect(record.profile).not.toHaveProperty('products');
    expect(text).not.toMatch(/\b137\b|\b38\b/);
    expect(record.month).toMatch(/^\d{4}-\d{2}$/);
    expect(text).not.toContain((a.finishedAt ?? a.updatedAt).slice(0, 10));
  });

  it('bands at their edges', () => {
    const fact = (id: string, value: number) =>
      studyRecord({ ...a, profile: { [id]: { kind: 'value', value, at: a.updatedAt } } }).profile[
        id
      ];
    expect([1, 9, 10, 49, 249, 250, 499, 500, 100000].map((v) => fact('employees', v))).toEqual([
      '1–9',
      '1–9',
      '10–49',
      '10–49',
      '50–249',
      '250–499',
      '250–499',
      '500+',
      '500+',
    ]);
    expect([0, 24, 25, 74, 75, 100].map((v) => fact('combustion_share', v))).toEqual([
      '0–24',
      '0–24',
      '25–49',
      '50–74',
      '75–100',
      '75–100',
    ]);
    expect([1, 2, 3, 4, 500].map((v) => fact('sites', v))).toEqual(['1', '2–3', '2–3', '4+', '4+']);
  });

  it('the questionnaire by id, version and hash; every scored answer kept', () => {
    expect(record.questionnaire).toEqual({
      id: 'resilience',
      version: a.questionnaire.version,
      hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
    const given = Object.keys(a.answers).length;
    expect(Object.keys(record.answers).length).toBe(given);
  });

  it('one firm, one key: the same for each hand-over, another for another firm', () => {
    const later = studyRecord({ ...a, id: 'later-one', updatedAt: '2027-03-01T10:00:00.000Z' });
    expect(later.firmKey).toBe(record.firmKey);
    expect(firmKeyOf('other-firm')).not.toBe(record.firmKey);
    expect(record.firmKey).toMatch(/^[0-9a-f]{32}$/);
  });
});
