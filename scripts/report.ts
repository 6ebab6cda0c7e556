// npm run report -- <assessment.json> [<other-questionnaire-assessment.json>] [--lang de|en]
//                   [--date YYYY-MM-DD] --out report.pdf
// Writes the same PDF report as the app's "download report". A second assessment of the other
// portfolio questionnaire (resilience or technology readiness) of the same firm adds the
// portfolio. The date printed is today unless --date is given.
import { writeFileSync } from 'node:fs';
import { readAssessmentText, type Assessment } from '../src/core/records/assessment';
import { portfolioPartner, type PortfolioAxes } from '../src/core/scoring/portfolio';
import { localDay } from '../src/report/generate';
import { generateReportInNode } from '../src/report/node';
import { ensureFont } from './build-font';
import { display, problemLine, readText, takeLang } from './lib/cli';
import { shippedFacts } from './lib/shipped';

const USAGE =
  'usage: npm run report -- <assessment.json> [<other-questionnaire-assessment.json>] [--lang de|en] [--date YYYY-MM-DD] --out report.pdf';

function fail(lines: string[]): never {
  for (const l of lines) console.error(l);
  process.exit(1);
}

function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) fail([`${name} needs a value`, USAGE]);
  args.splice(i, 2);
  return value;
}

function read(file: string, lang: 'de' | 'en'): Assessment {
  let text: string;
  try {
    text = readText(file);
  } catch (e) {
    fail([`${display(file)}: ${(e as Error).message}`]);
  }
  const restored = readAssessmentText(text);
  if (!restored.ok) fail(restored.problems.map((p) => problemLine(file, p, lang)));
  return restored.value;
}

/** Why two assessments cannot make a portfolio, or null if they can. */
export function portfolioMismatch(
  a: Assessment,
  b: Assessment,
  axes: PortfolioAxes | null,
): string | null {
  if (portfolioPartner(axes, a.questionnaire.id) !== b.questionnaire.id)
    return `the two assessments must be one of "${axes?.x ?? '–'}" and one of "${axes?.y ?? '–'}" (found "${a.questionnaire.id}" and "${b.questionnaire.id}")`;
  if ((a.firm?.id ?? null) !== (b.firm?.id ?? null))
    return `the two assessments belong to different firms ("${a.firm?.name ?? '–'}" and "${b.firm?.name ?? '–'}")`;
  return null;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const args = process.argv.slice(2);
  let lang: 'de' | 'en';
  try {
    lang = takeLang(args);
  } catch (e) {
    fail([(e as Error).message, USAGE]);
  }
  const out = takeOption(args, '--out');
  const date = takeOption(args, '--date') ?? localDay(new Date());
  if (!out || args.length < 1 || args.length > 2 || args.some((a) => a.startsWith('--')))
    fail([USAGE]);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(['--date takes YYYY-MM-DD', USAGE]);
  const assessment = read(args[0]!, lang);
  const other = args[1] ? read(args[1], lang) : null;
  const shipped = shippedFacts();
  if (other) {
    const why = portfolioMismatch(assessment, other, shipped.portfolio);
    if (why) fail([`no portfolio: ${why}`]);
  }
  await ensureFont();
  const started = performance.now();
  const report = await generateReportInNode({ assessment, other, shipped, lang, date });
  writeFileSync(out, report.bytes);
  console.log(
    `${display(out)}: ${report.pageCount} pages, ${Math.round(report.bytes.length / 1024)} KiB, ${Math.round(performance.now() - started)} ms`,
  );
}
