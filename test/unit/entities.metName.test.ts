import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typed } from './entities.helpers';

describe('a town\'s name that is a first name too, as the object of a verb of meeting', () => {
  it('"He met Jackson.": the one met is a person, and so is the name after', () => {
    assert.deepEqual(typed('He met Jackson.'), [['Jackson', 'person']]);
    assert.deepEqual(typed('He met Jackson on Tuesday. Jackson said little.'), [['Jackson', 'person'], ['Jackson', 'person']]);
  });
  it('not a country, nor a name before a noun of its own ("met Jackson officials")', () => {
    assert.deepEqual(typed('The minister met Jordan on Monday.'), [['Jordan', 'place']]);
    assert.deepEqual(typed('She flew to Jackson and met Jackson officials.'), [['Jackson', 'place'], ['Jackson', 'place']]);
  });
});
