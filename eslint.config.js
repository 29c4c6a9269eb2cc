// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const FEATURES = ['timeline', 'event-detail', 'actor-filter', 'event-list', 'reader', 'share'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/data/', 'test-results/', 'playwright-report/', 'bench/out/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/pipeline/**', 'scripts/**', 'bench/**', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/app/**', 'src/features/**', 'src/shared/**', 'src/i18n/**'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Browser code cannot use Node modules.' }] },
      ],
    },
  },
  // Features never import each other (bulletproof-react): shared code lives below them.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'Browser code cannot use Node modules.' },
            {
              group: FEATURES.filter((f) => f !== feature).flatMap((f) => [
                `../${f}/*`,
                `../../features/${f}/*`,
                `@/features/${f}/*`,
              ]),
              message: 'Features must not import each other; move shared code to src/shared.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/schema/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'react', 'react-dom'],
              message: 'The schema is shared by Node and the browser: no Node, DOM or React imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**', 'playwright.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
