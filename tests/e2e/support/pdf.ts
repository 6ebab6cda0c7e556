import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';

/** Clicks "download report" and returns the PDF's path and its text (pdftotext). */
export async function downloadReport(page: Page) {
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: /Bericht herunterladen|Download report/ }).click();
  const download = await downloading;
  const path = await download.path();
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { path, text, name: download.suggestedFilename() };
}
