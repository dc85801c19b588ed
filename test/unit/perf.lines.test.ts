/**
 * Paragraph splitting finds line ends with `indexOf`: its paragraphs must be those of a
 * character-by-character reading, whatever mix of `\n`, `\r` and `\r\n` ends the lines.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { scanDocument } from '../../server/src/core/markup/scan';

/** Runs of non-blank lines, trimmed: every character looked at in turn. */
function referenceParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = -1;
  let lastNonSpace = -1;
  let pos = 0;
  for (;;) {
    let eol = pos;
    while (eol < text.length && text[eol] !== '\n' && text[eol] !== '\r') eol++;
    let first = pos;
    while (first < eol && ' \t\u00a0'.includes(text[first])) first++;
    if (first === eol) {
      if (start >= 0) out.push({ start, end: lastNonSpace + 1 });
      start = -1;
    } else {
      if (start < 0) start = first;
      let last = eol - 1;
      while (last > first && /\s/.test(text[last])) last--;
      lastNonSpace = last;
    }
    if (eol >= text.length) break;
    pos = text.startsWith('\r\n', eol) ? eol + 2 : eol + 1;
  }
  if (start >= 0) out.push({ start, end: lastNonSpace + 1 });
  return out;
}

const POOL = ['x', 'Word.', ' ', '\t', '\u00a0', '\u2003', '\n', '\r', '\r\n', '\n\n', '\r\r', '\n \n'];
const text = fc.array(fc.constantFrom(...POOL), { maxLength: 50 }).map((xs) => xs.join(''));

describe('paragraph splitting', () => {
  it('equals the character-by-character reading on any line breaks', () => {
    fc.assert(fc.property(text, (t) => assert.deepStrictEqual(scanDocument(t, 'plaintext').paragraphs.map((p) => p.span), referenceParagraphs(t))), { numRuns: 5_000, seed: 3 });
  });
});
