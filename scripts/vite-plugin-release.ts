// The release the build is: the version in package.json must be the newest entry of
// CHANGELOG.md (the build fails otherwise), and the hosted edition gets `version.json` with that
// entry's "what is new" line in both languages, for the update notice of an older copy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export interface Release {
  version: string;
  date: string;
  whatsNew: { de: string; en: string };
}

/** The newest entry of a changelog in the Keep a Changelog format, with its `de:`/`en:` lines. */
export function newestRelease(changelog: string): Release {
  const heading = /^## \[(\d+\.\d+\.\d+[^\]]*)\] - (\d{4}-\d{2}-\d{2})\s*$/m.exec(changelog);
  if (!heading) throw new Error('CHANGELOG.md has no entry "## [x.y.z] - YYYY-MM-DD"');
  const rest = changelog.slice(heading.index + heading[0].length);
  const body = rest.slice(0, rest.search(/^## /m) === -1 ? undefined : rest.search(/^## /m));
  const line = (lang: 'de' | 'en') => {
    const found = new RegExp(`^- ${lang}: (.+)$`, 'm').exec(body);
    if (!found) throw new Error(`CHANGELOG.md [${heading[1]}] has no "- ${lang}:" line`);
    return found[1]!.trim();
  };
  return { version: heading[1]!, date: heading[2]!, whatsNew: { de: line('de'), en: line('en') } };
}

export function releasePlugin(root: string, options: { emit: boolean }): Plugin {
  const read = () => {
    const release = newestRelease(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'));
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      version: string;
    };
    if (release.version !== version)
      throw new Error(
        `package.json says ${version}, CHANGELOG.md's newest entry ${release.version}: add the entry`,
      );
    return release;
  };
  return {
    name: 'itas-release',
    buildStart() {
      read();
    },
    generateBundle() {
      if (!options.emit) return;
      this.emitFile({ type: 'asset', fileName: 'version.json', source: JSON.stringify(read()) });
    },
  };
}
