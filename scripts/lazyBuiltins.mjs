// esbuild plugin: Node built-ins that bundled packages require at load but use only in features the
// server never calls are loaded at their first use instead. vscode-jsonrpc requires `crypto` (random
// pipe names, UUIDs) and vscode-languageserver `child_process` (finding global npm/yarn modules);
// with V8 flags on the command line Node compiles its own modules without their code cache, and
// these two (with the ~20 modules they pull in) cost ~10 ms of every start. Used by esbuild.mjs and the bench.

/** The built-ins made lazy, as packages name them. */
const LAZY = /^(node:)?(crypto|child_process)$/;
const NAMESPACE = 'lazy-builtin';

/**
 * A stand-in for a built-in module: every property read, `in` test or key listing loads the
 * real module once and answers from it (functions are called without `this`, as the packages do).
 * @param {string} name
 */
function lazyModuleSource(name) {
  return `"use strict";
let loaded;
const load = () => (loaded ??= require(${JSON.stringify(name)}));
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
    return descriptor && { ...descriptor, configurable: true };
  },
});
`;
}

/** @type {import('esbuild').Plugin} */
export const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: LAZY }, (args) => {
      // the stand-in's own require is the real module
      if (args.namespace === NAMESPACE) return { path: args.path, external: true };
      // only packages' CommonJS requires; the server's own code imports what it uses
      if (args.kind !== 'require-call' || !/[\\/]node_modules[\\/]/.test(args.importer)) return undefined;
      return { path: args.path, namespace: NAMESPACE };
    });
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({ contents: lazyModuleSource(args.path), loader: 'js' }));
  },
};
