import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  MAX_COLLECTION_FILE_BYTES,
  MAX_DEPTH,
  MAX_SINGLE_FILE_BYTES,
} from '../../src/core/common/safety';
import { ASSESSMENT_CLOSE, ASSESSMENT_OPEN } from '../../src/report/xmp';
import { openSession, type Session } from './support/browser';

const baseURL = inject('baseURL');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'assessments');
const SAVED = ['resilience-weak', 'technology-readiness-strong', 'resilience-strong'];

let session: Session | null = null;
let dir: string | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

const fixtureText = (name: string) => readFileSync(join(FIXTURES, `${name}.json`), 'utf8');
const fixture = (name: string) => JSON.parse(fixtureText(name)) as Record<string, unknown>;

/** Deterministic bytes (a linear congruential generator), so a failure can be repeated. */
function randomBytes(length: number, seed: number) {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

/** A file of `bytes` bytes made of "ä" (two bytes each): over the limit in bytes, not in characters. */
function writeUmlauts(path: string, bytes: number) {
  const chunk = Buffer.from('ä'.repeat(512 * 1024), 'utf8');
  const fd = openSync(path, 'w');
  try {
    for (let written = 0; written < bytes; written += chunk.length) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** A small, valid PDF (one empty page) without anything of this app in it. */
function plainPdf(extra = '') {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  body += extra;
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return body;
}

interface Hostile {
  name: string;
  /** What the user reads in the import dialog. */
  message: RegExp;
  write(path: string): void;
}

function hostileFiles(): Hostile[] {
  const saved = fixture(SAVED[0]!);
  const answers = saved.answers as Record<string, unknown>;
  const firstQuestion = Object.keys(answers)[0]!;
  return [
    {
      name: 'abgeschnitten.json',
      message: /kein gültiges JSON/,
      write: (p) => {
        const text = fixtureText(SAVED[0]!);
        writeFileSync(p, text.slice(0, Math.floor(text.length / 2)));
      },
    },
    {
      name: 'leer.json',
      message: /kein gültiges JSON/,
      write: (p) => writeFileSync(p, ''),
    },
    {
      name: 'zufall.json',
      message: /kein gültiges JSON/,
      write: (p) => writeFileSync(p, randomBytes(64 * 1024, 7)),
    },
    {
      // The id of a saved assessment with other answers: accepted, it would replace or add one.
      name: 'proto.json',
      message: /„__proto__“ ist aus Sicherheitsgründen nicht erlaubt/,
      write: (p) =>
        writeFileSync(
          p,
          JSON.stringify({ ...saved, answers: {} }).replace(
            '"answers":{}',
            `"answers":{"__proto__":{"polluted":"yes"},"${firstQuestion}":{"kind":"dontKnow","at":"2030-01-01T00:00:00.000Z"}}`,
          ),
        ),
    },
    {
      name: 'constructor.json',
      message: /„constructor“ ist aus Sicherheitsgründen nicht erlaubt/,
      write: (p) =>
        writeFileSync(
          p,
          JSON.stringify({
            ...saved,
            notes: { constructor: { prototype: { polluted: 'yes' } } },
          }),
        ),
    },
    {
      name: 'sicherung-proto.json',
      message: /„__proto__“ ist aus Sicherheitsgründen nicht erlaubt/,
      write: (p) =>
        writeFileSync(
          p,
          `{"format":"itas-backup","formatVersion":1,"definitions":{},"firms":[{"__proto__":{"isAdmin":true}}],"assessments":[]}`,
        ),
    },
    {
      name: 'falsche-typen.json',
      message: /Falscher Typ/,
      write: (p) =>
        writeFileSync(
          p,
          JSON.stringify({
            ...saved,
            id: 42,
            answers: 'alle',
            role: ['management'],
            finished: 'ja',
          }),
        ),
    },
    {
      name: 'sicherung-falsch.json',
      message: /Hier fehlt ein Pflichtfeld/,
      write: (p) =>
        writeFileSync(
          p,
          JSON.stringify({
            format: 'itas-backup',
            formatVersion: 1,
            firms: 'keine',
            assessments: {},
          }),
        ),
    },
    {
      name: 'zukunft.json',
      message: /neueren Version des Werkzeugs \(Format 2/,
      write: (p) =>
        writeFileSync(p, JSON.stringify({ ...saved, formatVersion: 2, answers: {}, future: true })),
    },
    {
      name: 'sicherung-zukunft.json',
      message: /neueren Version des Werkzeugs \(Format 9/,
      write: (p) =>
        writeFileSync(
          p,
          JSON.stringify({ format: 'itas-backup', formatVersion: 9, firms: [], assessments: [] }),
        ),
    },
    {
      name: 'fremd.json',
      message: /Diese Datei kennt die Anwendung nicht/,
      write: (p) =>
        writeFileSync(p, JSON.stringify({ name: 'anderes-programm', version: '1.0.0', items: [] })),
    },
    {
      name: 'fremd-liste.json',
      message: /Diese Datei kennt die Anwendung nicht/,
      write: (p) => writeFileSync(p, JSON.stringify([saved, saved])),
    },
    {
      name: 'tief.json',
      message: new RegExp(`tiefer verschachtelt als erlaubt \\(${MAX_DEPTH} Ebenen\\)`),
      write: (p) =>
        writeFileSync(
          p,
          `{"format":"itas-assessment","formatVersion":1,"answers":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`,
        ),
    },
    {
      // Over the limit in bytes, under it in characters: read first, it would fail as JSON.
      name: 'riesig.json',
      message: new RegExp(
        `zu groß \\(\\d+ MB; erlaubt sind ${MAX_COLLECTION_FILE_BYTES / 2 ** 20} MB`,
      ),
      write: (p) => writeUmlauts(p, MAX_COLLECTION_FILE_BYTES + 1024 * 1024),
    },
    {
      // Over the PDF limit; its bytes are no PDF at all, so reading it would say that instead.
      name: 'riesig.pdf',
      message: new RegExp(`zu groß \\(\\d+ MB; erlaubt sind ${MAX_SINGLE_FILE_BYTES / 2 ** 20} MB`),
      write: (p) => writeUmlauts(p, MAX_SINGLE_FILE_BYTES + 1024 * 1024),
    },
    {
      name: 'ohne-daten.pdf',
      message: /Diese PDF-Datei enthält keine Bewertung/,
      write: (p) => writeFileSync(p, plainPdf(), 'latin1'),
    },
    {
      name: 'beschaedigt.pdf',
      message: /eingebettete Bewertung ist beschädigt/,
      write: (p) =>
        writeFileSync(
          p,
          plainPdf(`${ASSESSMENT_OPEN}%%%nicht base64%%%${ASSESSMENT_CLOSE}\n`),
          'latin1',
        ),
    },
    {
      name: 'proto-im.pdf',
      message: /„__proto__“ ist aus Sicherheitsgründen nicht erlaubt/,
      write: (p) => {
        const json = `{"format":"itas-assessment","formatVersion":1,"__proto__":{"polluted":"yes"}}`;
        const embedded = Buffer.from(json, 'utf8').toString('base64');
        writeFileSync(p, plainPdf(`${ASSESSMENT_OPEN}${embedded}${ASSESSMENT_CLOSE}\n`), 'latin1');
      },
    },
    {
      name: 'kein.pdf',
      message: /Die Datei ist keine PDF-Datei/,
      write: (p) => writeFileSync(p, randomBytes(4096, 11)),
    },
  ];
}

interface Backup {
  format: string;
  exportedAt: string;
  assessments: { id: string }[];
  firms: { id: string }[];
  definitions: Record<string, unknown>;
}

describe('hostile and broken imports', () => {
  it('each is refused with a clear message; every saved assessment stays as it was', async () => {
    session = await openSession();
    const { page } = session;
    dir = mkdtempSync(join(tmpdir(), 'itas-hostile-'));
    await page.goto(baseURL);
    await page
      .locator('input[type=file]')
      .setInputFiles(SAVED.map((f) => join(FIXTURES, `${f}.json`)));
    const dialog = page.locator('dialog[open]');
    await dialog
      .locator('li.ok')
      .nth(SAVED.length - 1)
      .waitFor();
    expect(await dialog.locator('li.ok').count()).toBe(SAVED.length);
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await page.getByRole('link', { name: 'Einstellungen', exact: true }).click();
    await page.getByRole('heading', { name: 'Einstellungen' }).waitFor();

    const exportAll = async (): Promise<Backup> => {
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Sicherung aller Daten exportieren' }).click();
      return JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as Backup;
    };
    const before = await exportAll();
    expect(before.assessments.map((a) => a.id).sort()).toEqual(
      SAVED.map((f) => fixture(f).id).sort(),
    );

    const files = hostileFiles();
    for (const file of files) {
      const path = join(dir, file.name);
      file.write(path);
      await page.locator('input[type=file]').setInputFiles(path);
      const report = dialog.locator('li.rejected').filter({ hasText: file.name });
      await report.waitFor();
      const text = (await report.textContent()) ?? '';
      expect(text, file.name).toMatch(/Nicht importiert/);
      expect(text, file.name).toMatch(file.message);
      expect(await dialog.locator('li.ok').count(), `${file.name}: nothing imported`).toBe(0);
      await dialog.getByRole('button', { name: 'Schließen' }).click();
      await dialog.waitFor({ state: 'detached' });
      rmSync(path);
    }

    // Nothing reached a prototype, in the page or in what the app keeps.
    expect(
      await page.evaluate(() => ({
        polluted: ({} as Record<string, unknown>).polluted,
        isAdmin: ({} as Record<string, unknown>).isAdmin,
        object: Object.keys(Object.prototype),
        array: Object.keys(Array.prototype),
        fn: Object.keys(Function.prototype),
      })),
    ).toEqual({ polluted: undefined, isAdmin: undefined, object: [], array: [], fn: [] });

    // The app still works and holds exactly what it held.
    expect(await page.getByTestId('storage-usage').textContent()).toContain('3 Bewertungen');
    const after = await exportAll();
    const strip = ({ exportedAt: _at, ...rest }: Backup) => rest;
    const byId = <T extends { id: string }>(list: T[]) =>
      Object.fromEntries(list.map((x) => [x.id, x]));
    expect(byId(after.assessments), 'every saved assessment unchanged').toEqual(
      byId(before.assessments),
    );
    expect(byId(after.firms)).toEqual(byId(before.firms));
    expect(strip(after)).toEqual(strip(before));
    expect(session.errors).toEqual([]);
  });
});
