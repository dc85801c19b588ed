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
  const format = options.format ?? 'article';
  markAnalysisStart();
  dropUntakenItems();
  const doc = scanDocument(text, format);
  fitMemosTo(doc.paragraphs.length);
  // the article's own front matter (entity aliases, pairs to keep apart) adds to the desk's options
  const opts = defaultOptions(doc.frontMatterData ? mergeOptions(options, frontMatterOptions(doc.frontMatterData)) : options);
  const { mentions, entities, outer } = findEntities(doc, opts);
  const quotations = findQuotations(doc);
  // speakers are whole names: a name nested in another ("Boston" in "Boston Red Sox") speaks for none
  const attribution = attributeQuotations(doc, quotations, outer, entities, opts);
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
  return article;
}

/** Options from front matter data, by data object (the scanner shares one per front matter text). */
const fromFrontMatter = new WeakMap<Record<string, unknown>, Partial<AnalyzeOptions>>();

function frontMatterOptions(data: Record<string, unknown>): Partial<AnalyzeOptions> {
  let opts = fromFrontMatter.get(data);
  if (!opts) fromFrontMatter.set(data, (opts = parseFrontMatterEntities(data)));
  return opts;
}
