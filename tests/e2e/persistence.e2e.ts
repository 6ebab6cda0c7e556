import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { answerDimension, startAssessment } from './support/app';
import { openSession, type Session } from './support/browser';

const baseURL = inject('baseURL');
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** The checked level (or option) of every radio group on the screen, by question. */
async function checkedState(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.question')).map((q) => ({
      id: q.id,
      checked: Array.from(q.querySelectorAll<HTMLInputElement>('input:checked')).map((i) => i.id),
      text: Array.from(
        q.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type=text], textarea'),
      ).map((i) => i.value),
    })),
  );
}

describe('nothing typed is lost', () => {
  it('a reload in the middle brings back every answer and note', async () => {
    session = await openSession();
    const { page } = session;
    const url = await startAssessment(page, baseURL, {
      questionnaire: 'resilience',
      firm: 'Reload GmbH',
    });
    await answerDimension(page);
    await page.getByRole('button', { name: 'Notiz hinzufügen' }).first().click();
    await page
      .getByLabel('Ihre Notiz zu dieser Frage')
      .fill('Großkunde verlangt Preissenkung – prüfen');
    // Into the second dimension, half answered, then reload at once (no waiting for anything).
    await page.locator('.dimension-pager .button.primary').click();
    await page.waitForURL(/\/d\/1$/);
    const first = page.locator('.question').first();
    await first.locator('input[type=radio]').nth(1).click();
    const secondUrl = page.url();
    const before = await checkedState(page);
    await page.reload();
    await page.locator('#dimension-title').waitFor();
    await expect.poll(() => checkedState(page)).toEqual(before);
    await page.goto(url);
    await page.locator('#dimension-title').waitFor();
    await expect
      .poll(() => page.getByLabel('Ihre Notiz zu dieser Frage').inputValue())
      .toBe('Großkunde verlangt Preissenkung – prüfen');
    expect(
      await page.locator('.question[data-answered="no"]').count(),
      'the first dimension is still fully answered',
    ).toBe(0);
    expect(secondUrl).toContain('/d/1');
    expect(session.errors).toEqual([]);
  });

  it('two tabs on one assessment end with the newer answers in both', async () => {
    session = await openSession();
    const { page, context } = session;
    const url = await startAssessment(page, baseURL, {
      questionnaire: 'technology',
      firm: 'Zwei Tabs AG',
    });
    const other = await context.newPage();
    await other.goto(url);
    await other.locator('#dimension-title').waitFor();
    const q = (p: typeof page, n: number) => p.locator('.question').nth(n);

    // Tab A answers question 1 with level 2; tab B answers question 2 with level 4.
    await q(page, 0).locator('input[type=radio][id$="-2"]').click();
    await q(other, 1).locator('input[type=radio][id$="-4"]').click();
    // Then tab B changes question 1 to level 5: newer than A's answer.
    await q(other, 0).locator('input[type=radio][id$="-5"]').click();

    for (const p of [page, other]) {
      await expect
        .poll(() => q(p, 0).locator('input[type=radio][id$="-5"]').isChecked(), { timeout: 10_000 })
        .toBe(true);
      await expect
        .poll(() => q(p, 1).locator('input[type=radio][id$="-4"]').isChecked(), { timeout: 10_000 })
        .toBe(true);
    }
    // And after a reload of both, the stored state is the same.
    for (const p of [page, other]) {
      await p.reload();
      await p.locator('#dimension-title').waitFor();
      await expect
        .poll(() => q(p, 0).locator('input[type=radio][id$="-5"]').isChecked())
        .toBe(true);
      await expect
        .poll(() => q(p, 1).locator('input[type=radio][id$="-4"]').isChecked())
        .toBe(true);
    }
    expect(session.errors).toEqual([]);
  });
});

describe('without IndexedDB (private mode, blocked)', () => {
  it('works in memory and says on every screen that nothing is saved', async () => {
    session = await openSession();
    const { page, context } = session;
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    const warning = () => page.getByText(/nichts wird gespeichert/).count();
    await page.goto(baseURL);
    await page.locator('h1').waitFor();
    await expect.poll(warning).toBe(1);
    await startAssessment(page, baseURL, { questionnaire: 'resilience', firm: 'Privat GmbH' });
    expect(await warning(), 'on the answering screen').toBe(1);
    await page.locator('.question input[type=radio]').first().click();
    await expect.poll(() => page.locator('.question[data-answered="yes"]').count()).toBe(1);
    // The offered export works: one file with the assessment in it.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Jetzt exportieren' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^itas-sicherung-/);
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('heading', { name: 'Einstellungen' }).waitFor();
    expect(await warning(), 'on the settings screen').toBeGreaterThanOrEqual(1);
    expect(session.errors).toEqual([]);
  });
});
