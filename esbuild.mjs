// One bundler script for client, server and CLI (after microsoft/vscode-eslint's esbuild.js).
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { codeCacheLoader } from './scripts/codeCache.mjs';
import { lazyBuiltins } from './scripts/lazyBuiltins.mjs';
import { precomputedNameData } from './scripts/nameData.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // the server ships as a self-loading file with a V8 code cache (scripts/codeCache.mjs): faster starts
  // the name knowledge is computed at build time (scripts/nameData.mjs): faster starts of both
  // crypto and child_process, which the LSP packages require but the server never uses, load at first use (scripts/lazyBuiltins.mjs)
  // import() becomes require(): the code-cache loader's vm.Script has no dynamic import
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' }, supported: { 'dynamic-import': false }, plugins: [precomputedNameData, lazyBuiltins, codeCacheLoader] },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [precomputedNameData] },
  ...(production || !existsSync('test/e2e/suite/index.ts') ? [] : [
    // the extension-host suite runs inside VS Code; mocha and vscode come from the host
    { entryPoints: ['test/e2e/suite/index.ts'], outfile: 'dist/test/e2e/suite/index.js', external: ['vscode', 'mocha'] },
  ]),
];

const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching…');
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
