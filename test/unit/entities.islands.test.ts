/**
 * Entity rules around islands, trophies and eponyms: "the British Isles", "Florida Keys residents",
 * "the Stanley Cup Final", "the Stetson Hat". Each rule with the cases that must not change.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typeOf } from './entities.helpers';

describe('a demonym before "Isles" after the article', () => {
  it('is a place', () => {
    assert.equal(typeOf('He toured the British Isles.', 'British Isles'), 'place');
    assert.equal(typeOf('The British Isles are wet.', 'British Isles'), 'place');
  });
  it('leaves islands after a known place as they were', () => {
    assert.equal(typeOf('They visited the Canary Islands.', 'Canary Islands'), 'place');
    assert.equal(typeOf('They moved to the Florida Keys in May.', 'Florida Keys'), 'place');
  });
});
