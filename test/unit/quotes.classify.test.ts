/**
 * A local attribution's memo entry keeps only the last two tokens before its quotation (see
 * `LocalAttribution.before` in quotes/index.ts): the classifier must read no more of them than that.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { classifyQuotation } from '../../server/src/core/quotes/classify';
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
});
