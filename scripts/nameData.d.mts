import type { Plugin } from 'esbuild';

/** What server/src/core/entities/nameData.ts's `nameData()` returns, and the files it was computed from. */
export function computeNameData(file: string): Promise<{ data: unknown; inputs: string[] }>;
/** esbuild plugin: replaces nameData.ts with its result, computed at build time. */
export const precomputedNameData: Plugin;
