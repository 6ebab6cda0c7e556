// Build-time catalogue of the shipped questionnaires. Every file in questionnaires/ is validated
// here (a broken one fails the build with its problems), normalised (defaults filled in), and
// emitted as its own lazily loaded module; the start page gets only titles and counts.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { definitionHash } from '../src/core/records/packing.ts';
import { formatPath, type Problem } from '../src/core/common/problems.ts';
import type { ProfileDefinition, Questionnaire } from '../src/core/definition/questionnaire.ts';
import {
  parseJson,
  validateProfile,
  validateQuestionnaire,
} from '../src/core/definition/validate.ts';

const CATALOG = 'virtual:questionnaires';
const ONE = 'virtual:questionnaire/';
const KNOWN_HASHES = fileURLToPath(
  new URL('../src/core/definition/known-hashes.ts', import.meta.url),
);
const CORE = fileURLToPath(new URL('../src/core/', import.meta.url));
const ZOD = fileURLToPath(new URL('../node_modules/zod/package.json', import.meta.url));

/**
 * Names the checks a definition passes (src/core and the zod version): a stored definition that
 * checks of the same name accepted is not checked again (see storage/validated.ts).
 */
function validationId(): string {
  const hash = createHash('sha256');
  const files = readdirSync(CORE, { recursive: true, encoding: 'utf8' });
  for (const f of files.sort())
    if (f.endsWith('.ts')) hash.update(f + '\0' + readFileSync(join(CORE, f), 'utf8'));
  hash.update((JSON.parse(readFileSync(ZOD, 'utf8')) as { version: string }).version);
  return hash.digest('hex').slice(0, 16);
}

function fail(file: string, problems: Problem[]): never {
  const lines = problems.map(
    (p) => `  ${formatPath(p.path)}: ${p.code} ${JSON.stringify(p.params)}`,
  );
  throw new Error(
    `questionnaires/${file} is invalid (npm run validate says more):\n${lines.join('\n')}`,
  );
}

function withoutSchemaKey<T extends { $schema?: string | undefined }>(
  value: T,
): Omit<T, '$schema'> {
  const { $schema: _schema, ...rest } = value;
  return rest;
}

export function loadShipped(dir: string): {
  profile: ProfileDefinition;
  questionnaires: Questionnaire[];
} {
  const read = (file: string) => {
    const parsed = parseJson(readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) fail(file, parsed.problems);
    return parsed.value;
  };
  const profileResult = validateProfile(read('profile.json'));
  if (!profileResult.ok) fail('profile.json', profileResult.problems);
  const profile = profileResult.value;
  const questionnaires = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'profile.json')
    .sort()
    .map((file) => {
      const result = validateQuestionnaire(read(file), profile);
      if (!result.ok) fail(file, result.problems);
      return result.value;
    });
  const seen = new Set<string>();
  for (const q of questionnaires) {
    if (seen.has(q.id))
      throw new Error(`Two questionnaires in questionnaires/ have the id "${q.id}".`);
    seen.add(q.id);
  }
  return {
    profile: withoutSchemaKey(profile) as ProfileDefinition,
    questionnaires: questionnaires.map((q) => withoutSchemaKey(q) as Questionnaire),
  };
}

export function questionnairesPlugin(dir: string): Plugin {
  return {
    name: 'itas-questionnaires',
    resolveId(id) {
      if (id === CATALOG || id.startsWith(ONE)) return '\0' + id;
      return null;
    },
    load(id) {
      if (!id.startsWith('\0virtual:questionnaire')) return null;
      for (const f of readdirSync(dir)) this.addWatchFile(join(dir, f));
      const { profile, questionnaires } = loadShipped(dir);
      if (id === '\0' + CATALOG) {
        const listed = questionnaires.filter((q) => q.listed);
        // Each module's object is exactly what is hashed here: saves need not hash it again.
        const loader = (q: Questionnaire) =>
          `() => import(${JSON.stringify(ONE + q.id)}).then((m) => (remember(m.default, ${JSON.stringify(definitionHash(q))}), m.default))`;
        const entries = listed.map((q) => {
          const questions = q.dimensions
            .flatMap((d) => d.questions)
            .filter((x) => x.type !== 'text');
          const summary = {
            id: q.id,
            version: q.version,
            title: q.title,
            description: q.description,
            minutes: q.minutes,
            ...(q.portfolioAxis ? { portfolioAxis: q.portfolioAxis } : {}),
            dimensionCount: q.dimensions.length,
            questionCount: questions.length,
            // Asked of everyone; the rest only after certain answers (see README, "Counts").
            askedAlways: questions.filter((x) => !x.visibleIf).length,
          };
          return `{ ...${JSON.stringify(summary)}, load: ${loader(q)} }`;
        });
        // The definitions validated here, by content hash: storage takes these for an assessment
        // that refers to them, instead of its stored copies.
        const shipped = [
          `${JSON.stringify(definitionHash(profile))}: () => Promise.resolve(profileDefinition)`,
          ...listed.map((q) => `${JSON.stringify(definitionHash(q))}: ${loader(q)}`),
        ];
        return [
          `import { rememberDefinitionHash as remember } from ${JSON.stringify(KNOWN_HASHES)};`,
          `export const profileDefinition = ${JSON.stringify(profile)};`,
          `remember(profileDefinition, ${JSON.stringify(definitionHash(profile))});`,
          `export const catalog = [${entries.join(',\n')}];`,
          `export const shippedDefinitions = { ${shipped.join(',\n')} };`,
          `export const validationId = ${JSON.stringify(validationId())};`,
          '',
        ].join('\n');
      }
      const q = questionnaires.find((x) => '\0' + ONE + x.id === id);
      if (!q) throw new Error(`No questionnaire with the id ${id.slice(ONE.length + 1)}`);
      return `export default ${JSON.stringify(q)};\n`;
    },
  };
}
