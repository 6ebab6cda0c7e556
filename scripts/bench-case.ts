// Bench figure of the coach workspace: a case of 50 generated assessments of one firm, opened
// and compared in the production build (from the click on the case until the comparison table
// and the overlay chart are drawn). Used by scripts/bench.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { readAssessmentText, type Assessment, ROLES } from '../src/core/records/assessment.ts';
import type { AnswerEntry } from '../src/core/records/answers.ts';
import { caseFile, newCase } from '../src/core/records/case.ts';
import { isScored } from '../src/core/definition/model.ts';
import { clickUntil } from './bench-lib.ts';
import { readFileSync } from 'node:fs';

const ROOT = join(import.meta.dirname, '..');
export const CASE_SIZE = 50;

/** A deterministic generator, so every run compares the same case. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** `count` assessments of one firm with spread answers, a few "don't know" and notes. */
export function generatedAssessments(count = CASE_SIZE): Assessment[] {
  const base = readAssessmentText(
    readFileSync(join(ROOT, 'tests/fixtures/assessments/technology-readiness-weak.json'), 'utf8'),
  );
  if (!base.ok) throw new Error('fixture does not restore');
  const next = random(42);
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString();
  return Array.from({ length: count }, (_, i) => {
    const answers: Record<string, AnswerEntry> = {};
    for (const d of base.value.questionnaire.dimensions)
      for (const q of d.questions) {
        if (!isScored(q)) continue;
        const r = next();
        if (r < 0.05 && q.type === 'maturity') answers[q.id] = { kind: 'dontKnow', at: at(i) };
        else if (q.type === 'maturity')
          answers[q.id] = { kind: 'value', value: 1 + Math.floor(r * 5), at: at(i) };
        else if (base.value.answers[q.id]) answers[q.id] = base.value.answers[q.id]!;
      }
    return {
      ...base.value,
      id: `bench-${i}`,
      role: ROLES[i % ROLES.length]!,
      answers,
      notes: i % 5 === 0 ? { [Object.keys(answers)[0]!]: { text: `Notiz ${i}`, at: at(i) } } : {},
      finished: true,
      finishedAt: at(i),
      createdAt: at(i),
      updatedAt: at(i),
    };
  });
}

/**
 * Milliseconds from the click on the case (its assessments in IndexedDB) until the comparison
 * table shows every assessment and the chart is drawn; one fresh context per run.
 */
export async function openCase(browser: Browser, url: string, cpu: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'itas-bench-case-'));
  try {
    const assessments = generatedAssessments();
    const firm = assessments[0]!.firm!;
    const file = join(dir, 'case.json');
    const c = newCase('bench-case', firm, assessments[0]!.createdAt);
    writeFileSync(file, JSON.stringify(caseFile(c, assessments, c.createdAt)));
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}#/coach`);
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('dialog').getByText('case.json').waitFor({ timeout: 120_000 });
    await page.getByRole('dialog').getByRole('button').first().click();
    // The workspace settles (the new case stored, the lists read again) before the click.
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const link = page.locator('.card a.button.primary').first();
    await link.waitFor();
    // Dimension, one column per assessment, mean, range, agreement; and the chart.
    const ms = await clickUntil(
      page,
      '.card a.button.primary',
      `document.querySelectorAll('[data-testid=compare-table] thead th').length === ${CASE_SIZE + 4} && document.querySelector('.compare-section .radar-series')`,
    );
    await context.close();
    return ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
