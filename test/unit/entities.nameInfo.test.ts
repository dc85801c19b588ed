/**
 * `nameInfo` is shared between candidates of the same text and words (a memo): it must equal the
 * info worked out afresh, and candidates of the same text with other words must not share one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clearMemos } from '../../server/src/core/memo';
import { nameInfo } from '../../server/src/core/entities/clusterMentions';
import type { NameCandidate, NameToken } from '../../server/src/core/entities/nameTypes';
import { isWord, tokenize } from '../../server/src/core/entities/tokens';

/** A candidate of the words of `text` (the fields `nameInfo` reads), placed at `at` in its paragraph. */
function candidate(text: string, at: number, words: NameToken[] = tokenize(text).filter(isWord).map((t) => ({ text: t.text, key: t.key, start: at + t.start, end: at + t.end }))): NameCandidate {
  return { text, tokens: words, span: { start: at, end: at + text.length } } as NameCandidate;
}

describe('nameInfo memo', () => {
  it('gives a candidate met again the info worked out afresh', () => {
    for (const text of ['Boston Red Sox', 'NATO', 'George H. W. Bush', 'Université de Montréal', 'Sheikh Lotfollah Mosque']) {
      clearMemos();
      const fresh = nameInfo(candidate(text, 0));
      const again = nameInfo(candidate(text, 40));
      assert.equal(again, fresh, text);
      clearMemos();
      assert.deepEqual(nameInfo(candidate(text, 7)), fresh, text);
    }
  });

  it('keeps candidates of one text apart when their words differ', () => {
    clearMemos();
    const whole = nameInfo(candidate('Red Sox', 0));
    // the same text read as one word (its key made up: the memo must compare the words, not only the text)
    const oneWord = nameInfo(candidate('Red Sox', 0, [{ text: 'Red Sox', key: 'red sox', start: 0, end: 7 }]));
    assert.notEqual(oneWord, whole);
    assert.deepEqual(oneWord.parts.full, 'red sox');
    assert.equal(oneWord.shape.keys.length, 1);
    assert.equal(whole.shape.keys.length, 2);
  });
});
