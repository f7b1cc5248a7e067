// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'var/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'error',
    },
  },
  {
    // The core and the commands stay platform-free and I/O-free.
    files: ['src/core/**/*.ts', 'commands/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['discord.js', '@discordjs/*', '@slack/*', 'better-sqlite3', 'pino', 'dotenv'], message: 'core and commands are platform- and I/O-free' },
            { group: ['node:fs', 'fs', 'node:http', 'http', 'node:https', 'https', 'node:net', 'net', 'node:child_process', 'child_process'], message: 'core and commands do no I/O' },
            { group: ['**/adapters/**'], message: 'core and commands never import an adapter' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'read settings in src/config.ts and pass them down' }, { name: 'fetch', message: 'no network in core or commands' }],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
