/**
 * Gender of people and the he/she-type pronouns after their mentions, which `fillGender`
 * (entities/index.ts) counts as evidence after titles and first names.
 */
import { tokenize, type Token } from './tokens';

/** Gender as the quotation engine uses it to resolve `he` and `she`. */
export type Gender = 'male' | 'female' | 'unknown';

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);

/** The first he/she-type pronoun in `text` (a stretch after a mention, before the next person). */
export function firstPronoun(text: string): 'male' | 'female' | null {
  for (const t of tokenize(text)) {
    if (!t.word) continue;
    if (MALE.has(t.key)) return 'male';
    if (FEMALE.has(t.key)) return 'female';
  }
  return null;
}

/** Where a paragraph's he/she-type pronouns stand among its tokens, for binary searches. */
export interface PronounIndex {
  /** The paragraph's tokens (in order, not overlapping: searched by their offsets). */
  tokens: readonly Token[];
  /** Indices into `tokens` of the pronouns, in order, and whether each is male (1) or female (0). */
  at: Int32Array;
  male: Uint8Array;
}

/** The pronouns among a paragraph's tokens (callers keep it with the cached token list: `PreparedParagraph.pronouns`). */
export function pronounIndex(tokens: readonly Token[]): PronounIndex {
  const at: number[] = [];
  const male: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    // every pronoun of MALE and FEMALE starts with h or s: most words need no look-up
    const first = t.key.charCodeAt(0);
    if (first !== 104 && first !== 115) continue;
    const isMale = MALE.has(t.key);
    if (!isMale && !FEMALE.has(t.key)) continue;
    at.push(k);
    male.push(isMale ? 1 : 0);
  }
  return { tokens, at: Int32Array.from(at), male: Uint8Array.from(male) };
}

/**
 * `firstPronoun(text.slice(from, to))` answered from the paragraph's tokens (`base` its start) by
 * binary searches: the first pronoun of the stretch, unless the stretch ends inside a token before it
 * (that token is read as cut).
 */
export function firstPronounIndexed(index: PronounIndex, base: number, text: string, from: number, to: number): 'male' | 'female' | null {
  const { tokens, at } = index;
  const n = tokens.length;
  const lo = from - base;
  const hi = to - base;
  const a = firstEndingAfter(tokens, lo, 0);
  // a stretch that starts inside a token: tokenize it as it is
  if (a < n && tokens[a].start < lo) return firstPronoun(text.slice(from, to));
  // tokens do not overlap: the first one ending after `hi` stops the scan (it lies beyond, or is cut by, the stretch end)
  const b = firstEndingAfter(tokens, hi, a);
  let x = 0;
  let y = at.length;
  while (x < y) {
    const mid = (x + y) >> 1;
    if (at[mid] < a) x = mid + 1;
    else y = mid;
  }
  if (x < at.length && at[x] < b) return index.male[x] ? 'male' : 'female';
  if (b < n && tokens[b].start < hi) return firstPronoun(text.slice(base + tokens[b].start, to));
  return null;
}

/** The first token index from `from` on whose end lies after `offset` (tokens.length if none; ends ascend). */
function firstEndingAfter(tokens: readonly Token[], offset: number, from: number): number {
  let a = from;
  let b = tokens.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (tokens[mid].end <= offset) a = mid + 1;
    else b = mid;
  }
  return a;
}
