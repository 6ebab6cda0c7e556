// Every screen, with data, at the widths people use (a small phone to a laptop) in both languages:
// the page never scrolls sideways and axe finds nothing. A table may scroll inside its own labelled
// region; the page itself may not.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { violations } from './support/axe';
import { openSession, type Session } from './support/browser';
import { SCREENS, seedScreens, type Seeded } from './support/screens';

const baseURL = inject('baseURL');
/**
 * A small phone (360 px, narrower than the common 390), a tablet upright and across, a laptop;
 * English at three of them, German, the longer language, at all four (this keeps `npm test`
 * under 15 minutes).
 */
export const WIDTHS = [360, 768, 1024, 1280] as const;
export const WIDTHS_EN = [360, 768, 1280] as const;

/** What sticks out of the window: the page's width and the widest elements, for the message. */
export async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const page = document.documentElement.scrollWidth;
    if (page <= width) return null;
    const wide: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.right > width + 0.5 && box.width > 0) {
        // Only the outermost element that sticks out of a parent that does not.
        const parent = el.parentElement?.getBoundingClientRect();
        if (parent && parent.right > width + 0.5) continue;
        // Inside a box that scrolls on its own, the page does not grow.
        let clipped = false;
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
          if (
            getComputedStyle(a).overflowX !== 'visible' &&
            a.getBoundingClientRect().right <= width + 0.5
          )
            clipped = true;
        if (clipped) continue;
        const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/)[0] : '';
        wide.push(`${el.tagName.toLowerCase()}${cls ? '.' + cls : ''} (${Math.round(box.right)})`);
      }
    }
    // Text that overflows its own box (a long word) widens the page but not its element's box.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.right > width + 0.5 && box.width > 0)
        wide.push(
          `text "${(node.textContent ?? '').trim().slice(0, 30)}" (${Math.round(box.right)})`,
        );
    }
    return { page, width, wide: wide.slice(0, 6) };
  });
}

/**
 * Controls smaller than 44 × 44 px (a radio button or checkbox counts with its label). Links inside
 * running text are exempt, as in WCAG 2.5.5; so are inputs hidden visually behind a label.
 */
export async function smallTargets(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    for (const el of controls) {
      let box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(el).visibility === 'hidden')
        continue; // not shown, or shown through its label
      if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
        const label =
          el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
        if (label) box = label.getBoundingClientRect();
      }
      const own = el.textContent?.trim().length ?? 0;
      const around = el.parentElement?.textContent?.trim().length ?? 0;
      if (getComputedStyle(el).display === 'inline' && around > own + 3) continue; // in a sentence
      if (box.width < 43.5 || box.height < 43.5) {
        const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/)[0] : '';
        const name = (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30);
        found.push(
          `${el.tagName.toLowerCase()}${cls ? '.' + cls : ''} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return [...new Set(found)];
  });
}

let session: Session;
let seeded: Seeded;

async function setLanguage(page: Page, lang: 'de' | 'en') {
  await page.evaluate((l) => localStorage.setItem('itas.language', l), lang);
}

/** Looks at the screen at every width; returns what was wrong, one line per finding. */
async function inspect(page: Page, name: string, widths: readonly number[] = WIDTHS) {
  const found: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: width < 700 ? 844 : 900 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const wide = await overflow(page);
    if (wide)
      found.push(`${name} at ${width}px: page ${wide.page}px wide – ${wide.wide.join(', ')}`);
    // axe at the narrowest and the widest width (what it checks rarely depends on the width in
    // between, and each run costs a second); overflow and target sizes at every width.
    if (width === widths[0] || width === widths.at(-1))
      for (const v of await violations(page)) found.push(`${name} at ${width}px: ${v}`);
    for (const t of await smallTargets(page))
      found.push(`${name} at ${width}px: smaller than 44 × 44 px: ${t}`);
  }
  return found;
}

beforeAll(async () => {
  session = await openSession();
  seeded = await seedScreens(session.page, baseURL);
}, 60_000);
afterAll(() => session.close());

describe('the check itself', () => {
  it('finds an element wider than a phone, and a long word', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseURL}#/settings`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await overflow(page), 'settings fit').toBeNull();
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.className = 'too-wide';
      wide.style.width = '500px';
      wide.style.height = '20px';
      document.querySelector('main')!.append(wide);
    });
    expect((await overflow(page))?.wide).toContain('div.too-wide (517)');
    await page.evaluate(() => {
      document.querySelector('.too-wide')!.remove();
      const word = document.createElement('p');
      word.style.overflowWrap = 'normal';
      word.textContent = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen';
      document.querySelector('main')!.append(word);
    });
    expect((await overflow(page))?.wide.join()).toContain('text "Donaudampfschifffahrtsgesellsc"');
    expect(await smallTargets(page), 'settings: every control 44 × 44 px').toEqual([]);
    await page.evaluate(() => {
      const small = document.createElement('button');
      small.textContent = 'x';
      small.style.cssText = 'min-height: 0; padding: 0; width: 30px; height: 30px';
      document.querySelector('main')!.append(small);
    });
    expect(await smallTargets(page)).toContain('button "x" 30×30');
  });
});

describe('no screen scrolls sideways, axe finds nothing, 360 to 1280 px', () => {
  for (const lang of ['de', 'en'] as const) {
    for (const screen of SCREENS) {
      it(`${lang}: ${screen.name}`, async () => {
        const { page } = session;
        await page.setViewportSize({ width: 1280, height: 900 });
        await setLanguage(page, lang);
        await screen.open(page, seeded);
        await page.reload();
        await screen.open(page, seeded);
        expect(await inspect(page, screen.name, lang === 'de' ? WIDTHS : WIDTHS_EN)).toEqual([]);
      }, 60_000);
    }
  }
});
