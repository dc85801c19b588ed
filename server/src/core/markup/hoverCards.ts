import { isLetterOrDigit } from '../chars';
import type { Span } from '../types';

/** A web page's hover card pasted into a sentence after a linked name. */
export interface HoverCard {
  /** The card text to delete: from the glued full name to the closing `MORE`. */
  span: Span;
  /** The linked name the card follows, as written ("Trump"). */
  linkedName: Span;
  /** The full name the card carries ("Donald John Trump"). */
  fullName: string;
}

/**
 * A pair the scan checks exactly (a lower-case letter, `.` or `)`, then a capital), or more: only
 * these characters may stand before and at a glue point, so the scan jumps from pair to pair.
 */
const MAY_GLUE = /[a-z.)\u0080-\uffff][A-Z\u00c0-\uffff]/g;
const UPPER = /\p{Lu}/u;
const LOWER = /[\p{Ll}.)]/u;
const NAME_CHAR = /[\p{L}\p{M}'’.-]/u;
/** Longest card we accept: the seed's are about 300 characters. */
const MAX_CARD = 600;
/** Longest linked surname we look back for: names are short, and a bound keeps the scan linear. */
const MAX_SURNAME = 40;
/** Longest full name on a card. */
const MAX_FULL_NAME = 120;

/**
 * Finds hover cards such as `President TrumpDonald John TrumpDefense … MORE on Wednesday`:
 * a name glued to a capitalised full name that ends in the same surname, then headlines
 * run together up to an all-caps `MORE`. Linear: each glue point is checked once and the
 * search for `MORE` is bounded.
 */
export function findHoverCards(text: string): HoverCard[] {
  const cards: HoverCard[] = [];
  let from = 0;
  MAY_GLUE.lastIndex = 0;
  while (MAY_GLUE.test(text)) {
    // the capital of the pair; the next search starts at it (it may open the next pair)
    const i = MAY_GLUE.lastIndex - 1;
    MAY_GLUE.lastIndex = i;
    if (i < from) continue;
    const c = text.charCodeAt(i);
    // (no capital letter below U+00C0 but A-Z, nor among the spaces, dashes and quotes of U+2000-U+206F)
    if (c < 0xc0 ? c < 65 || c > 90 : (c >= 0x2000 && c <= 0x206f) || !UPPER.test(text[i])) continue;
    const b = text.charCodeAt(i - 1);
    if (b < 128 ? !((b >= 97 && b <= 122) || b === 46 || b === 41) : !LOWER.test(text[i - 1])) continue;
    // the word glued before the capital: the linked surname
    let w = i - 1;
    while (w > 0 && i - w < MAX_SURNAME && NAME_CHAR.test(text[w - 1])) w--;
    if (w > 0 && NAME_CHAR.test(text[w - 1])) continue; // a word too long to be a name
    const surname = text.slice(w, i);
    if (surname.length < 2 || !UPPER.test(surname[0])) continue;
    // the card's full name ends with the same surname, glued to the next capital
    const window = text.slice(i, Math.min(text.length, i + MAX_CARD + 4));
    const nameEnd = findGluedSurname(window, Math.min(window.length, MAX_FULL_NAME), surname);
    if (nameEnd < 0) continue;
    const more = window.indexOf('MORE', nameEnd);
    if (more < 0) continue;
    if (/\r|\n/.test(window.slice(0, more))) continue;
    const end = i + more + 4;
    if (isLetterOrDigit(text[end])) continue;
    cards.push({ span: { start: i, end }, linkedName: { start: w, end: i }, fullName: window.slice(0, nameEnd) });
    from = end;
  }
  return cards;
}

/** End of `surname` inside the full name at the start of `text`, when a capital follows it directly. */
function findGluedSurname(text: string, limit: number, surname: string): number {
  let at = text.indexOf(surname, 1);
  while (at >= 0 && at + surname.length < limit) {
    const after = at + surname.length;
    const before = text[at - 1];
    if ((before === ' ' || before === ')') && UPPER.test(text[after] ?? '')) return after;
    at = text.indexOf(surname, at + 1);
  }
  return -1;
}
