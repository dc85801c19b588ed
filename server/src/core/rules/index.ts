import { DEFAULT_SEVERITIES, type Finding, type Fix, type RuleCode, type Severity } from '../types';
import type { RawFinding, Rule, RuleContext } from './rule';
import { firstReference } from './firstReference';
import { inconsistentSpelling } from './inconsistentSpelling';
import { unbalancedQuote } from './unbalancedQuote';
import { unattributedQuote } from './unattributedQuote';
import { ambiguousSpeaker } from './ambiguousSpeaker';
import { anonymousSource } from './anonymousSource';
import { quoteStyleMix } from './quoteStyleMix';
import { tkMarker } from './tkMarker';
import { pasteResidue } from './pasteResidue';
import { isSuppressed, readSuppressions } from './directives';
import { keepShape } from '../shapes';

/** Every rule, in the order findings are reported. */
export const RULES: readonly Rule[] = [unbalancedQuote, unattributedQuote, ambiguousSpeaker, anonymousSource, quoteStyleMix, inconsistentSpelling, firstReference, tkMarker, pasteResidue];

/**
 * Runs every rule that is not `off`, applies the configured severities and drops what the
 * document's `copydesk-disable` comments turn off.
 */
export function runRules(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const suppressions = readSuppressions(ctx.doc);
  for (const rule of RULES) {
    const setting = ctx.options.rules[rule.code];
    if (setting === 'off') continue;
    for (const raw of rule.run(ctx)) {
      if (isSuppressed({ code: rule.code, span: raw.span }, suppressions)) continue;
      findings.push(withCode(raw, rule.code, setting ?? raw.severity ?? DEFAULT_SEVERITIES[rule.code]));
    }
  }
  findings.sort(byPosition);
  return findings;
}

/** Findings in document order. */
function byPosition(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

/**
 * The finding of a raw one: every finding is built here, its fields added in one order (the
 * optional ones last), so findings have one hidden class per set of fields, whatever order a rule
 * wrote its raw finding's keys in. A copy of the raw object (`Object.assign`) had one per rule's key
 * order, and those only some texts make (a fix, related places) died with their findings.
 */
function withCode(raw: RawFinding, code: RuleCode, severity: Severity): Finding {
  const finding: Finding = { span: raw.span, message: raw.message, code, severity };
  if (raw.related !== undefined) finding.related = raw.related;
  if (raw.fixes !== undefined) finding.fixes = raw.fixes;
  return finding;
}

// the hidden classes of findings with fixes and related places, which many texts make none of (a
// finding lives only until the next analysis; one with both keeps the one with related places only,
// and these two their parent, the one without either: a hidden class keeps the one it came from)
keepShape('Finding with fixes', () => withCode({ span: { start: 0, end: 0 }, message: '', fixes: [exemplarFix()] }, 'tk-marker', 'warning'));
keepShape('Finding with related places and fixes', () =>
  withCode({ span: { start: 0, end: 0 }, message: '', related: [{ span: { start: 0, end: 0 }, message: '' }], fixes: [exemplarFix()] }, 'quote-style-mix', 'warning'),
);

function exemplarFix(): Fix {
  return { title: '', edits: [{ span: { start: 0, end: 0 }, newText: '' }], preferred: true };
}

export type { Rule, RuleContext, RawFinding } from './rule';
