import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'tls', 'child_process', 'stream', 'url', 'util', 'zlib', 'dns', 'events', 'buffer'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'migrations/**', 'test-results/**', 'playwright-report/**', '.tmp/**', 'src-main/testing/fixture-sites/**', 'src-main/testing/csv-fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Only the Electron glue may touch Electron: services stay plain Node and testable.
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only src-main/app/ and the preload import electron.' }] }],
    },
  },
  {
    files: ['src-main/app/**', 'src-main/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The shared contract and domain run in main and in the page: no Node, no DOM, no Drizzle.
    files: ['src-shared/**'],
    ignores: ['src-shared/**/*.test.ts', 'src-shared/**/*.bench.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'src-shared runs in both processes.' }, ...nodeBuiltins.filter((n) => !n.includes('*')).map((name) => ({ name, message: 'src-shared imports no Node modules.' }))],
          patterns: [
            { group: ['node:*'], message: 'src-shared imports no Node modules.' },
            { group: ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*'], message: 'src-shared imports no database code.' },
            { group: ['react', 'react-dom', '@mantine/*'], message: 'src-shared imports no UI code.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', '__dirname', 'require'],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The page talks to main through the api client only.' }],
          patterns: [{ group: ['node:*', '**/src-main/**'], message: 'The renderer cannot import main-process code.' }],
        },
      ],
    },
  },
  {
    // Playwright fixtures, not React: `use` is Playwright's and `{}` is its fixture signature.
    files: ['src-renderer/e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-imports': 'off', 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
);
