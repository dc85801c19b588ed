/**
 * `first-reference` asks whether the common noun after a possessive ("Rossi's Bakery") stands
 * lower-case elsewhere ("a corner bakery"): `hasWord` answers with one scan where a regular
 * expression `(?<!\p{L})word(?!\p{L})` was built per mention. Both must answer alike.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { hasWord } from '../../server/src/core/rules/firstReference';

/** The expression `namesBusiness` built before (the words are letters: nothing to escape). */
function byRegExp(text: string, word: string): boolean {
  return new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(text);
}

const WORDS = ['bakery', 'café', 'caf', 'straße', 'i̇stanbul', 'ölçek', '𝐚b', 'b𝐚', 'e'];
// the words, their capitalised and accented neighbours, letters beyond the BMP, marks, lone surrogates
const PIECES = [
  ...WORDS, 'Bakery', 'bakerys', 'sbakery', 'cafés', 'Café', 'é', 'e\u0301', '\u0301', 'ß', 'İ', 'i', '𝐚', '𝐀', '😀', '\ud835', '\udc1a',
  ' ', "'", '’', '-', '_', '1', '.', '\n', 'x',
];

describe('hasWord', () => {
  it('answers as the regular expression on words cut by accents, marks, surrogate pairs and case', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join('')), fc.constantFrom(...WORDS), (text, word) => {
        assert.equal(hasWord(text, word), byRegExp(text, word), JSON.stringify([text, word]));
      }),
      { numRuns: 20000, seed: 5 },
    );
  });
  it('needs no letter on either side, and the case as written', () => {
    assert.equal(hasWord('a corner bakery.', 'bakery'), true);
    assert.equal(hasWord('the bakeryman', 'bakery'), false);
    assert.equal(hasWord('the Bakery', 'bakery'), false);
    assert.equal(hasWord('un cafés', 'café'), false);
    assert.equal(hasWord('le café\u0301', 'café'), true);
    assert.equal(hasWord('𝐀bakery', 'bakery'), false);
    assert.equal(hasWord('😀bakery', 'bakery'), true);
  });
});
