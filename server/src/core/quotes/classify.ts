import type { QuotationKind } from '../types';
import { SCARE_INTRODUCERS } from './cues';
import type { Token } from './tokens';

/** What the classifier needs to know about a quotation and its sentence. */
export interface QuotationContext {
  /** The quoted words without marks. */
  text: string;
  /** Tokens of the sentence before the opening mark (after the last sentence end). */
  before: Token[];
  /** Whether an attribution cue governs the quotation. */
  attributed: boolean;
}

/**
 * Classifies a quotation: `scare` (a term or title nobody is quoted for), `partial` (a fragment
 * inside the writer's sentence) or `direct` (a quoted sentence or more).
 */
export function classifyQuotation(ctx: QuotationContext): QuotationKind {
  const words = ctx.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const last = ctx.before.length ? ctx.before[ctx.before.length - 1] : null;
  const endsLikeSentence = /[.!?…]$/.test(ctx.text) || /[.!?],?$/.test(ctx.text);
  const startsUpper = /^[^\p{L}]*\p{Lu}/u.test(ctx.text);
  // "so-called ...", "the documentary ...": a term, even with a cue nearby
  if (last && last.isWord && SCARE_INTRODUCERS.has(last.lower) && words.length <= 6 && !endsLikeSentence) return 'scare';
  if (last && last.isWord && last.lower === 'as' && ctx.before.length >= 2 && ['known', 'such'].includes(ctx.before[ctx.before.length - 2].lower)) {
    return 'scare';
  }
  const atSentenceStart = !last || last.text === ':' || (ctx.before.length <= 1 && !last.isWord);
  // a short unattributed fragment inside a sentence is a term, not a quotation
  if (!ctx.attributed && words.length <= 3 && !(endsLikeSentence && startsUpper && atSentenceStart)) return 'scare';
  if (atSentenceStart) return 'direct';
  if (startsUpper && (endsLikeSentence || /,$/.test(ctx.text)) && (last.text === ',' || last.text === '—' || !last.isWord)) return 'direct';
  if (startsUpper && endsLikeSentence && words.length >= 4) return 'direct';
  return 'partial';
}
