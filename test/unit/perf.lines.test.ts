/**
 * Paragraph splitting and the line regions (fences, debris, editor's notes) find line ends with
 * `indexOf`: their results must be those of a character-by-character reading (or of the same
 * text with `\n` alone), whatever mix of `\n`, `\r` and `\r\n` ends the lines.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { scanDocument } from '../../server/src/core/markup/scan';

/** Runs of non-blank lines, trimmed of \s at both ends: every character looked at in turn. */
function referenceParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = -1;
  let lastNonSpace = -1;
  let pos = 0;
  for (;;) {
    let eol = pos;
    while (eol < text.length && text[eol] !== '\n' && text[eol] !== '\r') eol++;
    let first = pos;
    // a tab or a space separator (\p{Zs}: no-break spaces, U+2003…): a line of them is blank
    while (first < eol && /[\t\p{Zs}]/u.test(text[first])) first++;
    if (first === eol) {
      if (start >= 0) out.push({ start, end: lastNonSpace + 1 });
      start = -1;
    } else {
      // a paragraph starts at its first character that is not \s and ends after its last: whitespace alone is none
      while (first < eol && /\s/.test(text[first])) first++;
      if (first < eol) {
        if (start < 0) start = first;
        let last = eol - 1;
        while (last > first && /\s/.test(text[last])) last--;
        lastNonSpace = last;
      }
    }
    if (eol >= text.length) break;
    pos = text.startsWith('\r\n', eol) ? eol + 2 : eol + 1;
  }
  if (start >= 0) out.push({ start, end: lastNonSpace + 1 });
  return out;
}

const POOL = ['x', 'Word.', ' ', '\t', '\u00a0', '\u2003', '\u202f', '\ufeff', '\f', '\v', '\n', '\r', '\r\n', '\n\n', '\r\r', '\n \n'];
const text = fc.array(fc.constantFrom(...POOL), { maxLength: 50 }).map((xs) => xs.join(''));

describe('paragraph splitting', () => {
  it('equals the character-by-character reading on any line breaks', () => {
    fc.assert(fc.property(text, (t) => assert.deepStrictEqual(scanDocument(t, 'plaintext').paragraphs.map((p) => p.span), referenceParagraphs(t))), { numRuns: 5_000, seed: 3 });
  });
});

/** `text` with every `\r\n` and `\r` written `\n`, and for each of its offsets the offset in `text` (a `\n` from `\r\n` at the `\r`). */
function withLineFeeds(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    at.push(i);
    if (text[i] === '\r') {
      out += '\n';
      if (text[i + 1] === '\n') i++;
    } else out += text[i];
  }
  at.push(text.length);
  return { text: out, at };
}

/** What the line regions and paragraphs of a markdown scan are, offsets read through `at`. */
function lineScan(text: string, at: (k: number) => number = (k) => k) {
  const doc = scanDocument(text, 'markdown');
  return {
    excluded: doc.excluded.map((r) => ({ kind: r.kind, start: at(r.span.start), end: at(r.span.end) })),
    paragraphs: doc.paragraphs.map((p) => ({ start: at(p.span.start), end: at(p.span.end) })),
  };
}

/** The scan of any text `texts` makes equals the scan of the same text with line feeds alone (offsets mapped back). */
function assertSameAsWithLineFeeds(texts: fc.Arbitrary<string>, numRuns: number, seed: number): void {
  fc.assert(
    fc.property(texts, (t) => {
      const lf = withLineFeeds(t);
      assert.deepStrictEqual(lineScan(t), lineScan(lf.text, (k) => lf.at[k]));
    }),
    { numRuns, seed },
  );
}

// markdown lines: fences (always whole lines, so no backtick is left for inline code), debris and notes
const MARKDOWN_POOL = ['x', 'Word.', ' ', '\t', '\n', '\r', '\r\n', '\n\n', '\r\r', '\r\n\r\n', '\n```\n', '\r\n```\r\n', '\r~~~\r', '\nAdvertisement', '\r\nEditor’s note: x', '\rEDS: y', '\nRead more: z'];
const markdown = fc.array(fc.constantFrom(...MARKDOWN_POOL), { maxLength: 40 }).map((xs) => xs.join(''));

describe('line regions of markdown', () => {
  it('finds fences, debris and notes at the right lines of a mix of line breaks', () => {
    const t = 'Intro\r\n```\r\ncode\r\n```\rEDS: note\nAdvertisement\r\n\r\nEnd.';
    assert.deepStrictEqual(lineScan(t).excluded, [
      { kind: 'code', start: 7, end: 21 },
      { kind: 'editors-note', start: 22, end: 31 },
      { kind: 'debris', start: 32, end: 45 },
    ]);
  });

  it('equal those of the same text with line feeds alone', () => {
    assertSameAsWithLineFeeds(markdown, 3_000, 5);
  });
});

// inline markup: code spans and editor's notes end at a blank line, link targets at a line end
const INLINE_POOL = ['x', ' ', '\t', '\n', '\r', '\r\n', '\n\n', '\r\r', '\r\n\r\n', '\n\r', '\r \r', '`', '``', '[[', ']]', '](', ')', '[a]('];
const inline = fc.array(fc.constantFrom(...INLINE_POOL), { maxLength: 30 }).map((xs) => xs.join(''));

describe('inline regions', () => {
  it('end at a blank line or line end made of lone \\r as at \\n', () => {
    // a blank line between: no code span, no note; a line end inside the parentheses: no link target
    for (const t of ['Run `say\r\rhi` now.', 'Maduro [[check\r \rit]] said.', 'See [the report](https://x.org/\ra) here.']) {
      assert.deepStrictEqual(lineScan(t).excluded, [], JSON.stringify(t));
    }
    assert.deepStrictEqual(lineScan('Run `say\rhi` now.').excluded, [{ kind: 'code', start: 4, end: 12 }]);
  });

  it('equal those of the same text with line feeds alone', () => {
    assertSameAsWithLineFeeds(inline, 5_000, 7);
  });
});
