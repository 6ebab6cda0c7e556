// The session report of a coaching case, read back with pdftotext as a reader would read it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFont } from '../../scripts/build-font';
import { readAssessmentText, type Assessment } from '../../src/core/records/assessment';
import { newCase, type Case } from '../../src/core/records/case';
import { compareAssessments } from '../../src/core/compare/compare';
import { cutScore } from '../../src/core/scoring/scoring';
import { generateSessionReportInNode } from '../../src/report/node';
import { ROOT } from '../support/helpers';

const AT = '2026-11-20T10:00:00.000Z';
const read = (name: string): Assessment => {
  const r = readAssessmentText(
    readFileSync(join(ROOT, 'tests/fixtures/assessments', `${name}.json`), 'utf8'),
  );
  if (!r.ok) throw new Error(name);
  return r.value;
};

let dir = '';
beforeAll(async () => {
  await ensureFont();
  dir = mkdtempSync(join(tmpdir(), 'itas-session-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/- /g, '-').trim();

describe.each(['de', 'en'] as const)('session report (%s)', (lang) => {
  it('prints the comparison, the disagreement, the agreed target, the action and the note', async () => {
    const weak = read('resilience-weak');
    const strong = { ...read('resilience-strong'), role: 'works_council' as const };
    const firm = weak.firm!;
    const c: Case = {
      ...newCase('case-1', firm, AT),
      notes: {
        'resilience/R1': { text: 'Größter Kunde plant Ausstieg – Szenario prüfen', at: AT },
      },
      targets: { 'resilience/R1': { level: 4, at: AT } },
      actions: [
        {
          id: 'x1',
          dimension: 'resilience/R1',
          what: 'Kundenportfolio analysieren',
          who: 'Frau Weber',
          due: '2027-02-28',
          service: 'coaching',
          at: AT,
        },
      ],
    };
    const rendered = await generateSessionReportInNode({
      case: c,
      assessments: [weak, { ...strong, firm }],
      lang,
      date: '2026-11-24',
    });
    const file = join(dir, `session-${lang}.pdf`);
    writeFileSync(file, rendered.bytes);
    const text = flat(
      execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
    );

    expect(text).toContain(flat(firm.name));
    // Agreements and actions first, the comparison after them.
    expect(rendered.sections.map((s) => s.kind)).toEqual(['cover', 'plan', 'summary']);
    expect(text.indexOf('Kundenportfolio analysieren')).toBeLessThan(
      text.indexOf(lang === 'de' ? 'Uneinig' : 'Disagree'),
    );
    expect(text).toContain('Größter Kunde plant Ausstieg – Szenario prüfen');
    expect(text).toContain('Kundenportfolio analysieren');
    expect(text).toContain('Frau Weber');
    expect(text).toContain(lang === 'de' ? '28. Februar 2027' : '28 February 2027');
    expect(text).toContain(
      lang === 'de' ? 'Strategiecoaching und Beratung' : 'Strategy coaching and consulting',
    );
    expect(text).toContain(lang === 'de' ? 'Vereinbartes Ziel: 4' : 'Agreed target: 4');
    // The group's figures as core computes them.
    const cmp = compareAssessments([weak, { ...strong, firm }]);
    const r1 = cmp.dimensions.find((d) => d.id === 'R1')!;
    expect(text).toContain(`${cutScore(r1.min!)}–${cutScore(r1.max!)}`);
    if (cmp.dimensions.some((d) => d.disagreement))
      expect(text).toContain(lang === 'de' ? 'Uneinig' : 'Disagree');
    expect(cmp.differences.length).toBeGreaterThan(0);
    expect(text).toContain(cmp.differences[0]!.question);
    expect(text).toContain(lang === 'de' ? 'Betriebsrat' : 'Works council');
  });
});
