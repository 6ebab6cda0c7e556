// The results as a short story that ends at the coaching appointment: weak and strong firms, the
// contact from the host's hosting.json (or the initiative's site without one), numbers written
// as the language writes them.
import { downloadReport } from './support/pdf';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startAssessment } from './support/app';
import { openSession, type Session } from './support/browser';
import { serveStatic, type StaticServer } from './support/server';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'assessments');
const CONTACT = {
  name: 'Erika Beispiel',
  organisation: 'IHK Chemnitz, Strategiecoaching',
  phone: '+49 371 0000-123',
  email: 'coaching@example.org',
  bookingUrl: 'https://example.org/termin',
};
const LOGO_ALT = 'Logo des Test-Betreibers';
let dir = '';
let server: StaticServer;
let session: Session;

async function importFixtures(page: Page, url: string) {
  await page.goto(url);
  await page
    .locator('input[type=file]')
    .setInputFiles(
      ['resilience-weak', 'technology-readiness-strong'].map((f) => join(FIXTURES, `${f}.json`)),
    );
  await page.locator('dialog[open] .button.primary').click();
  await page.locator('.assessment-row').nth(1).waitFor();
}

async function openResults(page: Page, url: string, id: string) {
  await page.goto(`${url}#/a/${id}/results`);
  await page.getByTestId('overall-index').waitFor();
  await page.getByTestId('next-step').waitFor();
}

/** Text of the parts that print numbers, with the details opened. */
async function numberTexts(page: Page) {
  await page.locator('.results-details > summary').click();
  return page.evaluate(() =>
    [
      '[data-testid=standing]',
      '[data-testid=focus]',
      '[data-testid=field-chart]',
      '.results-details',
    ]
      .map((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? '')
      .join('\n'),
  );
}

beforeAll(async () => {
  // The app as a host would ship it, with a coaching contact in its hosting.json.
  dir = mkdtempSync(join(tmpdir(), 'itas-story-'));
  cpSync(inject('distDir'), dir, { recursive: true });
  writeFileSync(
    join(dir, 'hosting.json'),
    JSON.stringify({
      operator: 'Test',
      logo: { file: 'logo.svg', alt: LOGO_ALT },
      coaching: CONTACT,
    }),
  );
  writeFileSync(
    join(dir, 'logo.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#1f5f8b"/></svg>',
  );
  server = await serveStatic(dir);
  session = await openSession({ width: 390, height: 844 });
}, 60_000);
afterAll(async () => {
  await session.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('results as a story, ending at the coaching appointment', () => {
  it('weak firm: where it stands, three priorities in sentences, the contact to call', async () => {
    const { page } = session;
    await importFixtures(page, server.url);
    await openResults(page, server.url, 'fixture-resilience-weak');
    expect(await page.getByTestId('standing').innerText()).toMatch(
      /^Mit \d+ von 100 Punkten steht Ihr Unternehmen auf Stufe \d,\d \(„.+“\); \d von \d Themenfeldern liegen unter dem Ziel/,
    );
    await page.getByRole('heading', { level: 2, name: 'Hier setzen Sie zuerst an' }).waitFor();
    const items = page.getByTestId('focus').locator('> li');
    expect(await items.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const text = await items.nth(i).innerText();
      expect(text).toMatch(/Stufe \d,\d, Ziel \d\./);
      expect(text).toMatch(/Am schwächsten: „.+“\./);
      expect(text).toMatch(/Erster Schritt · (Jetzt|Mittelfristig|Langfristig) .+ · .+:/);
    }
    // The next step, with the host's contact.
    const next = page.getByTestId('next-step');
    await next.getByRole('heading', { name: 'Nächster Schritt: Strategiecoaching' }).waitFor();
    const contact = next.getByTestId('contact');
    expect(await contact.innerText()).toContain(CONTACT.name);
    expect(await contact.innerText()).toContain(CONTACT.organisation);
    expect(await contact.getByRole('link', { name: CONTACT.phone }).getAttribute('href')).toBe(
      'tel:+493710000123',
    );
    expect(await contact.getByRole('link', { name: CONTACT.email }).getAttribute('href')).toBe(
      `mailto:${CONTACT.email}`,
    );
    expect(
      await contact.getByRole('link', { name: 'Termin online vereinbaren' }).getAttribute('href'),
    ).toBe(CONTACT.bookingUrl);
    // The operator's logo beside the contact, loaded; in a phone's header there is no room for it.
    const logo = contact.getByRole('img', { name: LOGO_ALT });
    expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
    expect(await page.locator('.site-header').getByTestId('operator-logo').isVisible()).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(
      await page.locator('.site-header').getByRole('img', { name: LOGO_ALT }).isVisible(),
    ).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    // The initiative's services as cards, strategy coaching first.
    const services = next.locator('.service-card');
    expect(await services.count()).toBeGreaterThan(1);
    expect(await services.first().getAttribute('data-service')).toBe('coaching');
    // German numbers have a decimal comma, nowhere a point (weights, gaps, levels).
    const numbers = await numberTexts(page);
    expect(numbers).toMatch(/Gewicht \d/);
    expect(numbers.match(/\d\.\d/g)).toBeNull();
    // The PDF report names the same contact on its cover.
    const report = await downloadReport(page);
    const cover = report.text.split('\f')[0]!.replace(/\s+/g, ' ');
    expect(cover).toContain(`Ihr Kontakt für das Strategiecoaching: ${CONTACT.name}`);
    expect(cover).toContain(CONTACT.email);
  }, 120_000);

  it('strong firm: stretch measures of its band and the invitation too; English', async () => {
    const { page } = session;
    await openResults(page, server.url, 'fixture-technology-readiness-strong');
    expect(await page.getByTestId('standing').innerText()).toContain(
      'und erreicht in allen 8 bewerteten Themenfeldern das Ziel',
    );
    await page
      .getByRole('heading', { level: 2, name: 'So bauen Sie Ihren Vorsprung aus' })
      .waitFor();
    const items = page.getByTestId('focus').locator('> li');
    expect(await items.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      expect(await items.nth(i).innerText()).toMatch(/Ziel \d: erreicht\./);
      await items.nth(i).getByTestId('first-step').waitFor();
    }
    expect(await page.getByTestId('strengths').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('contact').innerText()).toContain(CONTACT.name);
    expect((await numberTexts(page)).match(/\d\.\d/g)).toBeNull();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'How to extend your lead' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Next step: strategy coaching' }).waitFor();
    expect(await page.getByTestId('focus').innerText()).toMatch(
      /Level \d\.\d, target \d: reached\./,
    );
    await page.getByRole('button', { name: 'Deutsch' }).click();
    expect(session.errors).toEqual([]);
  });

  it('the start page counts the questions as the answering screen does', async () => {
    const { page } = session;
    await page.goto(server.url);
    const card = page.locator('.card', { hasText: 'Resilienz-Check' });
    const facts = await card.locator('.meta').innerText();
    const [, least, most] = /^(\d+) bis (\d+) Fragen \(je nach Antworten\)/.exec(facts) ?? [];
    expect(Number(most)).toBeGreaterThan(Number(least));
    await startAssessment(page, server.url, { questionnaire: 'resilience', firm: 'Zähl GmbH' });
    // Conditions on the profile and on answers decide the rest: this firm's count lies within.
    const [, total] = /^0 von (\d+) Fragen beantwortet/.exec(
      await page.locator('.overall-progress').innerText(),
    )!;
    expect(Number(total)).toBeGreaterThanOrEqual(Number(least));
    expect(Number(total)).toBeLessThanOrEqual(Number(most));
  });

  it('the portfolio on screen names its quadrants, labels the firm and lists the cards in its order', async () => {
    const { page } = session;
    await page.goto(server.url);
    await page
      .locator('input[type=file]')
      .setInputFiles(join(FIXTURES, 'technology-readiness-weak.json'));
    await page.locator('dialog[open] .button.primary').click();
    await page.goto(`${server.url}#/portfolio/firm-erzgebirgische-praezisionsteile`);
    const chart = page.getByTestId('portfolio-chart');
    await chart.locator('.portfolio-dot').waitFor();
    const inChart = await chart.locator('.portfolio-quadrant').allInnerTexts();
    expect(inChart).toEqual([
      'Aufbruch auf dünnem Eis',
      'Zukunftsfest',
      'Dringender Handlungsbedarf',
      'Stabil, aber im Heute gefangen',
    ]);
    expect(await page.locator('.quadrants dt').allInnerTexts()).toEqual(inChart);
    const current = await page.locator('#quadrant-heading').innerText();
    expect(await chart.locator('.portfolio-quadrant.is-current').innerText()).toBe(current);
    expect(await chart.locator('.portfolio-dot-label').innerText()).toContain(
      'Erzgebirgische Präzisionsteile GmbH',
    );
    expect(await chart.innerText()).toContain('Technologiebereitschaft (Index)');
    expect(await chart.getByRole('img').getAttribute('aria-label')).toContain(current);
  });

  it('without a contact in hosting.json, the step points to the initiative and the report', async () => {
    const other = await openSession({ width: 1280, height: 800 });
    try {
      const url = inject('baseURL');
      await importFixtures(other.page, url);
      await openResults(other.page, url, 'fixture-resilience-weak');
      const contact = other.page.getByTestId('contact');
      await contact.getByRole('link', { name: 'itas-projekt.de' }).waitFor();
      expect(await other.page.getByTestId('operator-logo').count()).toBe(0);
      expect(await other.page.getByTestId('next-step').innerText()).toContain('PDF-Bericht');
    } finally {
      await other.close();
    }
  });
});
