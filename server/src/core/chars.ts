/**
 * Character classes shared by the quotation engine, the hover-card finder and the Sources view's
 * name sort key: each test reads one character, a UTF-16 code unit or (for `isUpper`, `isLetter`,
 * `isLetterOrDigit`) a surrogate pair given whole.
 */

import { isAsciiWordChar } from './words';

const WORD = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True for a letter, digit or combining mark. Surrogate halves (emoji) are not word characters. */
export function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return isAsciiWordChar(code);
  return WORD.test(c);
}

/**
 * The character at `s[i]`, as the tests here take it: a surrogate pair whole when it ends before
 * `end`, a lone half alone; undefined past the text's end.
 */
export function characterAt(s: string, i: number, end = s.length): string | undefined {
  const c = s.charCodeAt(i);
  if (isHighSurrogate(c) && i + 1 < end && isLowSurrogate(s.charCodeAt(i + 1))) return s.slice(i, i + 2);
  return s[i];
}

/** The character ending at `s[i - 1]`, as `characterAt` reads one: a surrogate pair whole, a lone half alone; undefined at the start. */
export function characterBefore(s: string, i: number): string | undefined {
  if (i === 0) return undefined;
  return s.slice(endsSurrogatePair(s, i - 1) ? i - 2 : i - 1, i);
}

/** Whether `s[i]` is the low half of a surrogate pair whose high half is `s[i - 1]`: no character starts there. */
export function endsSurrogatePair(s: string, i: number): boolean {
  return i >= 1 && isLowSurrogate(s.charCodeAt(i)) && isHighSurrogate(s.charCodeAt(i - 1));
}

/** Whether the code unit `c` is the high (first) half of a surrogate pair. */
export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Whether the code unit `c` is the low (second) half of a surrogate pair. */
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** True for whitespace or outside the text. */
export function isSpaceOrEdge(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u202f' || c === '\u2009';
}

/** True for an upper-case letter. */
export function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(c);
}

/** True for a letter. */
export function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return LETTER.test(c);
}

/** True for a letter or a digit (no combining marks: `isWordChar` has those). */
export function isLetterOrDigit(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return isAsciiWordChar(code);
  return LETTER_OR_DIGIT.test(c);
}

/** True for a lower-case letter. */
export function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER.test(c);
}

/** Punctuation after which a quotation can open ("(", "—", a colon without space in headlines). */
export function isOpeningPunct(c: string | undefined): boolean {
  return c !== undefined && '([{—–-/'.includes(c);
}
