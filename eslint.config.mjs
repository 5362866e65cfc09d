// Lint rules: typescript-eslint recommended + a few that catch real bugs in async and LSP code.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '**/*.js', '**/*.mjs', 'test/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      eqeqeq: ['error', 'always'],
      curly: ['error', 'multi-line'],
      'no-var': 'error',
      'prefer-const': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The language core and the server never write to the console (the LSP channel is stdio/IPC).
    files: ['server/src/language/**/*.ts', 'server/src/lsp/**/*.ts', 'server/src/services/**/*.ts', 'server/src/render/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // The core is protocol-free: it must not import vscode or the language server library.
    files: ['server/src/language/**/*.ts', 'server/src/render/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['vscode', 'vscode-languageserver*', 'vscode-languageclient*'] }] },
  },
);
