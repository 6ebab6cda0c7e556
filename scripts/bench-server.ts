// The benchmark's static server: 127.0.0.1, random port, gzip level 6 for text types, so the
// bytes on the wire are those a plain web server would send. Files are read once and cached.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileFor, TYPES } from '../tests/e2e/support/server.ts';

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml|font\/ttf)/;

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

export async function serveGzip(root: string, level = 6): Promise<BenchServer> {
  const cache = new Map<string, { body: Buffer; gz: Buffer | null; type: string }>();
  const server = createServer((req, res) => {
    const file = fileFor(root, req.url);
    if (file === null) return void res.writeHead(403).end();
    if (file === 'missing') return void res.writeHead(404).end();
    let entry = cache.get(file);
    if (!entry) {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const body = readFileSync(file);
      entry = { body, type, gz: COMPRESSIBLE.test(type) ? gzipSync(body, { level }) : null };
      cache.set(file, entry);
    }
    const gzip = entry.gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': entry.type,
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(gzip ? entry.gz : entry.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
