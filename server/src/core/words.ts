/**
 * Where a word ends: the one word-boundary scanner of both tokenizers (entities and quotations).
 * A word is letters, marks and digits, joined by an apostrophe, a hyphen or a full stop (and,
 * for the quotation engine, `&`) when another word character follows.
 */

/** ASCII letters and digits. */
export function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/uy;
const WORD_WITH_AMPERSAND = /[\p{L}\p{M}\p{N}]+(?:['’\-.&][\p{L}\p{M}\p{N}]+)*/uy;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Per UTF-16 code unit (surrogates apart): 0 not looked at yet, 1 a letter, mark or digit, 2 not (a pure memo). */
const wordUnitClass = new Uint8Array(0x10000);

/**
 * Whether the code point at `i` is a letter, mark or digit, `c` its first code unit: ASCII by
 * hand, other code units of the Basic Multilingual Plane from a table filled on first sight,
 * surrogates (and `i` past the end) by the regular expression.
 */
export function isWordCharAt(text: string, i: number, c: number): boolean {
  if (c < 128) return isAsciiWordChar(c);
  if (c < 0xd800 || (c > 0xdfff && c <= 0xffff)) {
    let k = wordUnitClass[c];
    if (k === 0) wordUnitClass[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    return k === 1;
  }
  return wordStartsAt(text, i);
}

/** A code unit at which the word regular expression can neither go on nor join: not a surrogate, not a joiner, no letter, mark or digit. */
function stopsWord(text: string, j: number, c: number): boolean {
  return (c < 0xd800 || (c > 0xdfff && c <= 0xffff)) && c !== 0x2019 && !isWordCharAt(text, j, c);
}

/**
 * End of the word starting at `i`, which must be a word character: ASCII by hand (and a word that
 * ends at a non-ASCII space, dash or quote), anything else by the regular expression. With
 * `ampersand`, `&` joins too ("AT&T").
 */
export function wordEnd(text: string, i: number, ampersand = false): number {
  const j = asciiWordEnd(text, i, ampersand);
  if (j >= 0) return j;
  // a non-ASCII word character (or a surrogate): it may continue the word
  const word = ampersand ? WORD_WITH_AMPERSAND : WORD;
  word.lastIndex = i;
  return i + word.exec(text)![0].length;
}

/** Whether the word regular expression matches at `i` (for a non-ASCII first character). */
export function wordStartsAt(text: string, i: number, ampersand = false): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || (c > 0xdfff && c <= 0xffff)) return isWordCharAt(text, i, c);
  const word = ampersand ? WORD_WITH_AMPERSAND : WORD;
  word.lastIndex = i;
  return word.test(text);
}

/**
 * `\s` of JavaScript regular expressions, on one UTF-16 code unit (the space between words, and
 * what a paragraph's span is trimmed of): every `isLineSpace` character, and the line breaks (`\n`,
 * `\r`, U+2028, U+2029), `\v`, `\f` and U+FEFF.
 */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return isLineSpace(c) || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

/**
 * A character a blank line may hold (`[\t\p{Zs}]`): a tab or a space separator (the space, the
 * no-break spaces U+00A0 and U+202F, U+2000–U+200A, U+3000…). A line of them ends a paragraph
 * wherever paragraphs are split (markup/scan.ts) and in the TextMate grammar's quotes and notes; a
 * line holding another `isJsSpace` character (`\f`, U+FEFF) is no blank line.
 */
export function isLineSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || c === 9;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** FNV-1a: the start value of a word's hash (the tokenizers' memos by spelling). */
const FNV_OFFSET = 0x811c9dc5 | 0;
/** FNV-1a: the multiplier of each step, `h = Math.imul(h ^ charCode, FNV_PRIME)`. */
const FNV_PRIME = 0x01000193;

/** The FNV-1a hash of `text[start, end)`. */
export function wordHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h;
}

/**
 * The hash of the word `asciiWordEnd` last found: a hidden second result (no object per word),
 * written over by every later `asciiWordEnd` or `wordEnd` call.
 */
let lastHash = 0;

/**
 * The FNV-1a hash of the word the last `asciiWordEnd` that did not give -1 found. Read it right
 * after that call: any `asciiWordEnd` or `wordEnd` call in between (`wordEnd` is built on
 * `asciiWordEnd`) writes over it.
 */
export function lastWordHash(): number {
  return lastHash;
}

/**
 * `wordEnd(text, i, ampersand)` for a word whose first character, at `i`, is an ASCII letter or
 * digit, its FNV-1a hash computed on the way (`lastWordHash`) so that each character is read
 * once; -1 where a non-ASCII letter, mark or digit may go on with the word (`wordEnd` decides those),
 * and at once for a word that starts with one (`wordEnd` calls it for any word start).
 * The hash is a hidden second result: read `lastWordHash()` right after this call, with no other
 * `asciiWordEnd` or `wordEnd` call between the scan and it (each writes over it).
 */
export function asciiWordEnd(text: string, i: number, ampersand = false): number {
  const n = text.length;
  let h = FNV_OFFSET;
  let j = i;
  for (;;) {
    let c = 0;
    while (j < n && isAsciiWordChar((c = text.charCodeAt(j)))) {
      h = Math.imul(h ^ c, FNV_PRIME);
      j++;
    }
    if (j >= n) break;
    if (c === 39 || c === 0x2019 || c === 45 || c === 46 || (ampersand && c === 38)) {
      // a joiner continues the word only before a word character
      const d = j + 1 < n ? text.charCodeAt(j + 1) : 32;
      if (isAsciiWordChar(d)) {
        h = Math.imul(h ^ c, FNV_PRIME);
        j++;
        continue;
      }
      if (d < 128 || stopsWord(text, j + 1, d)) break;
      return -1;
    }
    if (c < 128 || stopsWord(text, j, c)) break;
    return -1;
  }
  lastHash = h;
  return j;
}

/** Whether `text` has the characters of `word` at `start`. */
function sameChars(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * Values by spelling, looked up by the characters of a text (a pure memo: news text repeats its
 * words): a word seen before is neither cut out of its text nor hashed by the engine again.
 * Open addressing on the FNV-1a hash the word scans compute (`wordHash`, `lastWordHash`); the
 * table starts at one slot (nothing is allocated before a text is tokenized), grows to
 * `FIRST_GROWTH` slots and then doubles when half full, so it follows the vocabulary; past
 * `limit` values it starts afresh.
 */
export class SpellingTable<T extends { readonly raw: string }> {
  private slots: (T | undefined)[] = new Array<T | undefined>(1).fill(undefined);
  private hashes = new Int32Array(1);
  private mask = 0;
  private count = 0;
  private static readonly FIRST_GROWTH = 1 << 12;

  /** `make` builds the value of a spelling seen for the first time. */
  constructor(
    private readonly make: (raw: string) => T,
    private readonly limit: number,
  ) {}

  /** The value of the spelling `text[start, end)`, whose hash is `h`. */
  get(text: string, start: number, end: number, h: number): T {
    const len = end - start;
    const slots = this.slots;
    const hashes = this.hashes;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const v = slots[slot];
      if (v === undefined) break;
      if (hashes[slot] === h && v.raw.length === len && sameChars(v.raw, text, start)) return v;
      slot = (slot + 1) & mask;
    }
    if (this.count >= this.limit) this.clear();
    if ((this.count + 1) * 2 > this.slots.length) {
      this.grow();
      slot = this.freeSlot(h);
    }
    const v = this.make(text.slice(start, end));
    this.slots[slot] = v;
    this.hashes[slot] = h;
    this.count++;
    return v;
  }

  /** Empties the table back to its one slot (partial words typed in a session fill it). */
  clear(): void {
    this.slots = new Array<T | undefined>(1).fill(undefined);
    this.hashes = new Int32Array(1);
    this.mask = 0;
    this.count = 0;
  }

  private freeSlot(h: number): number {
    let slot = h & this.mask;
    while (this.slots[slot] !== undefined) slot = (slot + 1) & this.mask;
    return slot;
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    const size = Math.max(SpellingTable.FIRST_GROWTH, oldSlots.length * 2);
    this.slots = new Array<T | undefined>(size).fill(undefined);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    for (let k = 0; k < oldSlots.length; k++) {
      const v = oldSlots[k];
      if (v === undefined) continue;
      const slot = this.freeSlot(oldHashes[k]);
      this.slots[slot] = v;
      this.hashes[slot] = oldHashes[k];
    }
  }
}
