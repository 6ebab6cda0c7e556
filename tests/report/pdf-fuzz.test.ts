import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureFont } from '../../scripts/build-font';
import { readAssessmentText } from '../../src/core/records/assessment';
import { localDay } from '../../src/report/generate';
import { generateReportInNode } from '../../src/report/node';
import { extractAssessmentFromPdf } from '../../src/report/read-embedded';
import { ROOT } from '../support/helpers';
import { shippedFacts } from '../../scripts/lib/shipped';

const SHIPPED = shippedFacts();

let pdf: Uint8Array;
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

beforeAll(async () => {
  await ensureFont();
  const read = readAssessmentText(
    readFileSync(join(ROOT, 'tests/fixtures/assessments/resilience-weak.json'), 'utf8'),
  );
  if (!read.ok) throw new Error('fixture');
  pdf = (
    await generateReportInNode({
      shipped: SHIPPED,
      assessment: read.value,
      lang: 'de',
      date: localDay(new Date(0)),
    })
  ).bytes;
}, 60_000);

/** Hostile PDFs: flipped bytes, truncation, a damaged embedded payload, random bytes. */
const hostile = () =>
  fc.oneof(
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([i, b]) => {
      const copy = pdf.slice();
      copy[i % copy.length] = b;
      return copy;
    }),
    fc.nat().map((n) => pdf.slice(0, n % pdf.length)),
    fc.string({ maxLength: 40 }).map((junk) => {
      const text = latin1(pdf);
      const at = text.indexOf('<itas:assessment');
      const cut = at < 0 ? 0 : at + 40;
      return Buffer.from(text.slice(0, cut) + junk + text.slice(cut), 'latin1');
    }),
    fc.uint8Array({ maxLength: 2000 }),
    fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.concat([Buffer.from('%PDF-1.3\n'), b])),
  );

describe('the PDF importer shrugs off hostile input', () => {
  it('1,000 generated broken or hostile PDFs: a clear answer, never an exception', () => {
    fc.assert(
      fc.property(hostile(), (bytes) => {
        let result: ReturnType<typeof extractAssessmentFromPdf> | undefined;
        expect(
          () => (result = extractAssessmentFromPdf(new Uint8Array(bytes))),
          'no exception escapes',
        ).not.toThrow();
        if (result && !result.ok)
          expect(result.problems.length, 'a refusal says why').toBeGreaterThan(0);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('the undamaged report imports (the generator starts from a real file)', () => {
    expect(extractAssessmentFromPdf(pdf).ok).toBe(true);
  });
});
