/**
 * Entity rules around islands, trophies and eponyms: "the British Isles", "Florida Keys residents",
 * "the Stanley Cup Final", "the Stetson Hat". Each rule with the cases that must not change.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allMentionsOf, sameEntity, typeOf } from './entities.helpers';

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

describe('a known place and "Keys" before a lower-case plural of people', () => {
  it('is the islands, without the article too', () => {
    assert.equal(typeOf('Florida Keys residents were told to leave.', 'Florida Keys'), 'place');
  });
  it('leaves a singer before her fans, and a person named like a place before a verb, people', () => {
    assert.equal(typeOf('Alicia Keys fans cheered.', 'Alicia Keys'), 'person');
    assert.equal(typeOf('Georgia Keys said so.', 'Georgia Keys'), 'person');
  });
});

describe("a trophy's name before more words", () => {
  it('is its contest, no person nor team', () => {
    assert.equal(typeOf('The Stanley Cup Final starts Monday.', 'Stanley Cup Final'), 'other');
    assert.equal(typeOf('The Stanley Cup Finals drew fans.', 'Stanley Cup Finals'), 'other');
  });
  it('leaves the trophy alone and a person named Stanley a person', () => {
    assert.equal(typeOf('The Stanley Cup went to Denver.', 'Stanley Cup'), 'other');
    assert.equal(typeOf('Stanley Cupp said so.', 'Stanley Cupp'), 'person');
    assert.equal(typeOf('Stanley Tucci said so.', 'Stanley Tucci'), 'person');
  });
});

describe('a garment named after its maker after the article', () => {
  it('is the thing, no business', () => {
    assert.equal(typeOf('He wore the Stetson Hat to the game.', 'Stetson Hat'), 'other');
  });
  it('leaves a venue named after a jar and the maker\'s company organizations', () => {
    assert.equal(typeOf('We ate at The Mason Jar on Friday.', 'Mason Jar'), 'organization');
    assert.equal(typeOf('The Stetson Hat Company said so.', 'Stetson Hat Company'), 'organization');
  });
});

describe('"the Keys" after islands named with the place', () => {
  it('joins the islands', () => {
    assert.ok(sameEntity('They moved to the Florida Keys in May. Life in the Keys is slow.', 'Florida Keys', 'Keys'));
    assert.ok(sameEntity('They sailed to the British Isles. Rain fell across the Isles.', 'British Isles', 'Isles'));
  });
  it('joins a band named so too, and no tools', () => {
    assert.ok(sameEntity('The Black Keys played. Fans loved the Keys.', 'Black Keys', 'Keys'));
    // the lost "Keys" are the tools: a common noun, no name joined to "Allen Keys" nor a place of its own
    const tools = 'He fixed it with Allen Keys. He lost the Keys at home.';
    const lost = tools.lastIndexOf('Keys') + 'Headline\n\n'.length;
    assert.deepEqual(allMentionsOf(tools).filter((m) => m.span.end > lost && m.span.start < lost + 'Keys'.length), []);
  });
});

describe('a possessive before a place to eat named by two words', () => {
  it('is the business with its owner\'s name', () => {
    assert.equal(typeOf("We ate at Joe's Crab Shack on Friday.", "Joe's Crab Shack"), 'organization');
    assert.equal(typeOf("Mel's Coffee Shop closed.", "Mel's Coffee Shop"), 'organization');
    assert.equal(typeOf("Joe's Steak House was full.", "Joe's Steak House"), 'organization');
  });
  it('leaves a possessive before longer names and the one-word heads as they were', () => {
    // Ann is the owner's name, no business's: no name takes her possessive, and nothing here is an organization
    const owner = allMentionsOf("Ann's Coffee Shop Owner spoke.");
    assert.deepEqual(owner.filter((m) => m.text.startsWith("Ann's") || m.type === 'organization'), []);
    assert.equal(typeOf('We ate at Joe\'s Diner.', "Joe's Diner"), 'organization');
    assert.equal(typeOf("Biden's Justice Department said so.", 'Justice Department'), 'organization');
  });
});

describe('"Park" after a first name after a role noun and a comma', () => {
  it('is a surname', () => {
    assert.equal(typeOf('His aide, Lena Park, declined to comment.', 'Lena Park'), 'person');
    assert.equal(typeOf('His lawyer, Helen Park, said so.', 'Helen Park'), 'person');
  });
  it('stays a park after a place and a comma or a preposition', () => {
    assert.equal(typeOf('In Ohio, Helen Park is a quiet place.', 'Helen Park'), 'place');
    assert.equal(typeOf('We walked in Helen Park on Sunday.', 'Helen Park'), 'place');
  });
});

describe('a national center for a field', () => {
  it('is an agency, an organization', () => {
    assert.equal(typeOf('Officials at the National Hurricane Center said so.', 'National Hurricane Center'), 'organization');
  });
  it('leaves a center named after a person and a national mall places', () => {
    assert.equal(typeOf('They met at the Kennedy Center.', 'Kennedy Center'), 'place');
    assert.equal(typeOf('She walked on the National Mall.', 'National Mall'), 'place');
  });
});
