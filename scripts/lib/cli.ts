import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fillTemplate, formatPath, type Problem } from '../../src/core/common/problems';
import type { Lang } from '../../src/core/common/text';
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
  return readFileSync(file, 'utf8');
}

/** Every questionnaire in questionnaires/ (not the profile, not the generated schemas). */
export function questionnaireFiles(): string[] {
  return readdirSync(QUESTIONNAIRE_DIR)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'profile.json')
    .sort()
    .map((f) => join(QUESTIONNAIRE_DIR, f));
}

/** `--lang de|en` (German by default), removed from the arguments. */
export function takeLang(args: string[]): Lang {
  const i = args.indexOf('--lang');
  if (i === -1) return 'de';
  const value = args[i + 1];
  args.splice(i, 2);
  if (value !== 'de' && value !== 'en') throw new Error('--lang takes de or en');
  return value;
}
