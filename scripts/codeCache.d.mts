import type { Plugin } from 'esbuild';

/** The server bundle text (with its `#!` line) as a self-loading file with a V8 code cache. */
export function withCodeCache(bundle: string): string;
/** esbuild plugin: rewrites the outfile with `withCodeCache` after every build. */
export const codeCacheLoader: Plugin;
/** The source with its non-ASCII characters as `\u` escapes (unless one follows a backslash). */
export function asciiOnly(source: string): string;
