import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { scoreInputOf } from '../../src/core/records/assessment';
import { compareAssessments } from '../../src/core/compare/compare';
import { cutLevel, scoreAssessment } from '../../src/core/scoring/scoring';
import readXlsxFile from 'read-excel-file/node';
import deCommon from '../../src/i18n/de/common.json';
import { readWorkshopText } from '../../src/core/records/workshop';
import { levelText, scoreText } from '../../src/core/present/format';
import { openSession, type Session } from './support/browser';

const ROLE_WORDS = deCommon.role as Record<string, string>;

const baseURL = inject('baseURL');
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const PIN = '2468';
const ROLES = ['Geschäftsführung', 'Betriebsrat', 'Produktion', 'Personal', 'Andere Funktion'];

async function violations(page: Page) {
  // No rule is disabled: the whole of axe's WCAG 2.0/2.1 A and AA set, plus best practices.
  const result = await new AxeBuilder({ page: page as never }).analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}

/**
 * Answers every card of the dimension on screen, differently per participant: maturity levels
 * shifted by the participant's number, choices and numbers likewise. The participant `dontKnow`
 * answers the first question with "don't know".
 */
async function answerDimension(page: Page, participant: number, dontKnow: boolean) {
  // Answering may reveal further cards (conditions): answer the first open one until none is.
  for (let n = 0; n < 40; n++) {
    const open = page.locator('.question[data-answered="no"]').first();
    if ((await open.count()) === 0) return;
    const card = page.locator(`[id="${await open.getAttribute('id')}"]`);
    if (dontKnow && n === 0) {
      await card.getByRole('radio', { name: 'Weiß nicht' }).click();
    } else if ((await card.locator('.level-number').count()) > 0) {
      const level = ((n + 2 * participant) % 5) + 1;
      await card.locator(`input[type=radio][id$="-${level}"]`).click();
    } else if ((await card.locator('input[type=text]').count()) > 0) {
      await card
        .locator('input[type=text]')
        .first()
        .fill(String(1 + ((3 * participant) % 10)));
    } else if ((await card.getByRole('checkbox').count()) > 0) {
      await card.getByRole('checkbox').first().click();
    } else {
      await card
        .getByRole('radio')
        .nth(participant % 2)
        .click();
    }
    await expect.poll(() => card.getAttribute('data-answered')).toBe('yes');
  }
  throw new Error('the dimension did not get answered');
}

async function cellText(page: Page, dimension: string, stat: string) {
  return (
    await page
      .locator(
        `[data-testid=workshop-aggregate] tr[data-dimension="${dimension}"] [data-stat=${stat}]`,
      )
      .textContent()
  )?.trim();
}

describe('a workshop of five participants on one device', () => {
  it('takes turns anonymously; the facilitator view behind the PIN shows core’s aggregate', async () => {
    session = await openSession();
    const { page, errors } = session;

    // The facilitator starts the workshop.
    await page.goto(`${baseURL}#/workshop`);
    await page.getByRole('heading', { level: 1, name: 'Workshop' }).waitFor();
    expect(await violations(page), 'workshops page').toEqual([]);
    await page.getByLabel('Name des Workshops').fill('Zukunftswerkstatt Chemnitz');
    await page.getByRole('radio', { name: 'Resilienz-Check' }).check();
    await page.getByLabel('PIN für die Moderation (vier Ziffern)').fill(PIN);
    await page.getByLabel('PIN wiederholen').fill('2469');
    await page.getByRole('button', { name: 'Workshop beginnen' }).click();
    await page.getByText('Die beiden PIN-Eingaben stimmen nicht überein.').waitFor();
    await page.getByLabel('PIN wiederholen').fill(PIN);
    await page.getByRole('button', { name: 'Workshop beginnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Willkommen' }).waitFor();
    const workshopUrl = page.url();
    expect(workshopUrl).toMatch(/#\/workshop\/[^/]+$/);
    expect(await violations(page), 'welcome screen').toEqual([]);

    // While it runs, the other screens lead back to the workshop, also after a reload.
    for (const hash of ['#/settings', '#/', '#/coach', '#/workshop']) {
      await page.goto(`${baseURL}${hash}`);
      await page.waitForURL(workshopUrl);
      await page.getByRole('heading', { level: 1, name: 'Willkommen' }).waitFor();
    }
    // The menu would only lead back: it is not shown; the language switch is.
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'English' }).count()).toBe(1);
    await page.getByText(/^Das dauert etwa \d+ Minuten\.$/).waitFor();

    for (let p = 0; p < 5; p++) {
      await page.getByRole('button', { name: 'Bewertung beginnen' }).click();
      await page.getByRole('radio', { name: ROLES[p]! }).check();
      await page.getByRole('button', { name: 'Weiter', exact: true }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Unternehmensprofil (freiwillig)' })
        .waitFor();
      expect(await page.getByText(/Name des Unternehmens$/).count(), 'no firm name is asked').toBe(
        0,
      );
      if (p === 1) {
        expect(await violations(page), 'participant profile').toEqual([]);
        await page.getByRole('textbox', { name: /Wie viele Beschäftigte/ }).fill('80');
        await page.getByRole('button', { name: 'Bewertung starten' }).click();
      } else {
        await page.getByRole('button', { name: 'Ohne Profil beginnen' }).click();
      }
      await page.locator('#dimension-title').waitFor();
      expect(
        await page.locator('.question[data-answered="yes"]').count(),
        'the next participant starts with an empty screen',
      ).toBe(0);
      expect(await page.locator('input:checked').count(), 'nothing of the one before').toBe(0);

      await answerDimension(page, p, p === 2);
      const next = page.locator('.dimension-pager .button.primary');
      const href = (await next.getAttribute('href')) ?? '';
      await next.click();
      await page.waitForURL((url) => url.hash === href);
      await page.locator('#dimension-title').waitFor();
      await answerDimension(page, p, false);

      // Finishing: the review's "show results" ends the turn; the answers leave the screen.
      await page.getByRole('link', { name: 'Übersicht und Ergebnisse' }).click();
      await page.getByRole('link', { name: 'Fertig – Gerät weitergeben' }).click();
      await page.getByRole('heading', { level: 1, name: 'Vielen Dank!' }).waitFor();
      expect(page.url()).toBe(workshopUrl);
      expect(await page.locator('.question, [data-testid=overall-index]').count()).toBe(0);
      if (p === 0) expect(await violations(page), 'thank-you screen').toEqual([]);
      await page.getByRole('button', { name: 'Nächste Person' }).click();
      await page.getByRole('heading', { level: 1, name: 'Willkommen' }).waitFor();
      // The browser's Back button does not bring the answers back either.
      await page.goBack();
      await page.waitForURL(workshopUrl);
      expect(await page.locator('.question').count(), 'Back shows no answers').toBe(0);
      await page.getByRole('heading', { level: 1, name: 'Willkommen' }).waitFor();
      await expect
        .poll(() => page.getByTestId('workshop-finished').textContent())
        .toBe(`Abgeschlossene Bewertungen: ${p + 1}`);
    }

    // Without the PIN the facilitator view is not shown.
    await page.getByRole('link', { name: 'Moderation (PIN)' }).click();
    await page.getByRole('heading', { level: 1, name: 'PIN der Moderation' }).waitFor();
    expect(await violations(page), 'PIN screen').toEqual([]);
    expect(await page.getByTestId('workshop-aggregate').count()).toBe(0);
    await page.getByLabel('PIN', { exact: true }).fill('1111');
    await page.getByRole('button', { name: 'Öffnen' }).click();
    await page.getByText('Die PIN stimmt nicht.').waitFor();
    expect(await page.getByTestId('workshop-aggregate').count(), 'a wrong PIN opens nothing').toBe(
      0,
    );
    await page.getByLabel('PIN', { exact: true }).fill(PIN);
    await page.getByRole('button', { name: 'Öffnen' }).click();
    await page.getByTestId('workshop-aggregate').waitFor();
    await expect
      .poll(() => page.getByTestId('workshop-counts').textContent())
      .toContain('Abgeschlossen: 5');
    expect(await violations(page), 'facilitator view').toEqual([]);

    // The exported file, restored and computed by core, gives the numbers on the screen.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Workshop exportieren' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^workshop-zukunftswerkstatt-chemnitz-.*\.json$/);
    const filePath = await download.path();
    const restored = readWorkshopText(readFileSync(filePath, 'utf8'));
    expect(restored.ok, 'the exported file restores').toBe(true);
    if (!restored.ok) return;
    const { participants, rejected } = restored.value;
    expect(rejected).toEqual([]);
    expect(participants).toHaveLength(5);
    expect(participants.every((a) => a.finished && !a.firm)).toBe(true);
    expect(participants.map((a) => a.role).sort()).toEqual(
      ['hr', 'management', 'other', 'production', 'works_council'].sort(),
    );
    expect(participants.filter((a) => Object.keys(a.profile).length > 0)).toHaveLength(1);

    const results = participants.map((a) => scoreAssessment(scoreInputOf(a)));
    const comparison = compareAssessments(participants);
    let scored = 0;
    for (const row of comparison.dimensions) {
      const scores = results
        .map((r) => r.dimensions.find((d) => d.id === row.id)!.score)
        .filter((s): s is number => s !== null);
      if (scores.length === 0) {
        expect(await cellText(page, row.id, 'mean')).toBe('–');
        continue;
      }
      scored += 1;
      const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
      expect(row.mean, `${row.id}: core's comparison is the mean of core's scores`).toBeCloseTo(
        mean,
        9,
      );
      expect(await cellText(page, row.id, 'mean'), `${row.id} mean`).toBe(scoreText(mean));
      expect(await cellText(page, row.id, 'min'), `${row.id} min`).toBe(
        scoreText(Math.min(...scores)),
      );
      expect(await cellText(page, row.id, 'max'), `${row.id} max`).toBe(
        scoreText(Math.max(...scores)),
      );
      expect(await cellText(page, row.id, 'level'), `${row.id} level`).toBe(
        levelText(row.meanLevel!, 'de'),
      );
      expect(await cellText(page, row.id, 'agreement')).toBe(row.disagreement ? 'Uneinig' : '–');
      expect(
        Math.max(...scores),
        `${row.id}: the participants answered differently`,
      ).toBeGreaterThan(Math.min(...scores));
    }
    expect(scored, 'two dimensions were answered').toBe(2);

    // The group's spreadsheet: each participant a numbered column with a role, no name.
    const sheetDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tabelle (Excel)' }).click();
    const sheets = await readXlsxFile(readFileSync(await (await sheetDownload).path()));
    const fieldRows = sheets[1]!.data;
    expect(fieldRows[0]!.slice(2, 7)).toEqual(
      comparison.columns.map((col, i) => `${i + 1} · ${ROLE_WORDS[col.role]}`),
    );
    for (const row of comparison.dimensions) {
      const read = fieldRows.find((r) => r[0] === row.id)!;
      expect(read[7], `${row.id} mean level`).toBe(
        row.meanLevel === null ? null : cutLevel(row.meanLevel),
      );
    }
    expect(await cellText(page, 'overall', 'mean')).toBe(scoreText(comparison.overall.mean!));
    const dontKnow = comparison.dontKnow[0]!;
    expect(dontKnow.count).toBe(1);
    expect(
      await page
        .locator(`[data-testid=dont-know] li[data-question="${dontKnow.question}"]`)
        .textContent(),
    ).toContain('1 von 5');

    // In English too.
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('heading', { level: 2, name: 'The group\u2019s result' })
      .or(page.getByRole('heading', { level: 2, name: "The group's result" }))
      .waitFor();
    expect(await cellText(page, comparison.dimensions[0]!.id, 'level')).toBe(
      levelText(comparison.dimensions[0]!.meanLevel!, 'en'),
    );
    expect(await violations(page), 'facilitator view in English').toEqual([]);

    // Leaving workshop mode asks what becomes of the data: keep it, read only.
    await page.getByRole('button', { name: 'Leave workshop mode' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave workshop mode' });
    await dialog.waitFor();
    expect(await violations(page), 'leave dialog').toEqual([]);
    await dialog.getByRole('button', { name: 'Keep the data' }).click();
    await page.waitForURL(`${baseURL}#/workshop`);
    await page.getByRole('heading', { level: 2, name: 'Closed workshops' }).waitFor();
    await page.getByRole('link', { name: /Zukunftswerkstatt Chemnitz/ }).waitFor();
    expect(await violations(page), 'workshops page in English').toEqual([]);

    // The device is free again; the participants stay off the firms' lists.
    await page.goto(`${baseURL}#/settings`);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.goto(baseURL);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByText('Zukunftswerkstatt').count()).toBe(0);

    // The kept workshop opens read only, without the PIN, with the same numbers.
    await page.goto(`${baseURL}#/workshop`);
    await page.getByRole('link', { name: /Zukunftswerkstatt Chemnitz/ }).click();
    await page.getByTestId('workshop-aggregate').waitFor();
    expect(await page.getByRole('button', { name: 'Leave workshop mode' }).count()).toBe(0);
    const firstScored = comparison.dimensions.find((d) => d.mean !== null)!;
    expect(await cellText(page, firstScored.id, 'mean')).toBe(scoreText(firstScored.mean!));

    // The exported file imports back as a workshop of its own.
    await page.goto(`${baseURL}#/workshop`);
    await page.getByTestId('workshop-import').setInputFiles(filePath);
    await page.getByText('was added with 5 participants').waitFor();
    await expect.poll(() => page.locator('.workshop-list li').count()).toBe(2);

    expect(errors, 'no errors in the browser').toEqual([]);
  });

  it('deleting on leaving removes the participants from the device', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(`${baseURL}#/workshop`);
    await page.getByLabel('Name des Workshops').fill('Kurzer Workshop');
    await page.getByLabel('PIN für die Moderation (vier Ziffern)').fill('1357');
    await page.getByLabel('PIN wiederholen').fill('1357');
    await page.getByRole('button', { name: 'Workshop beginnen' }).click();
    await page.getByRole('button', { name: 'Bewertung beginnen' }).click();
    await page.getByRole('radio', { name: 'Produktion' }).check();
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await page.getByRole('button', { name: 'Ohne Profil beginnen' }).click();
    await page.locator('#dimension-title').waitFor();
    await answerDimension(page, 0, false);
    await page.getByRole('link', { name: 'Übersicht und Ergebnisse' }).click();
    await page.getByRole('link', { name: 'Fertig – Gerät weitergeben' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vielen Dank!' }).waitFor();

    await page.getByRole('link', { name: 'Moderation (PIN)' }).click();
    await page.getByLabel('PIN', { exact: true }).fill('1357');
    await page.getByRole('button', { name: 'Öffnen' }).click();
    await page.getByTestId('workshop-aggregate').waitFor();
    await page.getByRole('button', { name: 'Workshop-Modus beenden' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Daten löschen' }).click();
    await page.waitForURL(`${baseURL}#/workshop`);
    await page
      .getByText('Auf diesem Gerät gibt es noch keine abgeschlossenen Workshops.')
      .waitFor();
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('itas-transformations-check');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('assessments').objectStore('assessments').count();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          };
        }),
    );
    expect(stored, "no participant's answers are left on the device").toBe(0);
  });
});
