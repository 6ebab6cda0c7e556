// Adds the Content-Security-Policy to the built index.html (never in `npm run dev`, whose module
// reloading needs inline code). The app requests nothing from any other origin; the single-file
// edition allows its own inline script and style by hash.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function contentSecurityPolicy(html: string): string {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\bsrc=/.test(m[0].slice(0, m[0].indexOf('>'))) && m[1]!.length > 0)
    .map((m) => hash(m[1]!));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]!));
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

export function cspPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'itas-csp',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // On the written file, after every other plugin (the single file inlines its code late),
    // so the hashes match what ships.
    closeBundle() {
      const file = join(outDir, 'index.html');
      const html = readFileSync(file, 'utf8');
      const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}" />`;
      writeFileSync(file, html.replace(/<head>/, `<head>\n    ${meta}`));
      // The same policy as a header for web servers (hosting/nginx/itas.conf includes it); a
      // header can also forbid framing, which the meta element cannot.
      const header = `${contentSecurityPolicy(html)}; frame-ancestors 'none'`;
      writeFileSync(
        join(outDir, 'csp-header.conf'),
        `add_header Content-Security-Policy "${header}" always;\n`,
      );
    },
  };
}
