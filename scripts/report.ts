// npm run report -- <assessment.json> [<other-questionnaire-assessment.json>] [--lang de|en]
//                   [--date YYYY-MM-DD] --out report.pdf
// Writes the same PDF report as the app's "download report". A second assessment of the other
// portfolio questionnaire (resilience or technology readiness) of the same firm adds the
// portfolio. The date printed is today unless --date is given.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Lang } from '../src/core/common/text.ts';
import { readAssessmentText, type Assessment } from '../src/core/records/assessment.ts';
import { portfolioPartner, type PortfolioAxes } from '../src/core/scoring/portfolio.ts';
import { localDay } from '../src/report/generate.ts';
import { generateReportInNode } from '../src/report/node.ts';
import { ensureFont } from './build-font.ts';
import { display, problemLine, readText, runCli, UserError } from './lib/cli.ts';
import { shippedFacts } from './lib/shipped.ts';

const HELP = {
  de: `Aufruf: npm run report -- <bewertung.json> [<bewertung-anderer-fragebogen.json>] --out bericht.pdf [--lang de|en] [--date JJJJ-MM-TT]
Schreibt denselben PDF-Bericht wie „Bericht herunterladen“ in der App. Eine zweite Bewertung
desselben Unternehmens mit dem anderen Portfolio-Fragebogen fügt das Portfolio hinzu.
  --out <datei>        wohin der Bericht geschrieben wird (der Ordner muss bestehen)
  --lang de|en         Sprache des Berichts (Deutsch, wenn nicht angegeben)
  --date JJJJ-MM-TT    das Datum auf dem Bericht (heute, wenn nicht angegeben)
  --help               diese Hilfe`,
  en: `Usage: npm run report -- <assessment.json> [<other-questionnaire-assessment.json>] --out report.pdf [--lang de|en] [--date YYYY-MM-DD]
Writes the same PDF report as the app's "download report". A second assessment of the same firm
with the other portfolio questionnaire adds the portfolio.
  --out <file>         where the report is written (its folder must exist)
  --lang de|en         language of the report (German unless given)
  --date YYYY-MM-DD    the date printed on the report (today unless given)
  --help               this help`,
};

const TEXTS = {
  de: {
    out: 'Die Option --out fehlt: wohin soll der Bericht?',
    outDir: (d: string) => `Der Ordner ${d} für --out besteht nicht.`,
    date: (d: string) => `--date „${d}“ ist kein Tag im Format JJJJ-MM-TT.`,
    portfolio: (why: string) => `Kein Portfolio: ${why}`,
    pair: (x: string, y: string, a: string, b: string) =>
      `Die zwei Bewertungen müssen je eine von „${x}“ und „${y}“ sein (gefunden: „${a}“ und „${b}“).`,
    firms: (a: string, b: string) =>
      `Die zwei Bewertungen gehören zu verschiedenen Unternehmen („${a}“ und „${b}“).`,
    written: (f: string, pages: number, kib: number, ms: number) =>
      `${f}: ${pages} Seiten, ${kib} KiB, ${ms} ms`,
  },
  en: {
    out: 'The option --out is missing: where should the report go?',
    outDir: (d: string) => `The folder ${d} for --out does not exist.`,
    date: (d: string) => `--date "${d}" is not a day in the form YYYY-MM-DD.`,
    portfolio: (why: string) => `No portfolio: ${why}`,
    pair: (x: string, y: string, a: string, b: string) =>
      `the two assessments must be one of "${x}" and one of "${y}" (found "${a}" and "${b}").`,
    firms: (a: string, b: string) =>
      `the two assessments belong to different firms ("${a}" and "${b}").`,
    written: (f: string, pages: number, kib: number, ms: number) =>
      `${f}: ${pages} pages, ${kib} KiB, ${ms} ms`,
  },
} as const;

/** A real calendar day in the form YYYY-MM-DD (2026-13-45 is none). */
export function isDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

function read(file: string, lang: Lang): Assessment {
  const restored = readAssessmentText(readText(file));
  if (!restored.ok)
    throw new UserError(restored.problems.map((p) => problemLine(file, p, lang)).join('\n'));
  return restored.value;
}

/** Why two assessments cannot make a portfolio, or null if they can. */
export function portfolioMismatch(
  a: Assessment,
  b: Assessment,
  axes: PortfolioAxes | null,
  lang: Lang = 'en',
): string | null {
  const t = TEXTS[lang];
  if (portfolioPartner(axes, a.questionnaire.id) !== b.questionnaire.id)
    return t.pair(axes?.x ?? '–', axes?.y ?? '–', a.questionnaire.id, b.questionnaire.id);
  if ((a.firm?.id ?? null) !== (b.firm?.id ?? null))
    return t.firms(a.firm?.name ?? '–', b.firm?.name ?? '–');
  return null;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const options = { out: { type: 'string' }, date: { type: 'string' } } as const;
  await runCli({ help: HELP, options, files: [1, 2] }, async (values, files, lang) => {
    const t = TEXTS[lang];
    const out = values.out;
    if (!out) throw new UserError(t.out);
    if (!existsSync(dirname(resolve(out))))
      throw new UserError(t.outDir(display(dirname(resolve(out)))));
    const date = values.date ?? localDay(new Date());
    if (!isDay(date)) throw new UserError(t.date(date));
    const assessment = read(files[0]!, lang);
    const other = files[1] ? read(files[1], lang) : null;
    const shipped = shippedFacts();
    if (other) {
      const why = portfolioMismatch(assessment, other, shipped.portfolio, lang);
      if (why) throw new UserError(t.portfolio(why));
    }
    await ensureFont();
    const started = performance.now();
    const report = await generateReportInNode({ assessment, other, shipped, lang, date });
    writeFileSync(out, report.bytes);
    console.log(
      t.written(
        display(out),
        report.pageCount,
        Math.round(report.bytes.length / 1024),
        Math.round(performance.now() - started),
      ),
    );
  });
}
