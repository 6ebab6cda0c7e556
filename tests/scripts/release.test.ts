// The release facts the build checks and ships: the changelog's newest entry matches
// package.json, its "what is new" line exists in both languages, and the licence notices cover
// every runtime dependency and the report's font.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { licenceText, shippedPackages } from '../../scripts/vite-plugin-licences';
import { newestRelease } from '../../scripts/vite-plugin-release';
import { ROOT } from '../support/helpers';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};

describe('the changelog', () => {
  it('has the version of package.json as its newest entry, with what is new in both languages', () => {
    const release = newestRelease(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'));
    expect(release.version).toBe(pkg.version);
    expect(release.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(release.whatsNew.de.length).toBeGreaterThan(20);
    expect(release.whatsNew.en.length).toBeGreaterThan(20);
  });

  it('reads the newest entry only, and refuses one without its language lines', () => {
    const text = [
      '# Changelog',
      '## [1.2.0] - 2027-01-02',
      '- de: Neu',
      '- en: New',
      '## [1.1.0] - 2026-12-01',
      '- de: Alt',
      '- en: Old',
    ].join('\n');
    expect(newestRelease(text)).toEqual({
      version: '1.2.0',
      date: '2027-01-02',
      whatsNew: { de: 'Neu', en: 'New' },
    });
    expect(() =>
      newestRelease('## [1.2.0] - 2027-01-02\n- de: Neu\n## [1.1.0] - 2026-12-01\n- en: Old'),
    ).toThrow(/no "- en:" line/);
    expect(() => newestRelease('# Changelog')).toThrow(/no entry/);
  });
});

describe('the licence notices', () => {
  const text = licenceText(ROOT);
  it('name every runtime dependency with its version, and the report font', () => {
    const names = shippedPackages(ROOT).map((p) => p.name);
    for (const dep of Object.keys(pkg.dependencies)) expect(names, dep).toContain(dep);
    expect(
      names.some((n) => n.startsWith('@types/')),
      'type packages are not shipped',
    ).toBe(false);
    for (const p of shippedPackages(ROOT)) expect(text).toContain(`${p.name} ${p.version}`);
    expect(text).toContain('Bitstream Vera');
  });

  it('keep each package’s copyright lines and print a shared licence text once', () => {
    const react = readFileSync(join(ROOT, 'node_modules/react/LICENSE'), 'utf8');
    const copyright = react.split('\n').find((l) => /^Copyright/.test(l))!;
    expect(text).toContain(copyright.trim());
    const permission = 'Permission is hereby granted, free of charge';
    const mitUsers = shippedPackages(ROOT).filter((p) => p.text.includes(permission)).length;
    const printed = text.split(permission).length - 1;
    expect(mitUsers).toBeGreaterThan(5);
    expect(printed, 'the MIT text is not repeated per package').toBeLessThan(mitUsers / 2);
  });
});
