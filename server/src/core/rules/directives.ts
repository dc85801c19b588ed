import type { ScannedDocument } from '../markup/scan';
import type { Finding, RuleCode, Span } from '../types';
import { keepShape } from '../shapes';

/** Rules turned off by comments in the document, for a paragraph or the whole file. */
export interface Suppressions {
  /** Rules off in the whole file; `'all'` for every rule. */
  file: Set<RuleCode | 'all'>;
  /** Rules off in one paragraph each. */
  paragraphs: { span: Span; rules: Set<RuleCode | 'all'> }[];
}

const DIRECTIVE = /copydesk-disable(-file|-next-paragraph)?\b([^>\]]*)/;

/**
 * Reads `<!-- copydesk-disable RULE, … -->` (Markdown) and `[[copydesk-disable RULE]]` (plain text
 * and article files): off for the next paragraph, or with `copydesk-disable-file` for the file.
 * No rule names means every rule.
 */
export function readSuppressions(doc: ScannedDocument): Suppressions {
  const result = noSuppressions();
  for (const region of doc.excluded) {
    if (region.kind !== 'html-comment' && region.kind !== 'editors-note') continue;
    const m = DIRECTIVE.exec(doc.text.slice(region.span.start, region.span.end));
    if (!m) continue;
    const names = m[2].replace(/-->$/, '').split(/[\s,]+/).filter((n) => /^[a-z]+(?:-[a-z]+)*$/.test(n));
    const rules = new Set<RuleCode | 'all'>(names.length ? (names as RuleCode[]) : ['all']);
    if (m[1] === '-file') {
      for (const r of rules) result.file.add(r);
      continue;
    }
    // the paragraph holding the comment, or else the next one
    const target = doc.paragraphs.find((p) => p.span.end > region.span.end && p.span.start <= region.span.start) ?? doc.paragraphs.find((p) => p.span.start >= region.span.end);
    if (target) result.paragraphs.push({ span: target.span, rules });
  }
  return result;
}

/** Every `Suppressions` is made here: one hidden class, kept below. */
function noSuppressions(): Suppressions {
  return { file: new Set(), paragraphs: [] };
}

// it lives only while the rules run: with no instance left, a full collection or two between
// analyses freed its hidden class and threw away the rules' optimised code
keepShape('Suppressions', noSuppressions);

/** True when a finding is turned off by a directive. */
export function isSuppressed(finding: Pick<Finding, 'code' | 'span'>, s: Suppressions): boolean {
  if (s.file.has('all') || s.file.has(finding.code)) return true;
  return s.paragraphs.some((p) => (p.rules.has('all') || p.rules.has(finding.code)) && finding.span.start >= p.span.start && finding.span.start <= p.span.end);
}
