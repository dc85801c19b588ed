// esbuild plugin: the bundles carry the name knowledge of server/src/core/entities/nameData.ts as its
// result, computed at build time, instead of the data packages and the code that folds and tokenizes
// them at every start (a third of the server's start-up before its first diagnostics). Used by
// esbuild.mjs and the bench. Run from source (tests, tsx), nameData.ts computes the same lists itself.
import * as esbuild from 'esbuild';
import path from 'node:path';

const NAME_DATA = /[\\/]server[\\/]src[\\/]core[\\/]entities[\\/]nameData\.ts$/;

/**
 * What `nameData()` returns, computed from the source module (bundled on its own and run here).
 * @param {string} file absolute path of nameData.ts
 * @returns {Promise<{ data: unknown; inputs: string[] }>}
 */
export async function computeNameData(file) {
  const result = await esbuild.build({ entryPoints: [file], bundle: true, write: false, format: 'cjs', platform: 'node', target: 'node20', metafile: true, logLevel: 'silent' });
  const module = { exports: {} };
  new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(input));
  return { data: module.exports.nameData(), inputs };
}

/** @type {import('esbuild').Plugin} */
export const precomputedNameData = {
  name: 'precomputed-name-data',
  setup(build) {
    build.onLoad({ filter: NAME_DATA }, async (args) => {
      const { data, inputs } = await computeNameData(args.path);
      const contents = `export function nameData() { return ${JSON.stringify(data)}; }\n`;
      return { contents, loader: 'js', watchFiles: inputs };
    });
  },
};
