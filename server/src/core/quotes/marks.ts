import type { QuoteMarkStyle } from '../types';
import { isOpeningPunct, isSpaceOrEdge, isWordChar } from '../chars';

/** Families of marks that pair with each other. */
export type MarkFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet';

/** What a quotation-mark character does at one place in the text. */
export type MarkRole = 'open' | 'close' | 'continue' | 'apostrophe';

/** One quotation mark or apostrophe, as classified in context. */
export interface ClassifiedMark {
  at: number;
  char: string;
  role: MarkRole;
}

/** Every character the engine looks at: quotation marks and apostrophe look-alikes. */
export const MARK_CHARS = new Set(['"', '“', '”', '„', "'", '‘', '’', '‚', '«', '»', '‹', '›']);

/** The family of a mark character. */
export function familyOf(c: string): MarkFamily {
  if (c === '«' || c === '»') return 'guillemet';
  if (c === '‹' || c === '›') return 'single-guillemet';
  if (c === "'" || c === '‘' || c === '’' || c === '‚') return 'single';
  return 'double';
}

/** The style a quotation gets from its opening mark. */
export function styleOf(open: string): QuoteMarkStyle {
  switch (open) {
    case '"':
      return 'straight';
    case '“':
    case '”':
      return 'curly';
    case "'":
      return 'single-straight';
    case '‘':
    case '’':
      return 'single-curly';
    case '„':
    case '‚':
      return 'german';
    default:
      return 'guillemet';
  }
}

/** Words that begin with an elision apostrophe: `'90s`, `’Tis`, `rock 'n' roll`, `'em`. */
const ELISION = /^['’‘](?:\d\d?s?(?![\p{L}\p{N}])|n['’‘](?![\p{L}])|(?:tis|twas|twere|em|cause|cos|til|till|bout|round|nuff|kay|ello|ere)(?![\p{L}]))/iu;

/** True when the mark at `i` starts an elided word rather than a quotation. */
export function isElision(text: string, i: number): boolean {
  return ELISION.test(text.slice(i, i + 8));
}

/** Context of a mark: may it open (space before, text after) or close (text before, space after)? */
export function markContext(text: string, i: number, lo: number, hi: number): { canOpen: boolean; canClose: boolean } {
  const prev = i > lo ? text[i - 1] : undefined;
  const next = i + 1 < hi ? text[i + 1] : undefined;
  const prevOpens = isSpaceOrEdge(prev) || isOpeningPunct(prev) || (prev !== undefined && MARK_CHARS.has(prev) && prev !== '’') || prev === ':';
  const nextCloses = isSpaceOrEdge(next) || !isWordChar(next);
  return { canOpen: prevOpens && !isSpaceOrEdge(next), canClose: !isSpaceOrEdge(prev) && nextCloses };
}
