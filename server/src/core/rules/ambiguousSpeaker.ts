import { entityById } from '../queries';
import { resolvedNames } from '../quotes';
import type { Quotation } from '../types';
import type { Rule } from './rule';

/**
 * `ambiguous-speaker`: a pronoun speaker ("he said") that two or more people mentioned before
 * fit equally well. Reported once, where the pronoun is written (not on inherited quotes).
 */
export const ambiguousSpeaker: Rule = {
  code: 'ambiguous-speaker',
  description: 'A pronoun speaker ("he said") could refer to more than one person mentioned before it.',
  run({ article }) {
    const label = (idOrName: string) => entityById(article, idOrName)?.name ?? idOrName;
    return article.quotations
      .filter(hasRivalSpeakers)
      .map((q) => {
        const s = q.speaker!;
        const chosen = s.entityId ? label(s.entityId) : resolvedNames.get(s) ?? 'the nearest person';
        const others = s.alternatives!.map(label);
        return {
          span: s.span,
          message: `"${s.text}" could be ${[chosen, ...others].join(' or ')}: name the speaker.`,
        };
      });
  },
};

/** A pronoun speaker of the quotation's own attribution that other people fit too. */
function hasRivalSpeakers(q: Quotation): boolean {
  return !!q.speaker && !!q.speaker.cue && q.speaker.kind === 'pronoun' && !!q.speaker.alternatives?.length;
}
