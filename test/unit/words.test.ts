/**
 * The hand-written word scanner of core/words.ts must give exactly what its regular expressions
 * give: random strings over a pool of tricky characters, at every position.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isWordCharAt, wordEnd, wordStartsAt } from '../../server/src/core/words';

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/uy;
const WORD_WITH_AMPERSAND = /[\p{L}\p{M}\p{N}]+(?:['’\-.&][\p{L}\p{M}\p{N}]+)*/uy;

function referenceEnd(text: string, i: number, ampersand: boolean): number {
  const re = ampersand ? WORD_WITH_AMPERSAND : WORD;
  re.lastIndex = i;
  const m = re.exec(text);
  return m ? i + m[0].length : -1;
}

const POOL = ['a', 'Z', '1', 'é', 'É', 'ß', 'Ł', '\u0301', '٣', 'ǅ', "'", '’', '‘', '-', '‐', '–', '—', '.', '&', ',', ' ', '\u00a0', '\u2009', '“', '”', '"', '😀', '𝐓', '\ud83d', '\ude00', '中', '\uffff', '\ue000'];
const text = fc.array(fc.constantFrom(...POOL), { maxLength: 40 }).map((xs) => xs.join(''));

describe('word scanner', () => {
  it('wordEnd and wordStartsAt equal the regular expressions at every position', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, ampersand) => {
        for (let i = 0; i <= t.length; i++) {
          const expected = referenceEnd(t, i, ampersand);
          assert.equal(wordStartsAt(t, i, ampersand), expected >= 0, `wordStartsAt ${JSON.stringify(t)} ${i}`);
          assert.equal(isWordCharAt(t, i, t.charCodeAt(i)), expected >= 0, `isWordCharAt ${JSON.stringify(t)} ${i}`);
          if (expected >= 0) assert.equal(wordEnd(t, i, ampersand), expected, `wordEnd ${JSON.stringify(t)} ${i}`);
        }
      }),
      { numRuns: 20_000, seed: 11 },
    );
  });
});
