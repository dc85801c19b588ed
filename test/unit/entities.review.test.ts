/**
 * Mention-detection rules from a test review (issue 4): a one-word name opening a sentence
 * before a comma, "and" inside institutions and places, forms of address with an office, a
 * sender after "from". One-line documents, each rule with positive and negative cases.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typed } from './entities.helpers';

describe('a one-word name opening a sentence before a comma', () => {
  it('finds a name with a role in the appositive after it, typed person', () => {
    assert.deepEqual(typed('Jones, the mayor, spoke.'), [['Jones', 'person']]);
    assert.deepEqual(typed('Okafor, the leader of the party, spoke.'), [['Okafor', 'person']]);
  });
  it('finds a known first name', () => {
    assert.deepEqual(typed('Maria, come here.'), [['Maria', 'person']]);
  });
  it('leaves sentence adverbs and unknown words without evidence alone', () => {
    assert.deepEqual(typed('However, the mayor, a Democrat, spoke.'), []);
    assert.deepEqual(typed('Yesterday, the council met.'), []);
    assert.deepEqual(typed('Meanwhile, the mayor spoke.'), []);
    assert.deepEqual(typed('Jones, 54, spoke.'), []);
    // the appositive's head is no role
    assert.deepEqual(typed('Fosters, the mayor’s favourite pub, closed.'), []);
  });
  it('leaves a word the document writes in lower case alone', () => {
    assert.deepEqual(typed('Marmots, the mayor, said, need food. The marmots are hungry.'), []);
  });
});
