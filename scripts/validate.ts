// npm run validate -- [files...] [--lang de|en]
// Checks questionnaires (default: every one in questionnaires/) against questionnaires/profile.json,
// and that file too. One line per problem: file, JSON path, message. Exits 1 if any is invalid.
import { resolve } from 'node:path';
import type { Problem } from '../src/core/common/problems';
import { problem } from '../src/core/common/problems';
import type { ProfileDefinition } from '../src/core/definition/questionnaire';
import {
  definitionKind,
  parseJson,
  validateProfile,
  validateQuestionnaire,
} from '../src/core/definition/validate';
import {
  display,
  PROFILE_FILE,
  problemLine,
  questionnaireFiles,
  readText,
  takeLang,
} from './lib/cli';

function read(file: string): { data?: unknown; problems: Problem[] } {
  let text: string;
  try {
    text = readText(file);
  } catch (e) {
    return { problems: [problem('file_read', [], { detail: (e as Error).message })] };
  }
  const parsed = parseJson(text);
  return parsed.ok ? { data: parsed.value, problems: [] } : { problems: parsed.problems };
}

export function validateFiles(files: string[]): { file: string; problems: Problem[] }[] {
  const results: { file: string; problems: Problem[] }[] = [];
  const profileRead = read(PROFILE_FILE);
  let profile: ProfileDefinition | null = null;
  if (profileRead.data !== undefined) {
    const checked = validateProfile(profileRead.data);
    if (checked.ok) profile = checked.value;
    else profileRead.problems.push(...checked.problems);
  }
  results.push({ file: PROFILE_FILE, problems: profileRead.problems });

  const ids = new Map<string, string>();
  const axes = new Map<string, string>();
  for (const file of files.map((f) => resolve(f))) {
    if (file === PROFILE_FILE) continue;
    const { data, problems } = read(file);
    const id = (data as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string' && definitionKind(data) === 'questionnaire') {
      const first = ids.get(id);
      if (first)
        problems.push(problem('duplicate_questionnaire', ['id'], { id, file: display(first) }));
      else ids.set(id, file);
      // One listed questionnaire per portfolio axis: the portfolio pairs them by this field.
      const { portfolioAxis: axis, listed } = data as { portfolioAxis?: unknown; listed?: unknown };
      if (typeof axis === 'string' && listed !== false) {
        const taken = axes.get(axis);
        if (taken)
          problems.push(
            problem('duplicate_portfolio_axis', ['portfolioAxis'], { axis, file: display(taken) }),
          );
        else axes.set(axis, file);
      }
    }
    if (data !== undefined) {
      const kind = definitionKind(data);
      if (kind === null) problems.push(problem('not_a_definition', []));
      else {
        const checked =
          kind === 'profile' ? validateProfile(data) : validateQuestionnaire(data, profile);
        if (!checked.ok) problems.push(...checked.problems);
        if (kind === 'questionnaire' && !profile) {
          problems.push(problem('profile_invalid', [], { file: display(PROFILE_FILE) }));
        }
      }
    }
    results.push({ file, problems });
  }
  return results;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const args = process.argv.slice(2);
  const lang = takeLang(args);
  const files = args.length ? args : questionnaireFiles();
  const results = validateFiles(files);
  let invalid = 0;
  for (const { file, problems } of results) {
    if (problems.length) invalid++;
    for (const p of problems) console.log(problemLine(file, p, lang));
  }
  console.log(
    lang === 'de'
      ? `${results.length} Dateien geprüft, ${invalid} fehlerhaft.`
      : `${results.length} files checked, ${invalid} invalid.`,
  );
  process.exit(invalid ? 1 : 0);
}
