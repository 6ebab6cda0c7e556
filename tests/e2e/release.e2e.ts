// The version and the licence notices as a person finds them, and the version in what the app
// writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './support/browser';
import { ROOT } from '../support/helpers';

const baseURL = inject('baseURL');
const distDir = inject('distDir');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('version and licences', () => {
  it('shows the version and the licence notices on a phone, and writes the version into exports', async () => {
    session = await openSession({ width: 390, height: 844 });
    const { page, errors } = session;
    await page.goto(`${baseURL}#/about`);
    await page.getByTestId('app-version').getByText(`Version ${version}`).waitFor();
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    const before = await width();
    await page.getByText('Lizenzhinweise der enthaltenen Software').click();
    const notices = page.locator('.licence-text');
    await notices.getByText('Bitstream Vera', { exact: false }).first().waitFor();
    const text = await notices.innerText();
    for (const dep of ['react', 'jspdf', 'write-excel-file', 'fflate', 'zod', 'i18next'])
      expect(text, dep).toMatch(new RegExp(`^${dep} \\d`, 'm'));
    // The notices wrap: they make the page no wider than it was (its header is the journey
    // issue's to fix at 390 px).
    expect(await width(), 'the notices wrap on a phone').toBe(before);

    await page.goto(`${baseURL}#/settings`);
    await page.getByTestId('settings-version').getByText(`Version ${version}`).waitFor();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Sicherung aller Daten exportieren' }).click();
    const backup = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
    expect(backup.appVersion).toBe(version);

    const release = JSON.parse(readFileSync(join(distDir, 'version.json'), 'utf8'));
    expect(release.version, 'the update notice of an older copy reads this').toBe(version);
    expect(errors).toEqual([]);
  });
});
