import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The direction of flow (../shared/STYLE.md), from the bottom up: core ← storage ← transfer ←
// state ← features ← app ← main.tsx, with navigation, i18n, ui and report beside them. Each zone
// names what a layer may not import; tests/scripts/lint-boundaries.test.ts plants one import per
// zone and expects lint to refuse it.
const src = (dir) => `./src/${dir}`;
const zone = (target, from, message, except) => ({
  target,
  from: from.map(src),
  message,
  ...(except ? { except } : {}),
});
const featureFolders = readdirSync(join(import.meta.dirname, 'src/features'), {
  withFileTypes: true,
})
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const belowApp = readdirSync(join(import.meta.dirname, 'src'), { withFileTypes: true })
  .filter((d) => d.name !== 'app' && d.name !== 'main.tsx')
  .map((d) => src(d.name));

export const boundaryZones = [
  zone(src('features'), ['storage'], 'Screens call actions in src/state; the actions own storage.'),
  zone(src('core'), [''], 'src/core imports only zod and itself.', ['./core']),
  zone(
    src('ui'),
    ['core', 'state', 'storage', 'transfer', 'report', 'navigation', 'features', 'app'],
    'src/ui holds primitives without domain knowledge: pass data in as props (domain-aware controls live in features/shared).',
  ),
  zone(
    src('storage'),
    ['state', 'transfer', 'report', 'navigation', 'ui', 'features', 'app'],
    'src/storage knows records, not who uses them.',
  ),
  zone(
    src('transfer'),
    ['state', 'navigation', 'ui', 'features', 'app'],
    'src/transfer reads and writes files; what it needs comes in as parameters.',
  ),
  zone(
    src('state'),
    ['navigation', 'ui', 'features', 'app'],
    'src/state owns data and side effects; screens call it, not the other way round.',
  ),
  zone(
    src('report'),
    ['storage', 'transfer', 'state', 'navigation', 'ui', 'features', 'app'],
    'src/report draws the report model; it reads nothing itself.',
  ),
  zone(
    src('navigation'),
    ['storage', 'transfer', 'state', 'report', 'ui', 'features', 'app'],
    'src/navigation knows addresses, not screens.',
  ),
  zone(
    src('i18n'),
    ['transfer', 'state', 'report', 'navigation', 'ui', 'features', 'app'],
    'src/i18n holds texts and the language.',
  ),
  ...featureFolders.map((name) =>
    zone(
      src(`features/${name}`),
      ['features'],
      name === 'shared'
        ? 'features/shared serves every feature and imports none.'
        : 'A feature does not import another feature: move what both need to features/shared or below.',
      name === 'shared' ? ['./shared'] : [`./${name}`, './shared'],
    ),
  ),
  zone(belowApp, ['app'], 'Only src/main.tsx imports src/app.'),
  zone('./scripts', ['features', 'state'], 'Command-line tools run core and report, not screens.'),
];

// What core may import from packages: zod alone, and that through common/zod.ts, which sets it
// up for the Content-Security-Policy (no eval).
const coreOnlyZod = {
  patterns: [
    {
      regex: '^(?!zod$|\\.)',
      message: 'src/core imports only zod.',
    },
    {
      regex: '^zod$',
      message: "Import z from core/common/zod.ts: it turns off zod's eval, which the CSP forbids.",
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'src/report/generated/*.js',
      'dist',
      'dist-single',
      'dist-bench',
      'coverage',
      'node_modules',
      'screenshots',
      'bench/runs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    settings: {
      // Without these the cycle rule reads no TypeScript file and finds nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.strict.rules,
      // A table that scrolls on its own is a labelled region reachable by keyboard (WCAG 2.1.1).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports' },
      ],
      // `import { type X }` keeps a side-effect import under verbatimModuleSyntax, which pulls
      // a whole chunk (the schemas) into screens that only need the type.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'No eval: conditions are data.',
        },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
      ],
    },
  },
  {
    // The config loader of `vite` (and so `npm run dev`) reads vite.config.ts and everything it
    // imports (scripts/ and the core modules the questionnaires plugin uses) without resolving
    // extensions: these folders write them out.
    files: ['vite.config.ts', 'scripts/**/*.ts', 'src/core/**/*.ts'],
    rules: {
      'import-x/extensions': ['error', 'always', { ignorePackages: true, checkTypeImports: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', coreOnlyZod],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time comes into core as a parameter.' },
        { object: 'Math', property: 'random', message: 'Ids come into core as parameters.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/core runs without a DOM.' },
        { name: 'document', message: 'src/core runs without a DOM.' },
        { name: 'localStorage', message: 'src/core runs without a DOM.' },
        { name: 'indexedDB', message: 'src/core runs without a DOM.' },
      ],
    },
  },
  {
    files: ['src/core/common/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [coreOnlyZod.patterns[0]] }] },
  },
);
