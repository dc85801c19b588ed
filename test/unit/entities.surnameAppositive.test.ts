import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typed } from './entities.helpers';

describe('a surname alone before a comma and a state', () => {
  it('"Jones, Oklahoma\'s governor, said": a place\'s possessive opens a role appositive, so the name opening the sentence is a person', () => {
    assert.deepEqual(typed("Jones, Oklahoma's governor, said the state would appeal."), [['Jones', 'person'], ['Oklahoma', 'place']]);
    assert.deepEqual(typed("Brown, New York's attorney general, said it."), [['Brown', 'person'], ['New York', 'place']]);
  });
  it('"Jones, Texas and Ohio officials said": a state that a list or a noun goes on from makes no town of the surname', () => {
    assert.deepEqual(typed('Mary Jones spoke. Jones, Texas and Ohio officials said the plan failed.'), [['Mary Jones', 'person'], ['Jones', 'person'], ['Texas', 'place'], ['Ohio', 'place']]);
    assert.deepEqual(typed('Mary Jones spoke. Jones, Ohio officials said the plan failed.'), [['Mary Jones', 'person'], ['Jones', 'person'], ['Ohio', 'place']]);
    // the town itself, the state ending the phrase
    assert.deepEqual(typed('The tornado hit Jones, Oklahoma on Monday.'), [['Jones', 'place'], ['Oklahoma', 'place']]);
  });
});
