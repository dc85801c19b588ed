/**
 * Builds `bench/shipped.ts` as the language server is shipped and loads it: the server's
 * production esbuild options (scripts/bundleOptions.mjs: minified, target, `supported`, the
 * name-data plugin, the code-cache loader that compiles the bundle with `vm.Script`), only the
 * entry point and the output file differ.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { serverOptions } from '../scripts/bundleOptions.mjs';
import { REPO } from './corpus';

/** What the bundle exports (the same names as `bench/shipped.ts`). */
export type Shipped = typeof import('./shipped');

/** Bundles `bench/shipped.ts` into `dir` (a temporary folder: never `dist/`) and returns the file. */
export async function buildShipped(dir: string): Promise<string> {
  const outfile = path.join(dir, 'shipped-core.js');
  await build({ ...serverOptions(true), entryPoints: [path.join(REPO, 'bench/shipped.ts')], outfile, logLevel: 'silent' });
  return outfile;
}

/**
 * Runs `run` with the bundle at `given` (a script's argument), or else with one `buildShipped` makes in a temporary
 * folder (named after `prefix`), which is removed when `run` is done.
 */
export async function withShippedBundle(given: string | undefined, prefix: string, run: (bundle: string) => Promise<void>): Promise<void> {
  const tmp = given ? null : mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    await run(given ? path.resolve(given) : await buildShipped(tmp!));
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

/** Loads a bundle built by `buildShipped` (Node's own `require`; the loader compiles the bundled code itself). */
export function loadShipped(file: string): Shipped {
  return createRequire(path.join(REPO, 'bench/'))(file) as Shipped;
}
