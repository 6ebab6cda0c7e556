// Addresses typed or pasted by hand: whatever follows the #, the app shows a screen (the route's,
// or "not found" with a way home), never a blank page.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './support/browser';

const baseURL = inject('baseURL');
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const malformed = [
  '#/firm/%E0',
  '#/a/%/d/1',
  '#/a/x/d/-1',
  '#/a/x/d/99999999999999999999',
  '#/coach/%C3%28',
  '#/workshop/%ZZ/facilitator',
  '#/portfolio/?r=%E0',
  '#//////',
  '#/settings/extra',
  "#/<script>alert('x')</script>",
];

describe('typed and pasted addresses', () => {
  it.each(malformed)('%s shows a screen with a way home', async (hash) => {
    session = await openSession();
    const { page } = session;
    await page.goto(`${baseURL}${hash}`);
    await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
    const heading = await page
      .getByRole('main')
      .getByRole('heading', { level: 1 })
      .first()
      .innerText();
    expect(heading.trim().length, 'a screen with a heading').toBeGreaterThan(0);
    await expect(
      page
        .getByRole('link', { name: /Startseite|Zur Übersicht|Transformations-Check/ })
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    expect(session.errors, 'no page error').toEqual([]);
  });
});
