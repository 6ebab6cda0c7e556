import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { answerAll, startAssessment } from './support/app';
import { openSession, type Session } from './support/browser';
import { downloadReport } from './support/pdf';
import { serveStatic, type StaticServer } from './support/server';

const distDir = inject('distDir');
let session: Session | null = null;
let server: StaticServer | null = null;
afterEach(async () => {
  await session?.close();
  await server?.close();
  session = null;
  server = null;
});

async function serviceWorkerReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

describe('offline', () => {
  it('after one visit, everything works with the server gone', async () => {
    server = await serveStatic(distDir);
    const url = server.url;
    session = await openSession();
    const { page } = session;
    await page.goto(url);
    await page.locator('h1').waitFor();
    await serviceWorkerReady(page);
    await server.close();
    server = null;

    await page.reload();
    await page.locator('h1').waitFor();
    await startAssessment(page, url, { questionnaire: 'technology', firm: 'Offline GmbH' });
    await answerAll(page);
    await page.getByRole('link', { name: 'Ergebnisse anzeigen' }).click();
    await page.getByTestId('overall-index').waitFor();
    await expect
      .poll(() => page.locator('[data-testid=field-chart] .field-bar').count())
      .toBeGreaterThanOrEqual(2);
    const report = await downloadReport(page);
    expect(report.text, 'the report with its font, offline').toContain('Offline GmbH');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tabelle herunterladen (Excel)' }).click();
    const sheets = await readXlsxFile(readFileSync(await (await downloading).path()));
    expect(
      sheets.map((s) => s.sheet),
      'the spreadsheet, offline',
    ).toEqual(['Übersicht', 'Themenfelder', 'Antworten', 'Profil']);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Overall index' }).waitFor();
    const failed = session.errors.filter((e) => !e.includes('ERR_CONNECTION_REFUSED'));
    expect(failed, 'nothing failed offline').toEqual([]);
  });

  it('a new version waits for the person: the notice appears and the page updates only on request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'itas-update-'));
    cpSync(distDir, dir, { recursive: true });
    server = await serveStatic(dir);
    session = await openSession();
    const { page } = session;
    await page.goto(server.url);
    await page.locator('h1').waitFor();
    await serviceWorkerReady(page);
    await page.reload();
    await page.locator('h1').waitFor();
    expect(
      await page.evaluate(() => !!navigator.serviceWorker.controller),
      'the app is controlled',
    ).toBe(true);

    // A new version is published: the page changes and so does the service worker's precache.
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    writeFileSync(join(dir, 'index.html'), html.replace('</body>', '<!-- version 2 --></body>'));
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    writeFileSync(
      join(dir, 'sw.js'),
      sw.replace(/(url:"index\.html",revision:")[^"]+/, '$1version-2'),
    );

    await page.reload();
    const notice = page.getByText('Eine neue Version der Anwendung ist bereit.');
    await notice.waitFor({ timeout: 30_000 });
    // What is new, from the published version.json (the changelog's newest entry).
    const release = JSON.parse(readFileSync(join(dir, 'version.json'), 'utf8'));
    await page
      .getByTestId('whats-new')
      .getByText(`Neu in Version ${release.version}: ${release.whatsNew.de}`)
      .waitFor();
    expect(await page.content(), 'still the old version until the person accepts').not.toContain(
      'version 2',
    );
    await page.getByRole('button', { name: 'Jetzt aktualisieren' }).click();
    await expect.poll(() => page.content(), { timeout: 30_000 }).toContain('version 2');
    rmSync(dir, { recursive: true, force: true });
  });
});
