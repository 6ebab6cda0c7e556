// npm run score -- <assessment.json>
// npm run score -- <questionnaire.json> <assessment.json>   (the same answers, another questionnaire)
// Prints the whole scoring result as JSON: unrounded numbers, with the display values beside them.
import { readAssessmentText, scoreInputOf } from '../src/core/records/assessment.ts';
import {
  cutLevel,
  displayOf,
  scoreAssessment,
  type ScoreResult,
} from '../src/core/scoring/scoring.ts';
import { parseJson, validateQuestionnaire } from '../src/core/definition/validate.ts';
import type { Problem } from '../src/core/common/problems.ts';
import type { Lang } from '../src/core/common/text.ts';
import { problemLine, readText, runCli, UserError } from './lib/cli.ts';

export function withDisplay(result: ScoreResult) {
  return {
    ...result,
    overall: { ...result.overall, display: displayOf(result.overall) },
    dimensions: result.dimensions.map((d) => ({
      ...d,
      display: { ...displayOf(d), gap: d.gap === null ? null : cutLevel(d.gap) },
    })),
  };
}

const HELP = {
  de: `Aufruf: npm run score -- [<fragebogen.json>] <bewertung.json> [--lang de|en]
Gibt das Ergebnis der Bewertung als JSON aus: ungerundete Zahlen, daneben die angezeigten Werte.
Mit einer Fragebogendatei werden dieselben Antworten nach diesem Fragebogen bewertet.
  --lang de|en   Sprache der Meldungen (Deutsch, wenn nicht angegeben)
  --help         diese Hilfe`,
  en: `Usage: npm run score -- [<questionnaire.json>] <assessment.json> [--lang de|en]
Prints the scoring result as JSON: unrounded numbers, with the display values beside them. With a
questionnaire file, the same answers are scored against that questionnaire.
  --lang de|en   language of the messages (German unless given)
  --help         this help`,
};

function problems(file: string, list: Problem[], lang: Lang): never {
  throw new UserError(list.map((p) => problemLine(file, p, lang)).join('\n'));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  await runCli({ help: HELP, options: {}, files: [1, 2] }, (_values, args, lang) => {
    const assessmentFile = args[args.length - 1]!;
    const restored = readAssessmentText(readText(assessmentFile));
    if (!restored.ok) problems(assessmentFile, restored.problems, lang);
    const input = scoreInputOf(restored.value);
    if (args.length === 2) {
      const file = args[0]!;
      const parsed = parseJson(readText(file));
      const checked = parsed.ok
        ? validateQuestionnaire(parsed.value, input.profileDefinition ?? null)
        : parsed;
      if (!checked.ok) problems(file, checked.problems, lang);
      input.questionnaire = checked.value;
    }
    console.log(JSON.stringify(withDisplay(scoreAssessment(input)), null, 2));
  });
}
