import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fillTemplate, formatPath, type Problem } from '../../src/core/common/problems.ts';
import type { Lang } from '../../src/core/common/text.ts';
import de from '../../src/i18n/de/problems.json' with { type: 'json' };
import en from '../../src/i18n/en/problems.json' with { type: 'json' };

export const ROOT = join(import.meta.dirname, '..', '..');
export const QUESTIONNAIRE_DIR = join(ROOT, 'questionnaires');
export const PROFILE_FILE = join(QUESTIONNAIRE_DIR, 'profile.json');

const catalogues = { de, en } as const;

export function problemMessage(p: Problem, lang: Lang): string {
  const templates = catalogues[lang] as Record<string, string>;
  const template = templates[p.code] ?? p.code;
  return fillTemplate(template, p.params);
}

export function problemLine(file: string, p: Problem, lang: Lang): string {
  return `${display(file)} ${formatPath(p.path)}: ${problemMessage(p, lang)}`;
}

export function display(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    // Reading a folder fails without naming it: the message needs the name the person gave.
    throw Object.assign(e as Error, { path: (e as { path?: string }).path ?? file });
  }
}

/** Every questionnaire in questionnaires/ (not the profile, not the generated schemas). */
export function questionnaireFiles(): string[] {
  return readdirSync(QUESTIONNAIRE_DIR)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'profile.json')
    .sort()
    .map((f) => join(QUESTIONNAIRE_DIR, f));
}

/** A mistake of the person running the command: one line, exit 1, no stack trace. */
export class UserError extends Error {}

const MESSAGES = {
  de: {
    unknownOption: (o: string) => `Unbekannte Option ${o}.`,
    needsValue: (o: string) => `Die Option ${o} braucht einen Wert.`,
    noValue: (o: string) => `Die Option ${o} nimmt keinen Wert.`,
    tooMany: (n: number) => `Zu viele Dateien angegeben (höchstens ${n}).`,
    tooFew: (n: number) => `Zu wenige Dateien angegeben (mindestens ${n}).`,
    lang: '--lang nimmt de oder en.',
    notFound: (f: string) => `${f}: Datei nicht gefunden.`,
    isDir: (f: string) => `${f}: ist ein Ordner, keine Datei.`,
    noAccess: (f: string) => `${f}: keine Berechtigung.`,
    more: 'Mehr mit --help.',
  },
  en: {
    unknownOption: (o: string) => `Unknown option ${o}.`,
    needsValue: (o: string) => `The option ${o} needs a value.`,
    noValue: (o: string) => `The option ${o} takes no value.`,
    tooMany: (n: number) => `Too many files given (at most ${n}).`,
    tooFew: (n: number) => `Too few files given (at least ${n}).`,
    lang: '--lang takes de or en.',
    notFound: (f: string) => `${f}: file not found.`,
    isDir: (f: string) => `${f}: is a folder, not a file.`,
    noAccess: (f: string) => `${f}: permission denied.`,
    more: 'More with --help.',
  },
} as const;

/** The language asked for (`--lang de|en`, German by default), read before anything else. */
function languageOf(argv: string[]): Lang | null {
  for (const [i, arg] of argv.entries()) {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : null;
    if (value === null) continue;
    return value === 'de' || value === 'en' ? value : null;
  }
  return 'de';
}

/** A file system error about a file the person named, as one line in their language. */
function fileErrorLine(error: unknown, lang: Lang): string | null {
  const { code, path } = (error ?? {}) as { code?: string; path?: string };
  if (!path) return null;
  const m = MESSAGES[lang];
  const file = display(path);
  if (code === 'ENOENT' || code === 'ENOTDIR') return m.notFound(file);
  if (code === 'EISDIR') return m.isDir(file);
  if (code === 'EACCES' || code === 'EPERM') return m.noAccess(file);
  return null;
}

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CliSpec<O extends Options> {
  /** The help text in both languages, shown by --help; its first line is the usage line. */
  help: Record<Lang, string>;
  options: O;
  /** How many file arguments: [at least, at most]. */
  files: [number, number];
}

/**
 * Runs a command-line tool: `--help` prints the help (exit 0); a wrong option, a missing value,
 * a wrong number of files, a missing file or any `UserError` prints one line in the chosen
 * language (exit 1), never a stack trace.
 */
export async function runCli<O extends Options>(
  spec: CliSpec<O>,
  main: (
    values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>['values'],
    files: string[],
    lang: Lang,
  ) => void | Promise<void>,
): Promise<void> {
  const argv = process.argv.slice(2);
  const asked = languageOf(argv);
  const lang = asked ?? 'de';
  const m = MESSAGES[lang];
  const fail = (line: string): never => {
    console.error(line);
    console.error(`${spec.help[lang].split('\n')[0]}\n${m.more}`);
    process.exit(1);
  };
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(spec.help[lang]);
    process.exit(0);
  }
  if (asked === null) fail(`${MESSAGES.de.lang} / ${MESSAGES.en.lang}`);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...spec.options, lang: { type: 'string' } } as O,
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const { code, message } = e as { code?: string; message: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') fail(m.unknownOption(option));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      fail(message.includes('does not take') ? m.noValue(option) : m.needsValue(option));
    fail(message);
  }
  const files = parsed!.positionals;
  const [least, most] = spec.files;
  if (files.length > most) fail(m.tooMany(most));
  if (files.length < least) fail(m.tooFew(least));
  try {
    await main(parsed!.values, files, lang);
  } catch (e) {
    if (e instanceof UserError) fail(e.message);
    const line = fileErrorLine(e, lang);
    if (line) fail(line);
    throw e;
  }
}
