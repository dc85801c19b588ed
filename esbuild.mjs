// One bundler script for client, server and CLI (after microsoft/vscode-eslint's esbuild.js).
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { cliOptions, clientOptions, commonOptions, serverOptions } from './scripts/bundleOptions.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// the options of each bundle are in scripts/bundleOptions.mjs (the bench builds the server with them too)
const builds = [
  clientOptions(production),
  serverOptions(production),
  cliOptions(production),
  ...(production || !existsSync('test/e2e/suite/index.ts') ? [] : [
    // the extension-host suite runs inside VS Code; mocha and vscode come from the host
    { ...commonOptions(production), entryPoints: ['test/e2e/suite/index.ts'], outfile: 'dist/test/e2e/suite/index.js', external: ['vscode', 'mocha'] },
  ]),
];

const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching…');
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
