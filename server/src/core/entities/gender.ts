/**
 * Gender of people and the he/she-type pronouns after their mentions, which `fillGender`
 * (entities/index.ts) counts as evidence after titles and first names.
 */
import { BoundedTable } from '../memo';
import { isJsSpace } from '../words';
import { isWord, tokenize, type Token } from './tokens';
import { GENDERED_PRONOUNS } from '../quotes/tokens';
import { KIN_NOUNS, type KinGender } from '../kin';

/** Gender as the quotation engine uses it to resolve `he` and `she`. */
export type Gender = 'male' | 'female' | 'unknown';

/** The he/she-type pronouns of one gender: the quotation engine's (`GENDERED_PRONOUNS`) and the reflexive. */
function pronounsOf(gender: 'male' | 'female', reflexive: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const [word, g] of GENDERED_PRONOUNS) if (g === gender) words.add(word);
  return words.add(reflexive);
}

const MALE = pronounsOf('male', 'himself');
const FEMALE = pronounsOf('female', 'herself');

/** A word "of" inside a role: the noun before the first one is the role's ("the wife of the senator"). */
const OF_INSIDE = /\sof\s/i;

/**
 * The noun of kinship a role stands on, by its gender: its last word ("his sister", "her late husband"), or
 * where it has an "of" phrase the word before it ("the wife of the senator", "a mother of two"); null where
 * that is no noun of kinship ("a friend of the victim's mother" is the mother's friend).
 */
function kinOfRole(role: string): KinGender | null {
  // (every analysis asks about every role again: the answer by role, no new string per call)
  let kin = kinByRole.get(role);
  if (kin === undefined) {
    const of = role.search(OF_INSIDE);
    const end = of < 0 ? role.length : of;
    let start = end;
    while (start > 0 && !isJsSpace(role.charCodeAt(start - 1))) start--;
    kin = KIN_NOUNS.get(role.slice(start, end).toLowerCase()) ?? null;
    kinByRole.set(role, kin);
  }
  return kin;
}

/** Most roles `kinByRole` keeps. */
const KIN_ROLES_KEPT = 2_000;
/** `kinOfRole`'s answers, a pure memo. */
const kinByRole = new BoundedTable<KinGender | null>(KIN_ROLES_KEPT);

/** Whether a role makes its person someone's kin ("his brother, George Whitman"; not "a friend of his brother"). */
export function namesKin(role: string): boolean {
  return kinOfRole(role) !== null;
}

/**
 * The gender a role ending in a noun of kinship tells ("his sister" female, "her late husband" male), else
 * undefined: "Keisha Hayes, his sister": the pronoun is the brother's, the role hers.
 */
export function kinRoleGender(role: string): 'male' | 'female' | undefined {
  const kin = kinOfRole(role);
  return kin === 'male' || kin === 'female' ? kin : undefined;
}

/** The first he/she-type pronoun in `text` (a stretch after a mention, before the next person). */
export function firstPronoun(text: string): 'male' | 'female' | null {
  for (const t of tokenize(text)) {
    if (!isWord(t)) continue;
    if (MALE.has(t.key)) return 'male';
    if (FEMALE.has(t.key)) return 'female';
  }
  return null;
}

/**
 * Where a paragraph's he/she-type pronouns stand among its tokens, for binary searches: one typed
 * list, kept without the tokens (a memo keeps one per paragraph; each typed list object costs more
 * than a paragraph's pronouns, so the two parts share one).
 */
export interface PronounIndex {
  /** How many tokens the paragraph has (`list` begins with their bounds). */
  tokens: number;
  /**
   * Each token's start and end, one after the other (in order, not overlapping: searched by the
   * ends), then each pronoun's token index times 2, plus 1 for a male one, in order.
   */
  list: Int32Array;
}

/**
 * Where `pronounIndex` collects the token bounds and the pronoun codes of the paragraph being read
 * (module-level storage: each token is read once, then the numbers are copied into the index).
 */
const boundsScratch = new Int32Array(8192);
const pronounCodes: number[] = [];

/** The pronouns among a paragraph's tokens (callers keep it with the cached paragraph: `KeptParagraph.pronouns`). */
export function pronounIndex(tokens: readonly Token[]): PronounIndex {
  const n = tokens.length;
  // (a paragraph of more tokens than the scratch holds, rare, reads them into a list of its own)
  const bounds = 2 * n <= boundsScratch.length ? boundsScratch : new Int32Array(2 * n);
  let pronounCount = 0;
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    bounds[2 * k] = t.start;
    bounds[2 * k + 1] = t.end;
    if (!isWord(t)) continue;
    // every pronoun of MALE and FEMALE starts with h or s: most words need no look-up
    const first = t.key.charCodeAt(0);
    if (first !== 104 && first !== 115) continue;
    const isMale = MALE.has(t.key);
    if (isMale || FEMALE.has(t.key)) pronounCodes[pronounCount++] = 2 * k + (isMale ? 1 : 0);
  }
  const list = new Int32Array(2 * n + pronounCount);
  list.set(bounds.subarray(0, 2 * n));
  for (let j = 0; j < pronounCount; j++) list[2 * n + j] = pronounCodes[j];
  return { tokens: n, list };
}

/**
 * `firstPronoun(text.slice(from, to))` answered from the paragraph's tokens (`base` its start) by
 * binary searches: the first pronoun of the stretch, unless the stretch ends inside a token before it
 * (that token is read as cut).
 */
export function firstPronounIndexed(index: PronounIndex, base: number, text: string, from: number, to: number): 'male' | 'female' | null {
  // (the bounds are list[0, 2n), the pronouns list[2n, list.length))
  const { tokens: n, list } = index;
  const lo = from - base;
  const hi = to - base;
  const a = firstEndingAfter(list, n, lo, 0);
  // a stretch that starts inside a token: tokenize it as it is
  if (a < n && list[2 * a] < lo) return firstPronoun(text.slice(from, to));
  // tokens do not overlap: the first one ending after `hi` stops the scan (it lies beyond, or is cut by, the stretch end)
  const b = firstEndingAfter(list, n, hi, a);
  let x = 2 * n;
  let y = list.length;
  while (x < y) {
    const mid = (x + y) >> 1;
    if (list[mid] >> 1 < a) x = mid + 1;
    else y = mid;
  }
  if (x < list.length && list[x] >> 1 < b) return list[x] & 1 ? 'male' : 'female';
  if (b < n && list[2 * b] < hi) return firstPronoun(text.slice(base + list[2 * b], to));
  return null;
}

/** The first token index from `from` on whose end (in `bounds`, the `n` tokens' ascending bounds first) lies after `offset` (`n` if none). */
function firstEndingAfter(bounds: Int32Array, n: number, offset: number, from: number): number {
  let a = from;
  let b = n;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (bounds[2 * mid + 1] <= offset) a = mid + 1;
    else b = mid;
  }
  return a;
}
