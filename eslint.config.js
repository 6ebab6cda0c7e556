import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The direction of flow (../shared/STYLE.md): core knows nothing of the app around it.
const coreBoundary = {
  patterns: [
    {
      group: [
        '**/state/**',
        '**/features/**',
        '**/report/**',
        '**/i18n/**',
        '**/app/**',
        '**/storage/**',
      ],
      message: 'src/core is framework-free: it may not import the app around it.',
    },
    {
      group: [
        'react',
        'react-dom',
        'react-dom/*',
        'zustand',
        'zustand/*',
        'i18next',
        'recharts',
        'jspdf',
        'idb-keyval',
      ],
      message: 'src/core imports only zod.',
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
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.strict.rules,
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
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', coreBoundary],
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
);
