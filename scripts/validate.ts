// npm run validate -- [files...] [--lang de|en]
// Checks questionnaires (default: every one in questionnaires/) against questionnaires/profile.json,
// and that file too. One line per problem: file, JSON path, message. Exits 1 if any is invalid.
import { resolve } from 'node:path';
import type { Problem } from '../src/core/common/problems.ts';
import { problem } from '../src/core/common/problems.ts';
import type { ProfileDefinition } from '../src/core/definition/questionnaire.ts';
import {
  definitionKind,
  parseJson,
  validateProfile,
  validateQuestionnaire,
} from '../src/core/definition/validate.ts';
import {
  display,
  PROFILE_FILE,
  problemLine,
  questionnaireFiles,
  readText,
  runCli,
} from './lib/cli.ts';

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

const HELP = {
  de: `Aufruf: npm run validate -- [Dateien …] [--lang de|en]
Prüft Fragebögen gegen questionnaires/profile.json (ohne Dateien: alle in questionnaires/ und
das Profil). Eine Zeile je Problem: Datei, JSON-Pfad, Meldung. Endet mit 1, wenn eine fehlerhaft ist.
  --lang de|en   Sprache der Meldungen (Deutsch, wenn nicht angegeben)
  --help         diese Hilfe`,
  en: `Usage: npm run validate -- [files …] [--lang de|en]
Checks questionnaires against questionnaires/profile.json (without files: every one in
questionnaires/ and the profile). One line per problem: file, JSON path, message. Exits 1 if any
is invalid.
  --lang de|en   language of the messages (German unless given)
  --help         this help`,
};

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  await runCli({ help: HELP, options: {}, files: [0, Infinity] }, (_values, args, lang) => {
    const files = args.length ? args : [PROFILE_FILE, ...questionnaireFiles()];
    const named = new Set(files.map((f) => resolve(f)));
    // The profile is always checked (questionnaires are checked against it); it counts as a
    // file checked only when it was named, or when it has problems.
    const results = validateFiles(files).filter((r) => named.has(r.file) || r.problems.length > 0);
    let invalid = 0;
    for (const { file, problems } of results) {
      if (problems.length) invalid++;
      for (const p of problems) console.log(problemLine(file, p, lang));
    }
    const n = results.length;
    console.log(
      lang === 'de'
        ? `${n} ${n === 1 ? 'Datei' : 'Dateien'} geprüft, ${invalid} fehlerhaft.`
        : `${n} ${n === 1 ? 'file' : 'files'} checked, ${invalid} invalid.`,
    );
    process.exit(invalid ? 1 : 0);
  });
}
