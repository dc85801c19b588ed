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
export function stopsWord(text: string, j: number, c: number): boolean {
  return (c < 0xd800 || (c > 0xdfff && c <= 0xffff)) && c !== 0x2019 && !isWordCharAt(text, j, c);
}

/**
 * End of the word starting at `i`, which must be a word character: ASCII by hand (and a word that
 * ends at a non-ASCII space, dash or quote), anything else by the regular expression. With
 * `ampersand`, `&` joins too ("AT&T").
 */
export function wordEnd(text: string, i: number, ampersand = false): number {
  const n = text.length;
  let j = i;
  for (;;) {
    while (j < n && isAsciiWordChar(text.charCodeAt(j))) j++;
    if (j >= n) return j;
    const c = text.charCodeAt(j);
    if (c === 39 || c === 0x2019 || c === 45 || c === 46 || (ampersand && c === 38)) {
      // a joiner continues the word only before a word character
      const d = j + 1 < n ? text.charCodeAt(j + 1) : 32;
      if (isAsciiWordChar(d)) {
        j += 1;
        continue;
      }
      if (d < 128 || stopsWord(text, j + 1, d)) return j;
    } else if (c < 128 || stopsWord(text, j, c)) return j;
    break; // a non-ASCII word character (or a surrogate): it may continue the word
  }
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

/** `\s` of JavaScript regular expressions, on one UTF-16 code unit. */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
