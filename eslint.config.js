// Lint: typescript-eslint everywhere; Lit, Lit accessibility and web-component rules where
// templates and elements live (src, demo, browser tests).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserCode = ['src/**/*.ts', 'demo/**/*.ts', 'test/**/*.browser.test.ts', 'test/support/**/*.ts', 'test/e2e/installed/*.js'];
const nodeCode = [
  'src/emulator/**/*.ts',
  'scripts/**/*.{ts,mjs,js}',
  'bench/**/*.ts',
  'test/**/*.node.test.ts',
  'test/e2e/**/*.ts',
  '*.{js,mjs,ts}',
];

/** One no-restricted-imports block per folder; type-only imports (shapes, not code) are allowed. */
function layers(rules) {
  return Object.entries(rules).map(([folder, banned]) => ({
    files: [folder],
    ignores: folder === 'src/components/**' ? ['src/components/**/define.ts'] : [],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: banned, allowTypeImports: true, message: `DESIGN.md: ${folder.replace('/**', '')} must not import this (types only).` }] },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', '**/*.d.ts', '**/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a parameter a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // `import('./x.js').T` in a type position is fine (and saves an import for one use).
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  { ...lit.configs['flat/recommended'], files: browserCode, languageOptions: { globals: globals.browser } },
  { ...wc.configs['flat/recommended'], files: browserCode },
  { ...litA11y.configs.recommended, files: browserCode },
  { files: nodeCode, languageOptions: { globals: globals.node } },
  {
    // Type-aware promise checks where a forgotten await loses an error or a write's order:
    // the product, the demo, the scripts and the benchmark (tests are left out: node:test's
    // top-level test() calls return promises by design).
    files: ['src/**/*.ts', 'demo/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'vite.config.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  // The layers of DESIGN.md, enforced: what each folder may import.
  ...layers({
    'src/core/**': ['**/sync/**', '**/gateway/**', '**/controllers/**', '**/components/**', '**/events/**', '**/i18n/**', '**/emulator/**', 'lit', 'lit/*', '@bigcommerce/*'],
    'src/sync/**': ['**/controllers/**', '**/components/**', '**/emulator/**', '**/gateway/sdk-gateway*', '**/gateway/graphql-gateway*', '**/gateway/index*', 'lit', 'lit/*', '@bigcommerce/*'],
    // The GraphQL gateway speaks plain fetch: the `graphql` package is the emulator's alone.
    'src/gateway/**': ['**/sync/**', '**/controllers/**', '**/components/**', '**/emulator/**', 'lit', 'lit/*', 'graphql', 'graphql/*'],
    'src/controllers/**': ['**/components/**', '**/emulator/**', '**/gateway/sdk-gateway*', '**/gateway/index*', '@bigcommerce/*'],
    'src/events/**': ['**/sync/**', '**/gateway/**', '**/controllers/**', '**/components/**', '**/emulator/**', '@bigcommerce/*'],
    'src/i18n/**': ['**/sync/**', '**/gateway/**', '**/controllers/**', '**/components/**', '**/emulator/**', '@bigcommerce/*'],
    // Elements render state and report edits: no SDK, no gateway (a define file picks one), no engine.
    'src/components/**': ['**/gateway/sdk-gateway*', '**/gateway/graphql-gateway*', '**/gateway/deferred-gateway*', '**/gateway/index*', '**/sync/engine*', '**/emulator/**', '@bigcommerce/*'],
    // The emulator is Node-only: a browser page may read its admin API's types, nothing else.
    'demo/**': ['**/emulator/**'],
  }),
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's property assertions (`expect(x).to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests read untyped JSON answers from the emulator; `any` there is a choice, not a slip.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
