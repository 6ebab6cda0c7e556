// The licence notices of the third-party software the app ships: every runtime dependency (and
// theirs, type packages left out) and the report's font, as one plain text that "About &
// privacy" shows in both editions (virtual:licences, loaded when asked for). Each package keeps
// its own copyright lines; a licence text that several packages share is printed once.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:licences';

interface Package {
  name: string;
  version: string;
  licence: string;
  text: string;
}

function packageDir(name: string, from: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

function readPackage(dir: string): Package & { dependencies: string[] } {
  const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: string;
    dependencies?: Record<string, string>;
  };
  const files = readdirSync(dir)
    .filter((f) => /^(licen[cs]e|copying|notice)(\.(md|txt))?$/i.test(f))
    .sort();
  const text = files.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n');
  return {
    name: json.name,
    version: json.version,
    licence: json.license ?? 'see text',
    text,
    dependencies: Object.keys(json.dependencies ?? {}),
  };
}

/** The packages the app's code may bring, from package.json's dependencies down. */
export function shippedPackages(root: string): Package[] {
  const seen = new Map<string, Package>();
  const visit = (name: string, from: string) => {
    if (name.startsWith('@types/')) return; // types only: nothing of them is built
    const dir = packageDir(name, from);
    if (!dir) return;
    const pkg = readPackage(dir);
    const key = `${pkg.name}@${pkg.version}`;
    if (seen.has(key)) return;
    seen.set(key, pkg);
    for (const d of pkg.dependencies) visit(d, dir);
  };
  const app = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  for (const name of Object.keys(app.dependencies)) visit(name, root);
  // The report's font is embedded from a build-time package (scripts/build-font.ts).
  visit('dejavu-fonts-ttf', root);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const MIT_TITLE = /^\(?(the )?mit licen[cs]e( \(mit\))?\)?\s*/i;

const isCopyright = (line: string) => /^\s*(copyright\b|\(c\)|©)/i.test(line);

/** The notices as one text: per package its copyright lines, each licence text once. */
export function licenceText(root: string): string {
  const packages = shippedPackages(root);
  const bodies = new Map<string, string>(); // normalised body → label
  const texts: string[] = [];
  const entries = packages.map((p) => {
    const lines = p.text.split('\n');
    const copyright = lines.filter(isCopyright).map((l) => l.trim());
    const body = lines
      .filter((l) => !isCopyright(l))
      .join('\n')
      .trim();
    // "MIT License", "The MIT License (MIT)" and "(The MIT License)" head the same text.
    const key = body.replace(MIT_TITLE, '').replace(/\s+/g, ' ');
    let label = bodies.get(key);
    if (!label && body) {
      label = `[${bodies.size + 1}]`;
      bodies.set(key, label);
      texts.push(`${label} ${p.licence}\n\n${body}`);
    }
    return [
      `${p.name} ${p.version} (${p.licence})`,
      ...copyright,
      label ? `Licence text: ${label}` : 'No licence text in the package.',
    ].join('\n');
  });
  return [
    'Third-party software shipped with the ITAS Transformations-Check',
    '',
    entries.join('\n\n'),
    '',
    '---- Licence texts ----',
    '',
    texts.join('\n\n----\n\n'),
    '',
  ].join('\n');
}

export function licencesPlugin(root: string): Plugin {
  const resolved = '\0' + ID;
  return {
    name: 'itas-licences',
    resolveId: (id) => (id === ID ? resolved : null),
    load: (id) => (id === resolved ? `export default ${JSON.stringify(licenceText(root))};` : null),
  };
}
