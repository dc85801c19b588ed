import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './quotes.helpers';

/** Each mention's text and type. */
function types(text: string): [string, string][] {
  return analyze(text).mentions.map((m) => [m.text, m.type]);
}

describe('a surname alone before a comma and a state', () => {
  it('"Jones, Oklahoma\'s governor, said": a place\'s possessive opens a role appositive, so the name opening the sentence is a person', () => {
    assert.deepEqual(types("Jones, Oklahoma's governor, said the state would appeal."), [['Jones', 'person'], ['Oklahoma', 'place']]);
    assert.deepEqual(types("Brown, New York's attorney general, said it."), [['Brown', 'person'], ['New York', 'place']]);
  });
  it('"Jones, Texas and Ohio officials said": a state that a list or a noun goes on from makes no town of the surname', () => {
    assert.deepEqual(types('Mary Jones spoke. Jones, Texas and Ohio officials said the plan failed.'), [['Mary Jones', 'person'], ['Jones', 'person'], ['Texas', 'place'], ['Ohio', 'place']]);
    assert.deepEqual(types('Mary Jones spoke. Jones, Ohio officials said the plan failed.'), [['Mary Jones', 'person'], ['Jones', 'person'], ['Ohio', 'place']]);
    // the town itself, the state ending the phrase
    assert.deepEqual(types('The tornado hit Jones, Oklahoma on Monday.'), [['Jones', 'place'], ['Oklahoma', 'place']]);
  });
});
