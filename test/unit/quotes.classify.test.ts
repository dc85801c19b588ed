/**
 * A local attribution's memo entry keeps only the last two tokens before its quotation (see
 * `LocalAttribution.before` in quotes/index.ts): the classifier must read no more of them than that.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { characterBefore, endsSurrogatePair } from '../../server/src/core/chars';
import { classifyQuotation, TextIndex } from '../../server/src/core/quotes/classify';
import { tokenize } from '../../server/src/core/quotes/tokens';

const WORDS = ['so-called', 'the', 'documentary', 'known', 'such', 'as', 'said', 'He', 'Smith', ',', ':', '—', '(', 'and', 'film', 'called'];
const QUOTED = ['We will win.', 'a disgrace', 'Never again,', 'the best film', 'It is over, done and finished!', 'fake news', 'Yes?'];

describe('classifyQuotation', () => {
  it('gives the same kind from the last two tokens before the quotation as from the whole sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }), fc.constantFrom(...QUOTED), fc.boolean(), (words, text, attributed) => {
        const sentence = words.join(' ');
        const before = tokenize(sentence, 0, sentence.length);
        assert.equal(classifyQuotation({ text, before: before.slice(-2), attributed }), classifyQuotation({ text, before, attributed }));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('after a scare introducer, a short term is scare and a whole sentence is a quotation', () => {
    const kind = (sentence: string, text: string, attributed = false) => classifyQuotation({ text, before: tokenize(sentence, 0, sentence.length), attributed });
    assert.equal(kind('the so-called', 'fake news'), 'scare');
    // (five words: scare by the introducer's rule alone, not as a short fragment)
    assert.equal(kind('the documentary', 'Never again, never, not ever'), 'scare');
    // ends like a sentence, six words: not a term after the introducer, but a whole sentence (the direct rule's sentence end)
    assert.equal(kind('the documentary', 'It is over, done and finished!'), 'direct');
    assert.equal(kind('the so-called', 'It is over.', true), 'partial');
  });
});

describe('classifyQuotation with and without an index', () => {
  it('reads the same words, case and ending from the text as from a TextIndex over it', () => {
    // words and what stands between them: spaces, punctuation, digits, a letter past ASCII, an astral letter and an emoji
    const PIECES = ['we', 'Win', 'x', '42', ' ', '  ', '\n', ',', '.', '!', '?', '…', '—', '-', '"', "'", 'é', 'É', '𝐀', '🙂', '\u00a0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), fc.boolean(), (pieces, attributed) => {
        const text = pieces.join('');
        const before = tokenize('he said', 0, 7);
        const at = { index: new TextIndex(text, 0, text.length), start: 0, end: text.length };
        assert.equal(classifyQuotation({ text, before, attributed }), classifyQuotation({ text, before, attributed, at }));
      }),
      { numRuns: 3000, seed: 9 },
    );
  });
});

describe('surrogate pairs in the quoted text', () => {
  // a letter outside the BMP ("𝐀", U+1D400) at 1–2, an emoji (no letter) at 4–5, "x" at 7
  const text = ' 𝐀 🙂 x';

  it('endsSurrogatePair: only the low half right after its high half', () => {
    assert.deepEqual(Array.from({ length: text.length }, (_, i) => endsSurrogatePair(text, i)), [false, false, true, false, false, true, false, false]);
    assert.equal(endsSurrogatePair('\udc00', 0), false); // a lone low half
    assert.equal(endsSurrogatePair('a\udc00', 1), false);
    assert.equal(characterBefore(text, 3), '𝐀');
  });

  it('TextIndex: a letter counts where it starts, its second half and an emoji are none', () => {
    const index = new TextIndex(text, 0, text.length);
    assert.deepEqual([0, 1, 2, 3].map((p) => index.letter(p)), [1, 1, 7, 7]);
    assert.deepEqual([0, 1, 2, 3].map((p) => index.wordChar(p)), [1, 1, 7, 7]);
    assert.equal(index.space(1), 3);
    // a region that starts inside the pair
    assert.equal(new TextIndex(text, 2, text.length).letter(2), 7);
  });
});
