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
  });
  it('"…," said my mother: a first-person owner starts a described speaker, as "his" does', () => {
    assert.deepEqual(speakerAndCue('“His neck is broke,” said my mother.', 'neck'), ['my mother', 'said']);
    assert.deepEqual(speakerAndCue('"Hey, you\'d get along with him," all of our friends would say.', 'get along'), ['our friends', 'say']);
  });
});
