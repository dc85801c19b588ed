/**
 * `analyzeArticle`'s stages run one by one with the core's exported stage functions, as
 * `analyzeArticle` runs them, for the benches that time them separately (`run.ts`, `afterFullGc.ts`).
 */
import type { AnalyzeOptions } from '../server/src/core/options';
import type { Shipped } from './shippedBuild';

/** The stages, in the order `stageMarks` runs them. */
export const STAGE_NAMES = ['scan', 'entities', 'quotations', 'attribution', 'rules'] as const;

/**
 * Analyses `input` stage by stage: `performance.now()` before the first stage and after each
 * (stage `s` took `marks[s + 1] - marks[s]`).
 */
export function stageMarks(core: Shipped, input: string, opts: AnalyzeOptions): number[] {
  const t: number[] = [performance.now()];
  const doc = core.scanDocument(input, opts.format);
  t.push(performance.now());
  const { mentions, entities, outer } = core.findEntities(doc, opts);
  t.push(performance.now());
  const quotations = core.findQuotations(doc);
  t.push(performance.now());
  // as analyzeArticle calls it: the mentions nested in no other
  const attribution = core.attributeQuotations(doc, quotations, outer, entities, opts);
  t.push(performance.now());
  const article = { text: input, frontMatter: doc.frontMatter, headline: doc.headline, paragraphs: doc.paragraphs, excluded: doc.excluded, quotations, mentions, entities };
  core.runRules({ article, doc, options: opts, attribution });
  t.push(performance.now());
  return t;
}
