import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, quote } from './quotes.helpers';

/** The speaker text and cue of the quotation containing `contains`. */
function speakerAndCue(text: string, contains: string): [string | undefined, string | undefined] {
  const s = quote(analyze(text), contains).speaker;
  return [s?.text, s?.cue?.text];
}

describe('dialogue attribution (fiction and features)', () => {
  it('"…?" inquired Tommy; "…," she drawled: the tags of dialogue are verbs of saying', () => {
    assert.deepEqual(speakerAndCue('Tommy Beresford sat down.\n\n“What blighter was that?” inquired Tommy.', 'blighter'), ['Tommy', 'inquired']);
    assert.deepEqual(speakerAndCue('Emma McChesney smiled.\n\n"I\'m not afraid," she drawled.', 'afraid'), ['she', 'drawled']);
    assert.deepEqual(speakerAndCue('"But it is," returned Mrs. Bennet.', 'But it'), ['Bennet', 'returned']);
    assert.deepEqual(speakerAndCue('“Are you an American man?” pursued this vivacious infant.', 'American'), ['this vivacious infant', 'pursued']);
  });
  it('"…," said my mother: a first-person owner starts a described speaker, as "his" does', () => {
    assert.deepEqual(speakerAndCue('“His neck is broke,” said my mother.', 'neck'), ['my mother', 'said']);
    assert.deepEqual(speakerAndCue('"Hey, you\'d get along with him," all of our friends would say.', 'get along'), ['our friends', 'say']);
  });
  it('"…," said another; "…," said the other: one of a group named before speaks', () => {
    assert.deepEqual(speakerAndCue('"People say," said another, "that the pastor grieves."', 'People'), ['another', 'said']);
    assert.deepEqual(speakerAndCue('"You\'re alone; I\'m alone," said the other, mildly.', 'alone'), ['the other', 'said']);
  });
  it('"…," said a spokeswoman curtly: the manner adverb after a described speaker is no part of it', () => {
    assert.deepEqual(speakerAndCue('"We have no comment," said a spokeswoman curtly.', 'no comment'), ['a spokeswoman', 'said']);
    assert.deepEqual(speakerAndCue('"Is that a new necktie, Jock?" inquired his mother irrelevantly.', 'necktie'), ['his mother', 'inquired']);
    assert.deepEqual(speakerAndCue('"We will appeal," said the family.', 'appeal'), ['the family', 'said']);
  });
  it('"…." He tilted me again.: an action beat after a line of dialogue opening its paragraph tags it', () => {
    assert.deepEqual(speakerAndCue('The man held me by the chin.\n\n“You get me a file.” He tilted me again.', 'file'), ['He', 'tilted']);
    assert.deepEqual(speakerAndCue('Tommy Beresford and Prudence Cowley sat down.\n\n“Very well.” Tuppence Cowley helped herself to toast.', 'Very well'), ['Tuppence Cowley', 'helped']);
  });
  it('"So she … said:", "And …": a conjunction or adverb opening the sentence is no name, the subject after it speaks', () => {
    assert.deepEqual(speakerAndCue('Miss Bartlett looked up. So she assumed a dazed expression, and then said: “A view? Oh, a view!”', 'A view'), ['she', 'said']);
    assert.deepEqual(speakerAndCue('The man held me by the chin.\n\n“You get me a file.” So he tilted me again.', 'file'), ['he', 'tilted']);
    // the speaker here follows an inversion ("rose the voice of the clever lady"), which no rule reads yet: only "And" is ruled out
    assert.notEqual(speakerAndCue('And above all rose the voice of the clever lady, crying: “Prato! They must go to Prato.”', 'Prato')[0], 'And');
    assert.deepEqual(speakerAndCue('The door opened. Then she turned and said: “We are leaving.”', 'leaving'), ['she', 'said']);
    assert.deepEqual(speakerAndCue('The room went quiet. But he only smiled and said: “Not yet.”', 'Not yet'), ['he', 'said']);
  });
  it('"When I came close she bowed and said": the pronoun before the verbs "and" joins speaks, not the sentence\'s opening words', () => {
    assert.deepEqual(speakerAndCue('When I came close she bowed and said, "The Herr Englishman?"', 'Herr'), ['she', 'said']);
    assert.deepEqual(speakerAndCue('When Mary came close she quietly bowed and said, "Welcome."', 'Welcome'), ['she', 'said']);
    assert.deepEqual(speakerAndCue('While he spoke, they nodded and said, "Yes."', 'Yes'), ['they', 'said']);
    assert.deepEqual(speakerAndCue('When he came close I bowed and said, "Welcome."', 'Welcome'), ['I', 'said']);
    // an object pronoun is no subject: the sentence's subject speaks
    assert.deepEqual(speakerAndCue('Mayor Tom Reed thanked her and said, "We won."', 'We won'), ['Tom Reed', 'said']);
  });
  it('"When Jones arrived, the mayor stood and said": the subject after a sentence\'s opening clause speaks, without the verb before "and"', () => {
    assert.deepEqual(speakerAndCue('When Jones arrived, the mayor stood and said, "We won."', 'We won'), ['the mayor', 'said']);
    assert.deepEqual(speakerAndCue('In a statement Tuesday, Tom Reed thanked voters and said, "We won."', 'We won'), ['Tom Reed', 'said']);
    assert.deepEqual(speakerAndCue('After the vote Tom Reed thanked voters and said, "We won."', 'We won'), ['Tom Reed', 'said']);
    assert.deepEqual(speakerAndCue('The mayor stood and said, "We won."', 'We won'), ['The mayor', 'said']);
    // the opening word is never the speaker: no speaker rather than "When" ("we" is none the speaker parse names)
    assert.equal(speakerAndCue('When we came close we bowed and said, "Welcome."', 'Welcome')[0], undefined);
    // a pronoun in the words someone reported is not the one who adds
    assert.deepEqual(speakerAndCue('Mayor Tom Reed said she had lied and added: "She did."', 'She did'), ['Tom Reed', 'added']);
    assert.deepEqual(speakerAndCue('Tom Reed said that they were wrong and added: "They were."', 'They were'), ['Tom Reed', 'added']);
    // … but a reporting verb in an opening clause is no one's words: the pronoun's clause starts after its comma
    assert.deepEqual(speakerAndCue('Asked about the plan, she smiled and said: "No."', 'No'), ['she', 'said']);
    assert.deepEqual(speakerAndCue('Now that the vote is over, she smiled and said: "No."', 'No'), ['she', 'said']);
  });
  it('no beat: a sentence reporting other words, a company\'s doings, a quotation after other words of its paragraph', () => {
    assert.equal(quote(analyze('"We will win." Mayor Tom Reed said the vote was close.'), 'We will').speaker, null);
    assert.equal(quote(analyze('Tallyo, a payments app, went down on Monday.\n\n“This is the third outage this year.” Tallyo also suffered shorter disruptions in June.'), 'third outage').speaker, null);
    assert.equal(quote(analyze('Maria Lopez spoke first. "We will win." He shook his head.'), 'We will').speaker, null);
  });
});
