/**
 * "the Society of the Cincinnati … members of the Society", "Jack London Square … makes the Square
 * interesting", "County of Maui … the County did": an institution's or a place's head word alone
 * after "the" is a short form of the latest name with that head.
 */
import type { NameCandidate } from './findMentions';
import { BUILDING_HEADS, ORG_HEADS, PLACE_HEADS } from './names';

function isHeadWord(key: string): boolean {
  return ORG_HEADS.has(key) || PLACE_HEADS.has(key) || BUILDING_HEADS.has(key);
}

/**
 * The head word of a name of two words or more that is no person's: its last word ("Jack London
 * Square") or the word before "of" that opens it ("County of Maui"); undefined otherwise.
 */
export function headWordOf(c: NameCandidate): string | undefined {
  const t = c.tokens;
  if (t.length < 2 || c.type === 'person') return undefined;
  if (t.length > 2 && t[1].key === 'of' && isHeadWord(t[0].key)) return t[0].key;
  const last = t[t.length - 1].key;
  return isHeadWord(last) ? last : undefined;
}

/** "the Society": a lower-case "the" right before the candidate's one word. */
function afterLowerCaseThe(text: string, c: NameCandidate): boolean {
  const s = c.span.start;
  return s >= 4 && text.charCodeAt(s - 1) === 32 && text.slice(s - 4, s - 1) === 'the' && !/\p{L}/u.test(text.charAt(s - 5));
}

/**
 * Marks each head word alone after "the" (`aliasOf`) as a short form of the latest earlier name
 * with that head word, in one pass over the candidates. A head word with no such name before it,
 * a title alone ("the Secretary") and a name with a possessive are left alone.
 */
export function linkHeadShortForms(text: string, cands: NameCandidate[]): void {
  const latest = new Map<string, number>();
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const head = headWordOf(c);
    if (head !== undefined) {
      latest.set(head, k);
      continue;
    }
    if (c.tokens.length !== 1 || c.aliasOf !== undefined || c.acronymOf !== undefined || c.titleOnly || c.title) continue;
    const target = latest.get(c.tokens[0].key);
    if (target !== undefined && afterLowerCaseThe(text, c)) c.aliasOf = target;
  }
}
