/** `nameKey` must give what it gave when it cut the name into words with a regular expression. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { nameKey } from '../../server/src/core/quotes/pronouns';

/** The key as it was: the last word of the trimmed name split on `\s+`, lower case, without a possessive ending. */
function reference(name: string): string {
  const words = name.trim().split(/\s+/);
  return `name:${words[words.length - 1].toLowerCase().replace(/['’]s$/, '')}`;
}

describe('nameKey', () => {
  it('gives the last word, lower case, without a possessive ending, for any spacing', () => {
    const unit = fc.constantFrom('a', 'B', 's', 'S', "'", '’', ' ', '\t', '\n', '\u00a0', '\u2009', '\ufeff', 'İ', 'x');
    fc.assert(fc.property(fc.string({ unit, maxLength: 12, size: 'max' }), (name) => assert.equal(nameKey(name), reference(name))), { numRuns: 20_000 });
    for (const name of ['Mike Pompeo', "Pompeo's", '  Ana  María’S\u00a0', '', ' ', "'s", 'x’s ']) assert.equal(nameKey(name), reference(name), JSON.stringify(name));
  });
});
