import type { Quotation } from '../types';
import type { Rule } from './rule';

const CLOSE_FOR: Record<string, string> = {
  straight: '"',
  curly: '”',
  'single-straight': "'",
  'single-curly': '’',
  guillemet: '»',
  german: '“',
};

/**
 * `unbalanced-quote`: an opening quotation mark with no closing mark before its paragraph ends.
 * A quotation that runs over paragraphs (the next paragraph opens with a quotation mark) is
 * closed by the quotation finder, so it never reaches this rule unclosed.
 */
export const unbalancedQuote: Rule = {
  code: 'unbalanced-quote',
  description: 'An opening quotation mark is never closed before the paragraph ends.',
  run({ article }) {
    return article.quotations
      .filter(isUnclosed)
      .map((q) => ({
        span: { start: q.span.start, end: q.span.start + 1 },
        message: `Quotation mark is never closed: add ${CLOSE_FOR[q.style] ?? 'a closing mark'} where the quotation ends.`,
      }));
  },
};

/** A quotation with no closing mark. */
function isUnclosed(q: Quotation): boolean {
  return !q.closed;
}
