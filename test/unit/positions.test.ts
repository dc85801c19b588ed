import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../server/src/core/positions';

describe('LineIndex: the one offset ↔ position boundary', () => {
  it('counts UTF-16 code units: an emoji is two', () => {
    const text = 'a😀b\nc';
    const lines = new LineIndex(text);
    assert.deepEqual(lines.positionAt(text.indexOf('b')), { line: 0, character: 3 });
    assert.equal(lines.offsetAt({ line: 0, character: 3 }), 3);
  });
  it('combining accents are their own code units', () => {
    const text = 'Guaide\u0301 said';
    assert.deepEqual(new LineIndex(text).positionAt(text.indexOf(' said')), { line: 0, character: 7 });
  });
  it('CRLF, LF and lone CR all end lines', () => {
    const text = 'one\r\ntwo\nthree\rfour';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.positionAt(text.indexOf('four')), { line: 3, character: 0 });
    assert.deepEqual(lines.positionAt(text.indexOf('two')), { line: 1, character: 0 });
  });
  it('clamps characters past the end of a line to before its line break', () => {
    const lines = new LineIndex('ab\r\ncd');
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(lines.offsetAt({ line: 9, character: 0 }), 6);
  });
  it('round-trips every offset', () => {
    const text = '“Quote,” he said.\r\n\r\n😀 «x» é\rend';
    const lines = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) {
      const p = lines.positionAt(o);
      const back = lines.offsetAt(p);
      // an offset between \r and \n maps to the end of the line
      if (text[o - 1] === '\r' && text[o] === '\n') assert.equal(back, o - 1);
      else assert.equal(back, o, `offset ${o}`);
    }
  });
});
