import { DEFAULT_SEVERITIES, type Finding } from '../types';
import type { Rule, RuleContext } from './rule';
import { firstReference } from './firstReference';
import { inconsistentSpelling } from './inconsistentSpelling';
import { unbalancedQuote } from './unbalancedQuote';
import { unattributedQuote } from './unattributedQuote';
import { ambiguousSpeaker } from './ambiguousSpeaker';
import { anonymousSource } from './anonymousSource';
import { quoteStyleMix } from './quoteStyleMix';

/** Every rule, in the order findings are reported. */
export const RULES: readonly Rule[] = [unbalancedQuote, unattributedQuote, ambiguousSpeaker, anonymousSource, quoteStyleMix, inconsistentSpelling, firstReference];

/** Runs every rule that is not `off` and applies the configured severities. */
export function runRules(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = ctx.options.rules[rule.code];
    if (setting === 'off') continue;
    for (const raw of rule.run(ctx)) {
      findings.push({ ...raw, code: rule.code, severity: setting ?? raw.severity ?? DEFAULT_SEVERITIES[rule.code] });
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return findings;
}

export type { Rule, RuleContext, RawFinding } from './rule';
