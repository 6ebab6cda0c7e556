// Two versions of the app on one device: a tab of the older version lets the database go when a
// newer one opens it (and asks for a reload); a newer tab waits for an older one that holds the
// database, says why, and goes on by itself once it is let go.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startAssessment } from './support/app';
import { openSession, type Session } from './support/browser';

const baseURL = inject('baseURL');
const DB = 'itas-transformations-check';
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('database versions across tabs', () => {
  it('an open tab lets a newer version in at once and asks for a reload', async () => {
    session = await openSession();
    const { context, page } = session;
    await startAssessment(page, baseURL, { questionnaire: 'resilience', firm: 'Zwei Tabs GmbH' });
    await page.locator('.question input[type=radio]').first().click();

    // Another tab opens the database in the next version, as a newer app would.
    const newer = await context.newPage();
    await newer.goto(`${baseURL}#/about`);
    const opened = await newer.evaluate(
      ({ name }) =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open(name, 99);
          const timer = setTimeout(() => resolve('hangs'), 5000);
          open.onblocked = () => undefined;
          open.onsuccess = () => {
            clearTimeout(timer);
            open.result.close();
            resolve('opened');
          };
          open.onerror = () => resolve(String(open.error));
        }),
      { name: DB },
    );
    expect(opened, 'the newer version does not hang').toBe('opened');
    const banner = page.getByTestId('storage-outdated');
    await banner.getByText('neuere Version der Anwendung').waitFor();
    await banner.getByRole('button', { name: 'Seite neu laden' }).waitFor();
  });

  it('a new tab waits for an older one that holds the database, and then goes on', async () => {
    session = await openSession();
    const { context, page } = session;
    // An older version of the app holds the database at version 1 and ignores requests to let go.
    await page.goto(`${baseURL}#/about`);
    await page.evaluate(
      ({ name }) =>
        new Promise<void>((resolve, reject) => {
          indexedDB.deleteDatabase(name).onsuccess = () => {
            const open = indexedDB.open(name, 1);
            open.onsuccess = () => {
              (window as unknown as { held: IDBDatabase }).held = open.result;
              resolve();
            };
            open.onerror = () => reject(open.error);
          };
        }),
      { name: DB },
    );
    const fresh = await context.newPage();
    await fresh.goto(baseURL);
    const waiting = fresh.getByTestId('storage-blocked');
    await waiting.getByText('in einer älteren Version geöffnet').waitFor();
    // The older tab closes its connection: the new one opens and the message goes.
    await page.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
    await waiting.waitFor({ state: 'detached' });
    await fresh
      .getByRole('link', { name: /Bewertung beginnen/ })
      .first()
      .waitFor();
  });
});
