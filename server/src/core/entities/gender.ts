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

/** Where a paragraph's tokens and its he/she-type pronouns stand, in flat arrays for binary searches. */
export interface PronounIndex {
  tokens: readonly Token[];
  /** Start and end of each token, parallel to `tokens`. */
  starts: Int32Array;
  ends: Int32Array;
  /** Indices into `tokens` of the pronouns, in order, and whether each is male (1) or female (0). */
  at: Int32Array;
  male: Uint8Array;
}

/** The pronouns among a paragraph's tokens (callers keep it with the cached token list: `PreparedParagraph.pronouns`). */
export function pronounIndex(tokens: readonly Token[]): PronounIndex {
  const starts = new Int32Array(tokens.length);
  const ends = new Int32Array(tokens.length);
  const at: number[] = [];
  const male: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    starts[k] = t.start;
    ends[k] = t.end;
    if (!t.word) continue;
    // every pronoun of MALE and FEMALE starts with h or s: most words need no look-up
    const first = t.key.charCodeAt(0);
    if (first !== 104 && first !== 115) continue;
    const isMale = MALE.has(t.key);
    if (!isMale && !FEMALE.has(t.key)) continue;
    at.push(k);
    male.push(isMale ? 1 : 0);
  }
  return { tokens, starts, ends, at: Int32Array.from(at), male: Uint8Array.from(male) };
}

/**
 * `firstPronoun(text.slice(from, to))` answered from the paragraph's tokens (`base` its start) by
 * binary searches: the first pronoun of the stretch, unless the stretch ends inside a token before it
 * (that token is read as cut).
 */
export function firstPronounIndexed(index: PronounIndex, base: number, text: string, from: number, to: number): 'male' | 'female' | null {
  const { starts, ends, at } = index;
  const n = starts.length;
  const lo = from - base;
  const hi = to - base;
  const a = firstEndingAfter(ends, lo, 0);
  // a stretch that starts inside a token: tokenize it as it is
  if (a < n && starts[a] < lo) return firstPronoun(text.slice(from, to));
  // tokens do not overlap: the first one ending after `hi` stops the scan (it lies beyond, or is cut by, the stretch end)
  const b = firstEndingAfter(ends, hi, a);
  let x = 0;
  let y = at.length;
  while (x < y) {
    const mid = (x + y) >> 1;
    if (at[mid] < a) x = mid + 1;
    else y = mid;
  }
  if (x < at.length && at[x] < b) return index.male[x] ? 'male' : 'female';
  if (b < n && starts[b] < hi) return firstPronoun(text.slice(base + starts[b], to));
  return null;
}

/** The first index from `from` on whose end lies after `offset` (ends.length if none; ends ascend). */
function firstEndingAfter(ends: Int32Array, offset: number, from: number): number {
  let a = from;
  let b = ends.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (ends[mid] <= offset) a = mid + 1;
    else b = mid;
  }
  return a;
}
