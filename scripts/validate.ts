// npm run validate -- [files...] [--lang de|en]
// Checks questionnaires (default: every one in questionnaires/) against questionnaires/profile.json,
// and that file too. One line per problem: file, JSON path, message. Exits 1 if any is invalid.
import { resolve } from 'node:path';
import type { Problem } from '../src/core/common/problems.ts';
import { problem } from '../src/core/common/problems.ts';
import type { ProfileDefinition, Questionnaire } from '../src/core/definition/questionnaire.ts';
import {
  definitionKind,
  definitionWarnings,
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

interface FileResult {
  file: string;
  problems: Problem[];
  /** Valid but probably a slip (the same text twice); printed, not counted as invalid. */
  warnings: Problem[];
}

export function validateFiles(files: string[]): FileResult[] {
  const results: FileResult[] = [];
  const profileRead = read(PROFILE_FILE);
  let profile: ProfileDefinition | null = null;
  if (profileRead.data !== undefined) {
    const checked = validateProfile(profileRead.data);
    if (checked.ok) profile = checked.value;
    else profileRead.problems.push(...checked.problems);
  }
  results.push({
    file: PROFILE_FILE,
    problems: profileRead.problems,
    warnings: profile ? definitionWarnings(profile) : [],
  });
  const valid = new Map<string, { questionnaire: Questionnaire; result: FileResult }>();

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
    const result: FileResult = { file, problems, warnings: [] };
    if (data !== undefined) {
      const kind = definitionKind(data);
      if (kind === null) problems.push(problem('not_a_definition', []));
      else if (kind === 'profile') {
        const checked = validateProfile(data);
        if (checked.ok) result.warnings = definitionWarnings(checked.value);
        else problems.push(...checked.problems);
      } else {
        const checked = validateQuestionnaire(data, profile);
        if (checked.ok) {
          result.warnings = definitionWarnings(checked.value);
          valid.set(checked.value.id, { questionnaire: checked.value, result });
        } else problems.push(...checked.problems);
        if (!profile)
          problems.push(problem('profile_invalid', [], { file: display(PROFILE_FILE) }));
      }
    }
    results.push(result);
  }
  // A question said to have moved to another questionnaire checked here must be found there.
  for (const { questionnaire, result } of valid.values())
    (questionnaire.revisions ?? []).forEach((revision, ri) =>
      revision.questions.forEach((change, ci) => {
        const to = change.movedTo && valid.get(change.movedTo.questionnaire)?.questionnaire;
        if (
          !to ||
          to.dimensions.some((d) => d.questions.some((x) => x.id === change.movedTo!.question))
        )
          return;
        result.problems.push(
          problem('revision_moved_unknown', ['revisions', ri, 'questions', ci, 'movedTo'], {
            id: change.id,
            ...change.movedTo!,
          }),
        );
      }),
    );
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
    const results = validateFiles(files).filter(
      (r) => named.has(r.file) || r.problems.length > 0 || r.warnings.length > 0,
    );
    let invalid = 0;
    for (const { file, problems, warnings } of results) {
      if (problems.length) invalid++;
      for (const p of problems) console.log(problemLine(file, p, lang));
      for (const p of warnings) console.log(problemLine(file, p, lang));
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
