/**
 * The warm-versus-cold check of the edit path, shared by the cache tests: every memo must give
 * what a cold analysis gives, whichever versions of the document (or other documents) came before.
 */
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/core';
import { clearMemos } from '../../server/src/core/memo';
import type { AnalyzeOptions } from '../../server/src/core/options';
import type { Article } from '../../server/src/core/types';
import { prng } from '../../bench/corpus';

/** `start` and `count` versions after it, each made from the one before by `edit` (random numbers from `seed`). */
export function editedVersions(start: string, count: number, seed: number, edit: (text: string, r: () => number, i: number) => string): string[] {
  const r = prng(seed);
  const versions = [start];
  for (let i = 0; i < count; i++) versions.push(edit(versions[i], r, i));
  return versions;
}

/** How `assertWarmEqualsCold` runs. */
export interface WarmColdOptions {
  options?: Partial<AnalyzeOptions>;
  /** What is compared of each analysis (default: all of it). */
  pick?: (article: Article) => unknown;
  /** Runs after the warm analysis of version `i` (another document now and then). */
  between?: (i: number) => void;
  /** Also analyses each version a second time, warm (every paragraph a cache hit). */
  again?: boolean;
  /** Names the versions in failure messages. */
  label?: string;
}

/**
 * Analyses `versions` one after the other with the memos kept (warm), then each version again
 * after `clearMemos` (cold), and asserts that each warm result deep-equals the cold one.
 */
export function assertWarmEqualsCold(versions: readonly string[], how: WarmColdOptions = {}): void {
  const pick = how.pick ?? ((a: Article) => a);
  const label = how.label ?? '';
  clearMemos();
  const warm = versions.map((text, i) => {
    const first = pick(analyzeArticle(text, how.options));
    const again = how.again ? pick(analyzeArticle(text, how.options)) : undefined;
    how.between?.(i);
    return { first, again };
  });
  versions.forEach((text, i) => {
    clearMemos();
    const cold = pick(analyzeArticle(text, how.options));
    assert.deepStrictEqual(warm[i].first, cold, `${label} version ${i} changed the result`);
    if (how.again) assert.deepStrictEqual(warm[i].again, cold, `${label} version ${i}, analysed again, changed the result`);
  });
}
