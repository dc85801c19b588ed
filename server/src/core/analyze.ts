import { mergeOptions, parseFrontMatterEntities } from './config';
import { findEntities } from './entities';
import { scanDocument } from './markup/scan';
import { dropUntakenItems } from './lists';
import { fitMemosTo, markAnalysisStart } from './memo';
import { defaultOptions, type AnalyzeOptions } from './options';
import { attributeQuotations, findQuotations } from './quotes';
import { runRules } from './rules';
import type { Article } from './types';

/**
 * Analyses one document: its structure, quotations and speakers, entities and findings.
 * Pure and deterministic: the same text and options give the same article.
 */
export function analyzeArticle(text: string, options: Partial<AnalyzeOptions> = {}): Article {
  return analyzeArticleInStages(text, options, noStageMark);
}

/** The stages of an analysis, in the order `analyzeArticleInStages` ends them. */
export const ANALYSIS_STAGES = ['scan', 'entities', 'quotations', 'attribution', 'rules'] as const;

/** What `analyzeArticle` calls at the end of each stage: nothing. */
function noStageMark(): void {}

/**
 * `analyzeArticle`, calling `stageDone` at the end of each of its stages (`ANALYSIS_STAGES`): the
 * benches time the stages apart on the very sequence users run.
 */
export function analyzeArticleInStages(text: string, options: Partial<AnalyzeOptions>, stageDone: () => void): Article {
  const format = options.format ?? 'article';
  markAnalysisStart();
  dropUntakenItems();
  const doc = scanDocument(text, format);
  // (again after the scan fitted them to its chunks: a chunk may hold more than one paragraph, an editor's
  // note line blanked in it splitting it, and a one-pass scan fits them to nothing; the count is known only now)
  fitMemosTo(doc.paragraphs.length);
  // the article's own front matter (entity aliases, pairs to keep apart) adds to the desk's options
  const opts = defaultOptions(doc.frontMatterData ? mergeOptions(options, frontMatterOptions(doc.frontMatterData)) : options);
  stageDone();
  const { mentions, entities, outer } = findEntities(doc, opts);
  stageDone();
  const quotations = findQuotations(doc);
  stageDone();
  // speakers are whole names: a name nested in another ("Boston" in "Boston Red Sox") speaks for none
  const attribution = attributeQuotations(doc, quotations, outer, entities, opts);
  stageDone();
  // one object, its findings filled in once the rules (which read no findings) ran: one shape, no copy per analysis
  const article: Article = {
    text,
    frontMatter: doc.frontMatter,
    headline: doc.headline,
    paragraphs: doc.paragraphs,
    excluded: doc.excluded,
    quotations,
    mentions,
    entities,
    findings: [],
  };
  article.findings = runRules({ article, doc, options: opts, attribution });
  stageDone();
  return article;
}

/** Options from front matter data, by data object (the scanner shares one per front matter text). */
const fromFrontMatter = new WeakMap<Record<string, unknown>, Partial<AnalyzeOptions>>();

function frontMatterOptions(data: Record<string, unknown>): Partial<AnalyzeOptions> {
  let opts = fromFrontMatter.get(data);
  if (!opts) fromFrontMatter.set(data, (opts = parseFrontMatterEntities(data)));
  return opts;
}
