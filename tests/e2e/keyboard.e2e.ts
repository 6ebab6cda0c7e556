import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { levelFor } from './support/app';
import { openSession, type Session } from './support/browser';

const baseURL = inject('baseURL');
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** Every element the Tab key reached without a visible focus mark (an outline of 2 px or more). */
const unmarked = new Set<string>();

/** Presses Tab until the focused element matches; fails after `limit` presses. */
async function tabTo(page: Page, matches: string, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const { found, mark } = await page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement | null;
      // The body, and what the app focuses itself on a new screen (tabindex -1), are no Tab stops.
      if (!el || el === document.body || el.getAttribute('tabindex') === '-1')
        return { found: false, mark: null };
      const style = getComputedStyle(el);
      const marked = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return {
        found: el.matches(sel),
        mark: marked
          ? null
          : `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 30)}"`,
      };
    }, matches);
    if (mark) unmarked.add(mark);
    if (found) return;
  }
  const at = await page.evaluate(() => {
    const el = document.activeElement;
    return el
      ? `${el.tagName}#${el.id}.${el.className} in ${el.closest('.question')?.id ?? '-'}`
      : 'none';
  });
  throw new Error(`Tab never reached ${matches}; the focus is on ${at}`);
}

describe('keyboard only', () => {
  it('completes the resilience check without a mouse', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(baseURL);
    await page.locator('h1').waitFor();
    await tabTo(page, 'a[href="#/new/resilience"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, '#firm-name');
    await page.keyboard.type('Tastatur GmbH');
    await tabTo(page, 'input[name=role]');
    await page.keyboard.press('Space');
    await tabTo(page, 'button.primary');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Unternehmensprofil' }).waitFor();
    await tabTo(page, 'button.primary');
    await page.keyboard.press('Enter');
    await page.locator('#dimension-title').waitFor();

    let n = 0;
    for (let dimension = 0; dimension < 8; dimension++) {
      for (;;) {
        const next = await page.evaluate(
          () => document.querySelector('.question[data-answered="no"]')?.id ?? null,
        );
        if (!next) break;
        await tabTo(page, `#${next} input, #${next} textarea`);
        const kind = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement;
          if (el.closest('.choices-cards')) return 'level';
          return el.type;
        });
        if (kind === 'level') await page.keyboard.press(String(levelFor(n)));
        else if (kind === 'radio' || kind === 'checkbox') await page.keyboard.press('Space');
        else await page.keyboard.type(String(3 + (n % 4)));
        n++;
        await expect.poll(() => page.locator(`#${next}`).getAttribute('data-answered')).toBe('yes');
      }
      await tabTo(page, '.dimension-pager .button.primary');
      await page.keyboard.press('Enter');
      // Wait for the next screen itself: the old heading is still there until it renders.
      if (dimension < 7) {
        await page.waitForURL(new RegExp(`/d/${dimension + 1}$`));
        // The new dimension takes the focus to its heading; Tab goes on from there.
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.id))
          .toBe('dimension-title');
      } else await page.waitForURL(/\/review$/);
    }
    await page.locator('h1').filter({ hasText: 'Alle Fragen beantwortet' }).waitFor();
    const open = await page.locator('.review-group li').allTextContents();
    expect(open, 'questions left open').toEqual([]);
    await page.getByText('Sie haben alle Fragen beantwortet.').waitFor();
    await tabTo(page, 'a[href$="/results"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('overall-index').waitFor();
    expect(n, 'every scored question answered by keyboard').toBeGreaterThanOrEqual(40);
    expect([...unmarked], 'the focus is always visible').toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
