// Lint rules: typescript-eslint's type-aware recommended set, plus the layer
// boundaries of DESIGN.md (domain/ stays pure).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.local/', 'web/dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Functions that implement an async port stay async even when this one adapter needs no await.
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@aws-sdk/*', 'node:*', 'fs', 'path', 'http', 'https'],
              message: 'domain/ is pure: no I/O.',
            },
            {
              group: ['**/functions/**', '**/infra/**', '**/local/**', '**/events/**'],
              message: 'domain/ imports nothing outside itself.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'domain/ reads no clock: today is a parameter (use domain/calendar).' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'domain/ uses no randomness.' },
        { object: 'Date', property: 'now', message: 'domain/ reads no clock.' },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
