// The direction of imports is held by lint (eslint.config.js). Each case plants one forbidden
// import into a file of the layer (linted as if it stood there, beside the real code) and expects
// lint to refuse it with the rule that guards it; the same file without that import passes, so
// the refusal comes from the planted line alone. A rule that silently stopped working fails here.
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/helpers';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function ruleIdsOf(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const RESTRICTED = 'import-x/no-restricted-paths';

// [layer file, planted import, rule expected]
const planted: [string, string, string][] = [
  ['src/core/scoring/probe.ts', "import '../../state/clock';", RESTRICTED],
  ['src/core/scoring/probe.ts', "import '../../navigation/routes';", RESTRICTED],
  ['src/core/scoring/probe.ts', "import 'react';", 'no-restricted-imports'],
  ['src/core/scoring/probe.ts', "import 'i18next';", 'no-restricted-imports'],
  // zod only through core/common/zod.ts, which turns off its eval (the CSP forbids it).
  ['src/core/common/probe.ts', "import { z } from 'zod';", 'no-restricted-imports'],
  ['src/ui/probe.tsx', "import '../core/common/text';", RESTRICTED],
  ['src/ui/probe.tsx', "import '../state/clock';", RESTRICTED],
  ['src/ui/probe.tsx', "import '../storage/keys';", RESTRICTED],
  ['src/ui/probe.tsx', "import '../transfer/download';", RESTRICTED],
  ['src/ui/probe.tsx', "import '../app/App';", RESTRICTED],
  ['src/ui/probe.tsx', "import '../features/start/StartPage';", RESTRICTED],
  ['src/state/probe.ts', "import '../features/start/StartPage';", RESTRICTED],
  ['src/state/probe.ts', "import '../app/App';", RESTRICTED],
  ['src/state/probe.ts', "import '../ui/Dialog';", RESTRICTED],
  ['src/storage/probe.ts', "import '../state/clock';", RESTRICTED],
  ['src/storage/probe.ts', "import '../features/start/StartPage';", RESTRICTED],
  ['src/storage/probe.ts', "import '../app/App';", RESTRICTED],
  ['src/storage/probe.ts', "import '../ui/Dialog';", RESTRICTED],
  ['src/transfer/probe.ts', "import '../state/clock';", RESTRICTED],
  ['src/report/probe.ts', "import '../features/start/StartPage';", RESTRICTED],
  ['src/report/probe.ts', "import '../state/clock';", RESTRICTED],
  ['src/report/probe.ts', "import '../storage/keys';", RESTRICTED],
  ['src/report/probe.ts', "import '../app/App';", RESTRICTED],
  ['src/navigation/probe.ts', "import '../features/start/StartPage';", RESTRICTED],
  ['src/features/answer/probe.tsx', "import '../results/ResultsPage';", RESTRICTED],
  ['src/features/shared/probe.tsx', "import '../answer/AnswerPage';", RESTRICTED],
  ['src/features/start/probe.tsx', "import '../../app/App';", RESTRICTED],
  ['src/features/start/probe.tsx', "import '../../storage/keys';", RESTRICTED],
  ['src/i18n/probe.ts', "import '../app/App';", RESTRICTED],
  ['scripts/probe.ts', "import '../src/features/start/StartPage';", RESTRICTED],
  ['scripts/probe.ts', "import '../src/state/clock';", RESTRICTED],
];

describe('lint holds the direction of imports', () => {
  it.each(planted)('%s: %s is refused', async (file, line, rule) => {
    const clean = await ruleIdsOf(file, 'export const probe = 1;\n');
    expect(clean, `${file} alone passes`).toEqual([]);
    const ids = await ruleIdsOf(file, `${line}\nexport const probe = 1;\n`);
    expect(ids, `${line} in ${file}`).toContain(rule);
  });

  it('allows what the direction allows', async () => {
    const allowed: [string, string][] = [
      ['src/features/answer/probe.tsx', "import '../shared/LoadState';"],
      ['src/features/answer/probe.tsx', "import '../../state/clock';"],
      ['src/features/answer/probe.tsx', "import '../../navigation/routes';"],
      ['src/state/probe.ts', "import '../storage/keys';"],
      [
        'src/core/scoring/probe.ts',
        "import { z } from '../common/zod.ts';\nexport const s = z.string();",
      ],
    ];
    for (const [file, line] of allowed)
      expect(await ruleIdsOf(file, `${line}\nexport const probe = 1;\n`), line).toEqual([]);
    const main = readFileSync(join(ROOT, 'src/main.tsx'), 'utf8');
    expect(await ruleIdsOf('src/main.tsx', main), 'main.tsx may import the app').toEqual([]);
  });

  it('asks for file extensions where the config loader reads the code', async () => {
    for (const file of ['src/core/common/probe.ts', 'scripts/probe.ts']) {
      const ids = await ruleIdsOf(file, "export { z } from './zod';\n");
      expect(ids, `${file} without an extension`).toContain('import-x/extensions');
    }
    expect(
      await ruleIdsOf('src/core/common/probe.ts', "export { z } from './zod.ts';\n"),
      'with it',
    ).toEqual([]);
  });

  it('refuses an import cycle', async () => {
    // records/assessment imports common/problems on disk; problems importing it back closes a circle.
    const file = 'src/core/common/problems.ts';
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(await ruleIdsOf(file, text), 'the file as it is').toEqual([]);
    const ids = await ruleIdsOf(file, `import '../records/assessment.ts';\n${text}`);
    expect(ids).toContain('import-x/no-cycle');
  });
});
