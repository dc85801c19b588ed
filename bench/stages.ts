/**
 * `analyzeArticle`'s stages timed one by one, on the core's own sequence (`analyzeArticleInStages`),
 * for the benches that time them separately (`run.ts`, `afterFullGc.ts`).
 */
import { ANALYSIS_STAGES } from '../server/src/core/analyze';
import type { AnalyzeOptions } from '../server/src/core/options';
import type { Shipped } from './shippedBuild';

/** The stages, in the order `stageMarks` times them. */
export const STAGE_NAMES = ANALYSIS_STAGES;

/**
 * Analyses `input` as `analyzeArticle` does, with `performance.now()` before the first stage and
 * after each (stage `s` took `marks[s + 1] - marks[s]`).
 */
export function stageMarks(core: Shipped, input: string, opts: AnalyzeOptions): number[] {
  const t: number[] = [performance.now()];
  core.analyzeArticleInStages(input, opts, () => t.push(performance.now()));
  return t;
}
