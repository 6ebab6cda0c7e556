// A full disk, made in two ways: a stub that makes every IndexedDB write throw QuotaExceededError
// (switched on and off in the page), and a real small quota for the origin (DevTools protocol).
// Whatever the person makes stays pending, named and exported until it is stored; every import
// is stored as a whole or not at all, with a message in its own place and no page error.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { readAssessmentText, type Assessment } from '../../src/core/records/assessment';
import { backupFile } from '../../src/core/records/backup';
import { newCase } from '../../src/core/records/case';
import { newDraftRecord } from '../../src/core/records/draft';
import { newWorkshop, workshopFile } from '../../src/core/records/workshop';
import { startAssessment } from './support/app';
import { CHROME_ARGS, CHROME_PATH, openSession, type Session } from './support/browser';

const baseURL = inject('baseURL');
const ROOT = join(import.meta.dirname, '..', '..');
const AT = '2026-11-20T09:00:00.000Z';
const STORES = ['assessments', 'firms', 'cases', 'workshops', 'drafts'] as const;

let session: Session | null = null;
let browser: Browser | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
  await browser?.close();
  browser = null;
});

const dir = mkdtempSync(join(tmpdir(), 'itas-full-'));
const files = {
  assessment: join(dir, 'bewertung.json'),
  backup: join(dir, 'sicherung.json'),
  workshop: join(dir, 'workshop.json'),
  draft: join(dir, 'entwurf.json'),
};

const fixture = (name: string): Assessment => {
  const r = readAssessmentText(
    readFileSync(join(ROOT, 'tests/fixtures/assessments', `${name}.json`), 'utf8'),
  );
  if (!r.ok) throw new Error(`fixture ${name}`);
  return r.value;
};

beforeAll(() => {
  const weak = fixture('resilience-weak');
  writeFileSync(files.assessment, JSON.stringify(weak));
  // The backup of the issue: 1 firm, 4 assessments, 1 case, 1 workshop, 1 draft.
  const four = [
    weak,
    fixture('resilience-strong'),
    fixture('technology-readiness-weak'),
    fixture('technology-readiness-strong'),
  ].map((a, i) => ({ ...a, id: `backup-${i}`, firm: { id: 'firm-b', name: 'Sicherung GmbH' } }));
  const firm = { id: 'firm-b', name: 'Sicherung GmbH', profile: {}, createdAt: AT, updatedAt: AT };
  const workshop = newWorkshop({
    id: 'ws-backup',
    name: 'Werkstatt aus der Sicherung',
    questionnaireId: 'resilience',
    pin: '1357',
    salt: 'salt-for-tests',
    now: AT,
  });
  const draftText = readFileSync(join(ROOT, 'questionnaires/example.json'), 'utf8');
  writeFileSync(
    files.backup,
    JSON.stringify(
      backupFile([firm], four, AT, [], {
        cases: [newCase('case-b', firm, AT)],
        workshops: [workshop],
        drafts: [newDraftRecord(draftText, 'beispiel.json', AT)],
      }),
    ),
  );
  const participants = [fixture('resilience-strong')].map((a) => {
    const { firm: _firm, ...rest } = a;
    return { ...rest, id: 'participant-1', workshop: { id: 'ws-file' } } as Assessment;
  });
  const ws = newWorkshop({
    id: 'ws-file',
    name: 'Werkstatt aus der Datei',
    questionnaireId: 'resilience',
    pin: '2468',
    salt: 'salt-for-tests',
    now: AT,
  });
  writeFileSync(files.workshop, JSON.stringify(workshopFile(ws, participants, AT)));
  writeFileSync(files.draft, draftText);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The stub: while the tab's flag is set (kept across reloads), every IndexedDB write throws. */
function fillStub() {
  for (const name of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[name];
    IDBObjectStore.prototype[name] = function (this: IDBObjectStore, ...args: never[]) {
      if (sessionStorage.getItem('e2e-full') === 'yes')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return (original as (...a: never[]) => IDBRequest).apply(this, args);
    } as never;
  }
}
const setFull = (page: Page, full: boolean) =>
  page.evaluate((full) => {
    if (full) sessionStorage.setItem('e2e-full', 'yes');
    else sessionStorage.removeItem('e2e-full');
  }, full);

/** How many records each store of the app's database holds, read straight from IndexedDB. */
function counts(page: Page) {
  return page.evaluate(
    (stores) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('itas-transformations-check');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...stores], 'readonly');
          const out: Record<string, number> = {};
          for (const s of stores) {
            const r = tx.objectStore(s).count();
            r.onsuccess = () => (out[s] = r.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
    STORES,
  );
}

/** One record as stored, read straight from IndexedDB. */
function stored(page: Page, store: string, key: string) {
  return page.evaluate(
    ({ store, key }) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('itas-transformations-check');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction(store).objectStore(store).get(key);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
        };
      }),
    { store, key },
  );
}

const empty = { assessments: 0, firms: 0, cases: 0, workshops: 0, drafts: 0 };

async function withStub(): Promise<Session> {
  session = await openSession();
  await session.context.addInitScript(fillStub);
  return session;
}

/** The start page open, with the disk full from then on. */
async function fullFromTheStart(): Promise<Session> {
  const opened = await withStub();
  await opened.page.goto(baseURL);
  await opened.page.locator('h1').first().waitFor();
  await setFull(opened.page, true);
  return opened;
}

const idOf = (url: string) =>
  decodeURIComponent(/#\/a\/([^/]+)/.exec(new URL(url).hash)?.[1] ?? '');

describe('a full disk (stub)', () => {
  it('keeps a new firm and assessment pending and named until a later save stores them', async () => {
    const { page, errors } = await withStub();
    // An older assessment, stored while there is room.
    const oldUrl = await startAssessment(page, baseURL, {
      questionnaire: 'technology',
      firm: 'Alt GmbH',
    });
    await page.locator('.question input[type=radio]').first().click();
    await expect.poll(async () => (await counts(page)).assessments).toBe(1);

    // Full: a new firm, its first assessment, two answers.
    await setFull(page, true);
    const newUrl = await startAssessment(page, baseURL, {
      questionnaire: 'resilience',
      firm: 'Voll GmbH',
    });
    const newId = idOf(newUrl);
    const maturity = page.locator('.question:has(.level-number)');
    await maturity.nth(0).locator('input[type=radio][id$="-2"]').click();
    await maturity.nth(1).locator('input[type=radio][id$="-4"]').click();
    const banner = page
      .getByRole('alert')
      .filter({ hasText: 'Der Speicher dieses Geräts ist voll' });
    await banner.getByText('2 Einträge noch nicht gespeichert').waitFor();
    await banner.getByText('Firma Voll GmbH').waitFor();
    await banner.getByText('Bewertung „Resilienz-Check“ (Voll GmbH)').waitFor();
    expect(await counts(page)).toMatchObject({ firms: 1, assessments: 1 });

    // English names them too.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('alert').getByText('2 entries not saved yet').waitFor();
    await page.getByRole('button', { name: 'Deutsch' }).click();

    // Room again; the person goes on with the older assessment (inside the app, no reload).
    await setFull(page, false);
    await page.getByRole('link', { name: 'Start', exact: true }).first().click();
    await page.locator('main').getByText('Voll GmbH', { exact: true }).first().waitFor();
    await page.evaluate((hash) => (location.hash = hash), new URL(oldUrl).hash);
    await page.locator('#dimension-title').waitFor();
    await page.locator('.question input[type=radio]').nth(7).click();
    // That save stores what was pending too: the warning goes only once nothing is left.
    await banner.waitFor({ state: 'detached' });
    expect(await counts(page)).toMatchObject({ firms: 2, assessments: 2 });
    const record = (await stored(page, 'assessments', newId)) as {
      packed: { answers: Record<string, unknown> };
    };
    expect(Object.keys(record.packed.answers)).toHaveLength(2);

    await page.reload();
    await page.locator('#dimension-title').waitFor();
    await page.goto(newUrl);
    await page.locator('#dimension-title').waitFor();
    await expect.poll(() => page.locator('.question[data-answered="yes"]').count()).toBe(2);
    expect(errors).toEqual([]);
  });

  it('asks before the page is left with records pending, and the export carries them', async () => {
    const { page, errors } = await fullFromTheStart();
    await startAssessment(page, baseURL, { questionnaire: 'resilience', firm: 'Flüchtig GmbH' });
    await page.locator('.question input[type=radio]').first().click();
    const banner = page.getByRole('alert').filter({ hasText: 'Firma Flüchtig GmbH' });
    await banner.waitFor();
    const downloading = page.waitForEvent('download');
    await banner.getByRole('button', { name: 'Jetzt exportieren' }).click();
    const backup = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
    expect(backup.firms.map((f: { name: string }) => f.name)).toEqual(['Flüchtig GmbH']);
    expect(backup.assessments).toHaveLength(1);

    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await page.reload({ timeout: 3000 }).catch(() => undefined);
    expect(asked, 'the browser asks before the page is left').toEqual(['beforeunload']);
    await banner.waitFor();
    expect(errors).toEqual([]);
  });

  it('every importer stores nothing of a file that does not fit, and says so in its own place', async () => {
    const { page, errors } = await fullFromTheStart();
    const refused = async (where: string, file: string) => {
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Nicht importiert').waitFor();
      await dialog.getByText('zu voll für diese Datei').waitFor();
      expect(await counts(page), `${where}: ${file}`).toEqual(empty);
      await dialog.getByRole('button', { name: 'Schließen' }).click();
    };

    // Start page: an assessment, then the backup.
    for (const file of [files.assessment, files.backup]) {
      await page.locator('input[type=file]').first().setInputFiles(file);
      await refused('start page', file);
    }
    // Settings.
    await page.goto(`${baseURL}#/settings`);
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    await page.locator('input[type=file]').first().setInputFiles(files.backup);
    await refused('settings', files.backup);
    // Coaching.
    await page.goto(`${baseURL}#/coach`);
    await page.getByRole('heading', { name: 'Coaching-Arbeitsplatz' }).waitFor();
    await page.locator('input[type=file]').first().setInputFiles(files.assessment);
    await refused('coaching', files.assessment);
    // Workshop.
    await page.goto(`${baseURL}#/workshop`);
    await page.getByRole('heading', { level: 1, name: 'Workshop' }).waitFor();
    await page.locator('input[type=file]').first().setInputFiles(files.workshop);
    await page.getByText('zu voll für diese Datei').waitFor();
    expect(await counts(page), 'workshop').toEqual(empty);
    // The authors' preview: the button does not stay busy.
    await page.goto(`${baseURL}#/preview`);
    await page.getByRole('heading', { level: 1, name: /Fragebogen-Vorschau/ }).waitFor();
    await page.locator('input[type=file]').first().setInputFiles(files.draft);
    await page.getByRole('alert').getByText('zu voll für diese Datei').waitFor();
    await page.getByText('Datei öffnen', { exact: false }).first().waitFor();
    expect(await page.getByText('wird geöffnet').count(), 'no busy state left').toBe(0);
    expect(await counts(page), 'preview').toEqual(empty);

    // Room again: the backup comes in whole.
    await setFull(page, false);
    await page.goto(baseURL);
    await page.locator('h1').first().waitFor();
    await page.locator('input[type=file]').first().setInputFiles(files.backup);
    await page.getByRole('dialog').getByText('sicherung.json').waitFor();
    expect(await counts(page)).toEqual({
      assessments: 4,
      firms: 1,
      cases: 1,
      workshops: 1,
      drafts: 1,
    });
    expect(errors).toEqual([]);
  });

  it('keeps a coach’s notes and a workshop participant’s result pending until “save again”', async () => {
    const { page, errors } = await withStub();
    // A case from an imported assessment, while there is room.
    await page.goto(`${baseURL}#/coach`);
    await page.getByRole('heading', { name: 'Coaching-Arbeitsplatz' }).waitFor();
    await page.locator('input[type=file]').first().setInputFiles(files.assessment);
    await page.getByRole('dialog').getByRole('button', { name: 'Schließen' }).click();
    await page.locator('.card').first().getByRole('link', { name: 'Öffnen' }).click();
    await page.waitForURL(/#\/coach\/.+/);
    const caseId = decodeURIComponent(/#\/coach\/([^/]+)/.exec(page.url())?.[1] ?? '');

    await setFull(page, true);
    await page.locator('[id="note-resilience/R1"]').fill('Kundenrisiko vertiefen');
    const banner = page
      .getByRole('alert')
      .filter({ hasText: 'Der Speicher dieses Geräts ist voll' });
    await banner.getByText(/Coaching-Fall/).waitFor();
    await setFull(page, false);
    await banner.getByRole('button', { name: 'Erneut speichern' }).click();
    await banner.waitFor({ state: 'detached' });
    const savedCase = JSON.stringify(await stored(page, 'cases', caseId));
    expect(savedCase).toContain('Kundenrisiko vertiefen');

    // A workshop participant finishes while the disk is full.
    await page.goto(`${baseURL}#/workshop`);
    await page.getByLabel('Name des Workshops').fill('Werkstatt voll');
    await page.getByRole('radio', { name: 'Resilienz-Check' }).check();
    await page.getByLabel('PIN für die Moderation (vier Ziffern)').fill('2468');
    await page.getByLabel('PIN wiederholen').fill('2468');
    await page.getByRole('button', { name: 'Workshop beginnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Willkommen' }).waitFor();
    await page.getByRole('button', { name: 'Bewertung beginnen' }).click();
    await page.getByRole('radio', { name: 'Produktion' }).check();
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await page.getByRole('button', { name: 'Ohne Profil beginnen' }).click();
    await page.locator('#dimension-title').waitFor();
    await page.locator('.question:has(.level-number)').first().locator('input[id$="-3"]').click();
    await setFull(page, true);
    await page.getByRole('link', { name: 'Übersicht und Ergebnisse' }).click();
    await page.getByRole('link', { name: 'Fertig – Gerät weitergeben' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vielen Dank!' }).waitFor();
    await banner.getByText('Bewertung „Resilienz-Check“').waitFor();
    await setFull(page, false);
    await banner.getByRole('button', { name: 'Erneut speichern' }).click();
    await banner.waitFor({ state: 'detached' });
    const participants = await page.evaluate(
      () =>
        new Promise<{ finished?: boolean; workshop?: unknown }[]>((resolve) => {
          const open = indexedDB.open('itas-transformations-check');
          open.onsuccess = () => {
            const get = open.result.transaction('assessments').objectStore('assessments').getAll();
            get.onsuccess = () => {
              open.result.close();
              resolve(
                (get.result as { packed: { finished?: boolean; workshop?: unknown } }[]).map(
                  (r) => r.packed,
                ),
              );
            };
          };
        }),
    );
    expect(participants.filter((a) => a.workshop && a.finished)).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});

describe('a real small quota (DevTools protocol)', () => {
  it('a backup that does not fit stores nothing and says how much it needs and has', async () => {
    browser = await chromium.launch({
      executablePath: CHROME_PATH,
      args: CHROME_ARGS,
      headless: true,
    });
    const context = await browser.newContext({
      locale: 'de-DE',
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    const origin = new URL(baseURL).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 150 * 1024 });
    await page.goto(baseURL);
    await page.locator('h1').first().waitFor();
    await page.locator('input[type=file]').first().setInputFiles(files.backup);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Nicht importiert').waitFor();
    const text = await dialog.innerText();
    expect(text).toMatch(/braucht etwa [\d.,]+ (KB|MB), frei sind etwa [\d.,]+ (KB|MB)/);
    expect(await counts(page), 'nothing partial').toEqual(empty);
    await dialog.getByRole('button', { name: 'Schließen' }).click();

    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.locator('input[type=file]').first().setInputFiles(files.backup);
    await dialog.getByText('sicherung.json').waitFor();
    expect(await counts(page)).toEqual({
      assessments: 4,
      firms: 1,
      cases: 1,
      workshops: 1,
      drafts: 1,
    });
    await page.reload();
    await page.locator('.assessment-row').first().waitFor();
    expect(await page.locator('.assessment-row').count()).toBe(4);
    expect(errors).toEqual([]);
  });
});
