// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const MONEY = 'money is integer minor units: use the helpers in packages/core/src/money.ts';
const NO_FETCH = 'elements and core never call fetch: only adapters talk to a backend';

/** `fetch` reached through a global object, e.g. `window.fetch(...)`. */
const fetchProperties = ['window', 'globalThis', 'self'].map((object) => ({
  object,
  property: 'fetch',
  message: NO_FETCH,
}));

/** Float parsing and formatting that silently loses or invents minor units. */
const moneyProperties = [
  { property: 'toFixed', message: MONEY },
  { property: 'toPrecision', message: MONEY },
  ...['Number', 'window', 'globalThis', 'self'].map((object) => ({
    object,
    property: 'parseFloat',
    message: MONEY,
  })),
];

/** Browser-side code: component, adapter and demo sources. */
const browserFiles = [
  'packages/*/src/**/*.{ts,js}',
  'demo/**/*.{ts,js}',
  '.storybook/preview.{ts,js}',
];

/** Code that runs in Node: tools, configs, the server and Node-side tests. */
const nodeFiles = [
  '*.{js,mjs,cjs,ts,mts}',
  'scripts/**',
  'test/**',
  '.storybook/main.{ts,js}',
  'packages/server/**',
  'packages/*/test/**',
];

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    'storybook-static/',
    'coverage/',
    'custom-elements.json',
    '.data/',
    'test-results/',
    'playwright-report/',
    '.screenshots/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          // `const { omitted, ...rest } = value` drops properties on purpose.
          ignoreRestSiblings: true,
        },
      ],
      // console.log is for scripts and the server entry point only (see below).
      'no-console': [
        'error',
        { allow: ['warn', 'error', 'info', 'debug', 'trace', 'group', 'groupEnd', 'table'] },
      ],
    },
  },

  {
    files: browserFiles,
    ignores: ['packages/server/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  { files: nodeFiles, languageOptions: { globals: { ...globals.node } } },

  {
    files: ['scripts/**', 'packages/server/src/main.ts'],
    rules: { 'no-console': 'off' },
  },

  // Chai property assertions (`expect(x).to.be.true`) are expressions by design.
  {
    files: ['**/*.test.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },

  // Elements render; adapters fetch.
  {
    files: ['packages/elements/src/**/*.{ts,js}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: NO_FETCH }],
      'no-restricted-properties': ['error', ...fetchProperties],
    },
  },

  // Core: exact money arithmetic and no network access.
  {
    files: ['packages/core/src/**/*.{ts,js}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'parseFloat', message: MONEY },
        { name: 'fetch', message: NO_FETCH },
      ],
      'no-restricted-properties': ['error', ...moneyProperties, ...fetchProperties],
    },
  },
);
