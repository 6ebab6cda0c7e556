import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/**
 * Transfer budgets in KiB (gzip level 6). The answering screen's rose from 200 to 215 with the
 * questionnaires 1.1.0: the larger questionnaire's own chunk grew from about 38 to 47 KiB (help
 * texts with the legal thresholds, the new topics, the revisions' id map); its code did not.
 */
export const BUDGET = { startPageKiB: 120, answeringScreenKiB: 215 } as const;

/** Records every same-origin file the page fetches, to size it from the build folder. */
export function recordRequests(page: Page, baseURL: string) {
  const paths = new Set<string>();
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(baseURL)) paths.add(new URL(url).pathname);
  });
  return paths;
}

/** Gzip (level 6) size of the files, as the budget counts them: HTML, CSS, JavaScript, JSON. */
export function gzipKiB(distDir: string, paths: Iterable<string>) {
  const files: { path: string; bytes: number }[] = [];
  for (const path of paths) {
    const file = path.endsWith('/') ? `${path}index.html` : path;
    if (!/\.(html|css|js|mjs|json|webmanifest)$/.test(file)) continue;
    const bytes = gzipSync(readFileSync(join(distDir, file)), { level: 6 }).length;
    files.push({ path: file, bytes });
  }
  const total = files.reduce((s, f) => s + f.bytes, 0) / 1024;
  return { total, files: files.sort((a, b) => b.bytes - a.bytes) };
}
