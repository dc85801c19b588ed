import { NAMING_VERBS } from '../quotes/cues';
import type { Quotation } from '../types';
import type { Rule } from './rule';

/** `anonymous-source`: a quotation attributed to an unnamed source ("a department spokesperson"). */
export const anonymousSource: Rule = {
  code: 'anonymous-source',
  description: 'A quotation is attributed to an unnamed source: check the desk’s policy on anonymity.',
  run({ article }) {
    return article.quotations
      .filter(attributedToAnonymous)
      .map((q) => ({
        span: q.speaker!.span,
        message: `Anonymous source "${q.speaker!.text}": name the source or say why they cannot be named.`,
      }));
  },
};

/** Whether a quotation's own attribution names no one, and reports words (not the term a group calls a thing: `NAMING_VERBS`). */
function attributedToAnonymous(q: Quotation): boolean {
  return !!q.speaker && !!q.speaker.cue && q.speaker.kind === 'anonymous' && !NAMING_VERBS.has(q.speaker.cue.text.toLowerCase());
}
