// Lint: typescript-eslint everywhere; Lit, Lit accessibility and web-component rules where
// templates and elements live (src, demo, browser tests).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserCode = ['src/**/*.ts', 'demo/**/*.ts', 'test/**/*.browser.test.ts', 'test/support/**/*.ts'];
const nodeCode = [
  'src/emulator/**/*.ts',
  'scripts/**/*.{ts,mjs,js}',
  'bench/**/*.ts',
  'test/**/*.node.test.ts',
  'test/e2e/**/*.ts',
  '*.{js,mjs,ts}',
];

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
