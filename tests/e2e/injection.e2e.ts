import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './support/browser';
import { downloadReport } from './support/pdf';

const baseURL = inject('baseURL');
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'assessments', 'resilience-weak.json');
let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b id="injected">fett</b>`;

/** Puts the payload into every text a person can see: questionnaire, firm, notes, answers. */
function poisoned(): Record<string, unknown> {
  const a = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) {
        out[k] = (k === 'de' || k === 'en') && typeof v === 'string' ? `${v} ${PAYLOAD}` : walk(v);
      }
      return out;
    }
    return node;
  };
  a.questionnaire = walk(a.questionnaire);
  a.id = 'poisoned';
  a.firm.name = `Firma ${PAYLOAD}`;
  for (const note of Object.values(a.notes) as { text: string }[]) note.text = `Notiz ${PAYLOAD}`;
  return a;
}

describe('text from files is only ever text', () => {
  it('script and HTML in every text field run nowhere: screens and PDF show them literally', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(baseURL);
    await page.locator('input[type=file]').setInputFiles({
      name: 'poisoned.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(poisoned())),
    });
    await page.locator('dialog[open] .button.primary').click();
    const injected = () =>
      page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
        elements: document.querySelectorAll('#injected, img[src="x"]').length,
      }));
    const screens = ['#/', '#/a/poisoned/d/0', '#/a/poisoned/review', '#/a/poisoned/results'];
    for (const hash of screens) {
      await page.goto(baseURL + hash);
      await page.locator('h1').first().waitFor();
      await page.waitForTimeout(300);
      expect(await injected(), `nothing injected on ${hash}`).toEqual({ pwned: 0, elements: 0 });
      expect(
        await page.locator('body').textContent(),
        `the payload shows as text on ${hash}`,
      ).toContain('<b id="injected">');
    }
    const report = await downloadReport(page);
    expect(report.text.replace(/\s+/g, ' ')).toContain('<script>window.__pwned=2</script>');
    expect(execFileSync('pdfinfo', [report.path], { encoding: 'utf8' })).toMatch(/Pages:\s+\d+/);
  });
});
