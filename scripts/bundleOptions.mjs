// The esbuild options of every bundle, in one place: esbuild.mjs builds dist/ with them, and the
// bench builds the server (and the core it times) with the very same production options.
import { fileURLToPath } from 'node:url';
import { codeCacheLoader } from './codeCache.mjs';
import { lazyBuiltins } from './lazyBuiltins.mjs';
import { precomputedNameData } from './nameData.mjs';

/** The repository folder: relative entry points and outfiles are read from it. */
const REPO = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');

/** Syntax every bundle keeps as written: Node 20 has it (esbuild would rebuild each `\p{…}` literal as `new RegExp(…)` for target node20). */
const SUPPORTED = { 'regexp-unicode-property-escapes': true };

/** @param {boolean} production @returns {import('esbuild').BuildOptions} */
export function commonOptions(production) {
  return {
    absWorkingDir: REPO,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    legalComments: 'none',
    supported: { ...SUPPORTED },
  };
}

/** @param {boolean} production @returns {import('esbuild').BuildOptions} */
export function clientOptions(production) {
  return { ...commonOptions(production), entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] };
}

/**
 * The language server: a self-loading file with a V8 code cache (scripts/codeCache.mjs) for faster
 * starts; the name knowledge computed at build time (scripts/nameData.mjs); crypto and
 * child_process, which the LSP packages require but the server never uses, loaded at first use
 * (scripts/lazyBuiltins.mjs); import() made require() (the code-cache loader's vm.Script has no
 * dynamic import).
 * @param {boolean} production @returns {import('esbuild').BuildOptions}
 */
export function serverOptions(production) {
  const common = commonOptions(production);
  return {
    ...common,
    entryPoints: ['server/src/main.ts'],
    outfile: 'dist/server.js',
    banner: { js: '#!/usr/bin/env node' },
    supported: { ...common.supported, 'dynamic-import': false },
    plugins: [precomputedNameData, lazyBuiltins, codeCacheLoader],
  };
}

/** The command-line tool (name knowledge computed at build time). @param {boolean} production @returns {import('esbuild').BuildOptions} */
export function cliOptions(production) {
  return { ...commonOptions(production), entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [precomputedNameData] };
}
