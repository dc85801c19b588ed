import { DEFAULT_SEVERITIES, type Finding, type RuleCode, type Severity } from '../types';
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
 * `{ ...raw, code, severity }` (same keys in the same order): V8 copies objects of many shapes
 * through an object spread with extra keys some 20 times slower than with `Object.assign`.
 */
function withCode(raw: RawFinding, code: RuleCode, severity: Severity): Finding {
  const finding = Object.assign({}, raw) as Finding;
  finding.code = code;
  finding.severity = severity;
  return finding;
}

export type { Rule, RuleContext, RawFinding } from './rule';
