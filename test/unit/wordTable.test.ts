import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { wordTable } from '../../server/src/core/wordTable';
import { parseRuleSetting } from '../../server/src/core/config/parseConfig';
import { paragraphPeople } from '../../server/src/core/quotes/pronouns';

/** Words that name `Object.prototype`'s members: an object literal would answer them. */
const PROTOTYPE_WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

describe('wordTable', () => {
  test('answers only its own words', () => {
    const table = wordTable({ he: 'male' });
    assert.equal(table.he, 'male');
    for (const word of PROTOTYPE_WORDS) {
      assert.equal(word in table, false, word);
      assert.equal(table[word], undefined, word);
    }
  });

  test('a rule setting named after a prototype member is no setting', () => {
    for (const word of PROTOTYPE_WORDS) assert.equal(parseRuleSetting(word), undefined, word);
    assert.equal(parseRuleSetting('warn'), 'warning');
  });

  test('"Constructor" before a name gives it no gender (the word is neither a title nor a first name)', () => {
    const text = 'Constructor John Smith said the work was done.';
    const genders = paragraphPeople(text, [0, text.length]).names.map((n) => n.gender);
    for (const gender of genders) assert.ok(gender === undefined || gender === 'male' || gender === 'female', String(gender));
  });

});
