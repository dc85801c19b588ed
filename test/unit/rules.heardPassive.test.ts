import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messagesOf } from './findings.helpers';
import { analyze } from './quotes.helpers';

const HEARD = /"was told" says who heard/;

describe('unattributed-quote: the passive of a verb of saying goes on to the quotations it governs', () => {
  it('every quotation of the sentence, and one right after it, gets the passive\'s message, not only the first', () => {
    for (const text of [
      'The crowd was told "we will win the fight" and "we will stay open until the end."',
      'The crowd was told: "We will win the fight." "We will stay open until the end."',
    ]) {
      const messages = messagesOf(analyze(text), 'unattributed-quote');
      assert.equal(messages.length, 2, text);
      for (const m of messages) assert.match(m, HEARD, text);
    }
  });
  it('a sentence of the writer\'s between them, or a new paragraph, ends the passive', () => {
    for (const text of [
      'The crowd was told: "We will win the fight." The mayor added nothing. "We will stay open until the end."',
      'The crowd was told: "We will win the fight."\n\n"We will stay open until the end."',
    ]) {
      const messages = messagesOf(analyze(text), 'unattributed-quote');
      assert.match(messages[0], HEARD, text);
      assert.doesNotMatch(messages[messages.length - 1], HEARD, text);
    }
  });
  it('a line break between them ends the passive, whichever the line ending (a lone \\r is an old Mac one)', () => {
    for (const lineBreak of ['\n', '\r\n', '\r']) {
      const text = `The crowd was told "we will win the fight" and${lineBreak}"we will stay open until the end."`;
      const messages = messagesOf(analyze(text), 'unattributed-quote');
      assert.equal(messages.length, 2, JSON.stringify(text));
      assert.match(messages[0], HEARD, JSON.stringify(text));
      assert.doesNotMatch(messages[1], HEARD, JSON.stringify(text));
    }
  });
});
