/**
 * `analyzeArticle`'s stages timed one by one, on the core's own sequence (`analyzeArticleInStages`),
 * for the benches that time them separately (`run.ts`, `afterFullGc.ts`).
 */
import type { AnalyzeOptions } from '../server/src/core/options';
import type { Shipped } from './shippedBuild';

/**
 * Analyses `input` as `analyzeArticle` does, with `performance.now()` before the first stage and
 * after each (stage `s` of `ANALYSIS_STAGES` took `marks[s + 1] - marks[s]`).
 */
export function stageMarks(core: Shipped, input: string, opts: AnalyzeOptions): number[] {
  const t: number[] = [performance.now()];
  core.analyzeArticleInStages(input, opts, () => t.push(performance.now()));
  return t;
}
