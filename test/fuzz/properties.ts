/**
 * The core properties, shared by `core.property.test.ts` (fixed seeds, bounded runs) and
 * `scripts/fuzz.ts` (random seed, many runs).
 */
import fc from 'fast-check';
import { analyzeOptions, articleText, mutatedSeed, rawText } from './arbitraries';
import { checkAnalysis } from './invariants';

/** A property with its argument types erased, so the table can be iterated. */
const erased = <T extends unknown[]>(p: fc.IProperty<T>) => p as unknown as fc.IProperty<unknown[]>;

export const PROPERTIES = {
  'article-like text': erased(fc.property(articleText, analyzeOptions, (text, options) => {
    checkAnalysis(text, options);
  })),
  'raw UTF-16 (lone surrogates, controls)': erased(fc.property(rawText, analyzeOptions, (text, options) => {
    checkAnalysis(text, options);
  })),
  'mutated seed article': erased(fc.property(mutatedSeed, analyzeOptions, (text, options) => {
    checkAnalysis(text, options);
  })),
  'article-like text glued to mutated seed': erased(fc.property(articleText, mutatedSeed, fc.boolean(), (a, b, first) => {
    checkAnalysis(first ? a + b : b + a);
  })),
};
