import type { BuildOptions } from 'esbuild';

/** Options every bundle shares (production: minified, no source map). */
export function commonOptions(production: boolean): BuildOptions;
/** The VS Code extension (client) bundle, dist/client.js. */
export function clientOptions(production: boolean): BuildOptions;
/** The language server bundle, dist/server.js, as shipped (code-cache loader, precomputed name data, lazy built-ins). */
export function serverOptions(production: boolean): BuildOptions;
/** The command-line tool bundle, dist/cli.js. */
export function cliOptions(production: boolean): BuildOptions;
