import type { Plugin } from 'esbuild';

/** esbuild plugin: `crypto` and `child_process` required by bundled packages load at their first use. */
export const lazyBuiltins: Plugin;
