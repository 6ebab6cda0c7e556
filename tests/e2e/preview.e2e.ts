import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateFiles } from '../../scripts/validate';
import { problemMessage } from '../../scripts/lib/cli';
import type { Answers } from '../../src/core/records/answers';
import { scoreInputOf } from '../../src/core/records/assessment';
import { checkQuestionnaireText, trialAssessment } from '../../src/core/records/draft';
import { formatPath } from '../../src/core/common/problems';
import { displayOf, scoreAssessment } from '../../src/core/scoring/scoring';
import { profileDefinition, ROOT } from '../support/helpers';
import { openSession, type Session } from './support/browser';

const baseURL = inject('baseURL');
const BROKEN = join(ROOT, 'tests/fixtures/preview/broken.json');
const VALID = join(ROOT, 'tests/fixtures/preview/valid-shipped-id.json');
const AT = '2026-11-24T14:30:00.000Z';
let session: Session;

beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session.close();
});

async function violations(page: Page) {
  // No rule is disabled, as in a11y.e2e.ts.
  const result = await new AxeBuilder({ page: page as never }).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`,
  );
}

/** The problem lines `npm run validate` prints for a file, without its file name. */
function validateLines(file: string, lang: 'de' | 'en') {
  const [, result] = validateFiles([file]);
  return result!.problems.map((p) => `${formatPath(p.path)}: ${problemMessage(p, lang)}`);
}

const problemLines = (page: Page) => page.locator('.preview-problems li').allTextContents();

async function openFile(page: Page, file: string) {
  const before = page.url();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.waitForURL((url) => url.href !== before && /#\/preview\/[0-9a-f]{32}$/.test(url.href));
  await page.locator('[data-draft]').waitFor();
}

describe('questionnaire preview for authors', () => {
  it('shows a broken file’s problems with paths, and answers and scores a valid one', async () => {
    const { page } = session;

    // The way in: a discreet link on the about page.
    await page.goto(baseURL);
    await page.getByRole('link', { name: 'Über & Datenschutz' }).click();
    await page
      .getByRole('link', { name: 'Fragebogen-Vorschau für Autorinnen und Autoren' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Fragebogen-Vorschau für Autorinnen und Autoren' })
      .waitFor();
    expect(await violations(page), 'preview page, no drafts').toEqual([]);

    // A broken file: every problem of npm run validate, with its JSON path, in German …
    await openFile(page, BROKEN);
    const german = validateLines(BROKEN, 'de');
    expect(german.length, 'the fixture has several problems').toBeGreaterThanOrEqual(3);
    expect(await problemLines(page)).toEqual(german);
    expect(await problemLines(page)).toContain(
      '$.dimensions[0].questions[0].levels: Eine Reifegradfrage braucht genau fünf Stufen, hier sind es 4.',
    );
    expect(await page.getByText('Entwurf', { exact: true }).count()).toBeGreaterThan(0);
    expect(await violations(page), 'a broken draft').toEqual([]);

    // … and in English when the user switches.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: /^Problems: 4 problems$/ }).waitFor();
    expect(await problemLines(page)).toEqual(validateLines(BROKEN, 'en'));
    expect(await problemLines(page)).toContain(
      '$.dimensions[0].questions[1].wieght: Unknown field “wieght” (a typo?).',
    );
    expect(await violations(page), 'a broken draft, in English').toEqual([]);
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { name: /^Probleme: 4 Probleme$/ }).waitFor();

    // A valid file with the id of a shipped questionnaire: kept apart, and said so.
    await page.getByRole('link', { name: 'Zur Liste der Entwürfe' }).click();
    await page.getByRole('heading', { level: 2, name: 'Entwürfe auf diesem Gerät' }).waitFor();
    await openFile(page, VALID);
    await page
      .getByRole('heading', { level: 1, name: 'Resilienz-Check – Entwurf der neuen Fassung' })
      .waitFor();
    const notice = await page.getByTestId('shipped-notice').textContent();
    expect(notice).toContain('„resilience“');
    expect(notice, 'names the shipped questionnaire').toContain('„Resilienz-Check“');
    expect(notice).toContain('ersetzt den mitgelieferten Fragebogen nicht');
    expect(await violations(page), 'a valid draft with the notice').toEqual([]);

    // Answer it by clicks on the app's own answering screens.
    await page.getByRole('button', { name: 'Probedurchlauf beginnen' }).click();
    await page.locator('#dimension-title').waitFor();
    const strategy = page.getByRole('radiogroup', { name: /Gibt es eine schriftliche Strategie/ });
    await strategy.getByRole('radio', { name: /^4 Etabliert/ }).check();
    await page.getByRole('radio', { name: 'Die Führungskräfte' }).check();
    await page.getByRole('checkbox', { name: 'Ein Netzwerk' }).check();
    await page.getByRole('checkbox', { name: 'Die Kammer' }).check();
    await page.locator('#q-a3[data-answered=yes]').waitFor();
    await page.locator('.dimension-pager .button.primary').click();
    await page.getByRole('heading', { name: 'Finanzen' }).waitFor();
    await page.getByRole('textbox', { name: /Liquidität/ }).fill('2');
    await page
      .getByRole('radiogroup', { name: /Kreditlinie/ })
      .getByRole('radio', { name: 'Ja' })
      .check();
    await page
      .getByRole('radiogroup', { name: /Wie früh erkennen Sie Engpässe/ })
      .getByRole('radio', { name: /^2 Sensibilisiert/ })
      .check();
    await page.locator('#q-b3[data-answered=yes]').waitFor();
    await page.locator('.dimension-pager .button.primary').click();
    await page.getByRole('link', { name: 'Ergebnisse anzeigen' }).click();
    const shown = await page.getByTestId('overall-index').textContent();

    // Core scores the same answers the same way.
    const { result } = checkQuestionnaireText(readFileSync(VALID, 'utf8'), profileDefinition);
    if (!result.ok) throw new Error('fixture invalid');
    const value = (v: number | string | boolean | string[]) => ({
      kind: 'value' as const,
      value: v,
      at: AT,
    });
    const answers: Answers = {
      a1: value(4),
      a2: value('some'),
      a3: value(['network', 'chamber']),
      b1: value(2),
      b2: value(true),
      b3: value(2),
    };
    const trial = trialAssessment({
      id: 'x',
      at: AT,
      draftKey: 'x',
      questionnaire: result.value,
      profileDefinition,
    });
    const expected = displayOf(scoreAssessment(scoreInputOf({ ...trial, answers })).overall);
    expect(expected.score, 'the answers give a score').not.toBeNull();
    expect(shown, 'the results screen shows core’s overall index').toBe(String(expected.score));

    // Reload: both drafts are still on the device, the trial run with its score.
    await page.reload();
    await page.getByTestId('overall-index').waitFor();
    await page.goto(`${baseURL}#/preview`);
    await page.getByRole('link', { name: 'Resilienz-Check – Entwurf der neuen Fassung' }).click();
    await page.locator('[data-draft]').waitFor();
    expect(await page.getByTestId('trial-score').textContent()).toContain(
      `Gesamtindex ${expected.score} / 100`,
    );
    await page.getByRole('link', { name: 'Zur Liste der Entwürfe' }).click();
    const rows = page.locator('.preview-drafts tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const listed = await rows.allTextContents();
    expect(listed.some((r) => r.includes('Beispielfragebogen') && r.includes('4 Probleme'))).toBe(
      true,
    );
    expect(listed.some((r) => r.includes('resilience') && r.includes('Gültig'))).toBe(true);
    expect(await violations(page), 'the list of drafts').toEqual([]);

    // The shipped questionnaire of the same id is unchanged on the start page, and the trial
    // run is not among the firms' assessments.
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('link', { name: /Bewertung beginnen.*Resilienz-Check/ }).waitFor();
    expect(await page.getByText('Entwurf der neuen Fassung').count()).toBe(0);
    expect(await page.locator('.assessment-row').count(), 'no trial run on the start page').toBe(0);
    await page.getByRole('link', { name: /Bewertung beginnen.*Resilienz-Check/ }).click();
    expect(await page.locator('.eyebrow').first().textContent()).toBe('Resilienz-Check');
    expect(session.errors).toEqual([]);
  });
});
