/**
 * The quotation tokenizer (words looked up by spelling, hashed during the scan) must give exactly
 * what a regular expression per token gives: random strings over a pool of tricky pieces.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ABBREVIATIONS, firstTokenPast, tokenize, type Token } from '../../server/src/core/quotes/tokens';

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.&][\p{L}\p{M}\p{N}]+)*/uy;
const UPPER = /^\p{Lu}/u;
const DRI = /^[DRI]-[A-Z][a-z]{0,4}$/;

/** The quotation tokenizer as a regular expression per token. */
function referenceTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (' \t\n\r\u00a0'.includes(text[i])) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    // (a sticky search that starts inside a surrogate pair may report the pair's start)
    if (m && m.index === i) {
      let word = m[0];
      const lower = word.toLowerCase();
      let end = i + word.length;
      if (text[end] === '.' && (ABBREVIATIONS.has(lower) || (word.length === 1 && UPPER.test(word)) || word.includes('.') || DRI.test(word))) {
        end++;
        word += '.';
      }
      tokens.push({ text: word, lower, start: i, end, isWord: true, cap: UPPER.test(word[0]) });
      i = end;
      continue;
    }
    const c = text.charCodeAt(i);
    const t = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i];
    tokens.push({ text: t, lower: t, start: i, end: i + t.length, isWord: false, cap: false });
    i += t.length;
  }
  return tokens;
}

/** (no lone surrogate: a sticky search inside a pair is the word scanner's own corner, unchanged here) */
const WORD_POOL = ['Sen', 'D-Mass', 'U.S', 'AT', '&', 'T', 'J', 'a', 'x', 'é', 'É', 'ß', '1', "'", '’', '-', '.', ',', ' ', '\u00a0', '\n', '“', '”', '"', '😀', '𝐓', '\u0301', 'Calif', 'he', 'she', 'mass', 'p.m', 'no', 'Ł'];
const from = (pool: string[]) => fc.array(fc.constantFrom(...pool), { maxLength: 60 }).map((xs) => xs.join(''));

describe('quotation tokenizer', () => {
  it('equals the regular-expression tokenizer', () => {
    fc.assert(fc.property(from(WORD_POOL), (t) => assert.deepStrictEqual(tokenize(t, 0, t.length), referenceTokens(t))), { numRuns: 20_000, seed: 7 });
  });

  it('finds the first token past some punctuation as the whole list has it', () => {
    const passed = new Set([',', '-', '.']);
    fc.assert(
      fc.property(from(WORD_POOL), fc.nat(), fc.nat(), (t, a, b) => {
        const start = a % (t.length + 1);
        const end = start + (b % (t.length - start + 1));
        const expected = tokenize(t, start, end).find((token) => token.isWord || !passed.has(token.text)) ?? null;
        assert.deepStrictEqual(firstTokenPast(t, start, end, passed), expected);
      }),
      { numRuns: 20_000, seed: 7 },
    );
  });
});
