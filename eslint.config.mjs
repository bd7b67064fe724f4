// Layer rules, after VS Code: code imports only from layers it may run in.
import tseslint from 'typescript-eslint'

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util']

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'node_modules/**', 'test-results/**', 'test-results-*/**', 'playwright-report/**', '.bench/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...NODE_BUILTINS, 'electron', 'react', 'react-dom', '**/main/**', '**/renderer/**', '**/preload/**'] }]
    }
  },
  {
    files: ['src/main/core/**', 'src/main/bridge/**', 'src/main/cli/**', 'src/main/security.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['electron', 'react', 'react-dom', '**/renderer/**', '**/preload/**'] }]
    }
  },
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...NODE_BUILTINS, 'electron', '**/main/**', '**/preload/**', 'better-sqlite3', 'better-sqlite3-multiple-ciphers'] }]
    }
  },
  {
    files: ['src/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/main/**', '**/renderer/**', 'better-sqlite3', 'better-sqlite3-multiple-ciphers'] }]
    }
  }
)
