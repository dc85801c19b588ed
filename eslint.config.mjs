// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', '.vscode-test/**', '*.vsix', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The analysis core is pure: text in, article model out. No editor, no protocol, no Node.
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeBuiltins.map((name) => ({ name, message: 'The core is pure: no Node built-ins (it must run anywhere, e.g. in a browser worker).' })),
        patterns: [
          { group: ['vscode', 'vscode-*', 'vscode/*'], message: 'The core knows nothing of VS Code or LSP: convert in server/src/lsp/convert.ts.' },
          { group: ['../lsp/*', '../../lsp/*', '../cli', '../../cli', '../main'], message: 'The core does not depend on the layers above it.' },
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    // vscode-languageserver's values come through lsp/lspApi.ts: one copy of its exports in the bundle, not one per importer
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/lsp/lspApi.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: ['vscode-languageserver', 'vscode-languageserver/node'].map((name) => ({ name, allowTypeImports: true, message: 'Import its values from server/src/lsp/lspApi.ts (types may come from here).' })),
      }],
    },
  },
  {
    // Only convert.ts turns core results into LSP types; the client renders server data only.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '/server/(?!src/protocol$)', message: 'The client is thin: ask the server (only server/src/protocol.ts is shared).' }] }],
    },
  },
);
