// npm run score -- <assessment.json>
// npm run score -- <questionnaire.json> <assessment.json>   (the same answers, another questionnaire)
// Prints the whole scoring result as JSON: unrounded numbers, with the display values beside them.
import { readAssessmentText, scoreInputOf } from '../src/core/records/assessment';
import {
  cutLevel,
  displayOf,
  scoreAssessment,
  type ScoreResult,
} from '../src/core/scoring/scoring';
import { parseJson, validateQuestionnaire } from '../src/core/definition/validate';
import { problemLine, readText, takeLang } from './lib/cli';

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

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const args = process.argv.slice(2);
  const lang = takeLang(args);
  if (args.length < 1 || args.length > 2) {
    fail(['usage: npm run score -- [<questionnaire.json>] <assessment.json>']);
  }
  const assessmentFile = args[args.length - 1]!;
  const restored = readAssessmentText(readText(assessmentFile));
  if (!restored.ok) fail(restored.problems.map((p) => problemLine(assessmentFile, p, lang)));
  const input = scoreInputOf(restored.value);
  if (args.length === 2) {
    const file = args[0]!;
    const parsed = parseJson(readText(file));
    const checked = parsed.ok
      ? validateQuestionnaire(parsed.value, input.profileDefinition ?? null)
      : parsed;
    if (!checked.ok) fail(checked.problems.map((p) => problemLine(file, p, lang)));
    input.questionnaire = checked.value;
  }
  console.log(JSON.stringify(withDisplay(scoreAssessment(input)), null, 2));
}
