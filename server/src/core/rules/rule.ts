import type { ScannedDocument } from '../markup/scan';
import type { AnalyzeOptions } from '../options';
import type { AttributedQuotations } from '../quotes';
import type { Article, Finding, RuleCode, Severity } from '../types';

/** What a rule sees: the analysed article (without findings), the scan, the options and what the attribution of its quotations left. */
export interface RuleContext {
  article: Omit<Article, 'findings'>;
  doc: ScannedDocument;
  options: AnalyzeOptions;
  attribution: AttributedQuotations;
}

/** A finding before the configured severity is applied. */
export type RawFinding = Omit<Finding, 'severity' | 'code'> & { severity?: Severity };

/** One named check: a small unit with its own tests, so a false alarm is fixed in one place. */
export interface Rule {
  code: RuleCode;
  /** One sentence for documentation and `copydesk rules`. */
  description: string;
  run(ctx: RuleContext): RawFinding[];
}
