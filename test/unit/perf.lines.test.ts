/**
 * Paragraph splitting and the line regions (fences, debris, editor's notes) find line ends with
 * `indexOf`: their results must be those of a character-by-character reading (or of the same
 * text with `\n` alone), whatever mix of `\n`, `\r` and `\r\n` ends the lines.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { scanDocument } from '../../server/src/core/markup/scan';

/**
 * Runs of non-blank lines, trimmed of \s at both ends, read by regular expressions rather than by the scanner's
 * walk: lines split at `\r\n`, `\r` or `\n`; a line of tabs and space separators (\p{Zs}: no-break spaces,
 * U+2003…) alone is blank and ends a run; any other line joins the run with its text from its first to its last
 * character that is not \s (a line of other whitespace alone, "\f", adds none).
 */
function referenceParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let run: { start: number; end: number } | undefined;
  let offset = 0;
  const parts = text.split(/(\r\n|\r|\n)/); // lines at even indexes, their breaks at odd ones
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i];
    if (/^[\t\p{Zs}]*$/u.test(line)) {
      if (run) out.push(run);
      run = undefined;
    } else {
      const words = /\S(?:[^]*\S)?/.exec(line);
      if (words) {
        const start = offset + words.index;
        run = { start: run ? run.start : start, end: start + words[0].length };
      }
    }
    offset += line.length + (parts[i + 1]?.length ?? 0);
  }
  if (run) out.push(run);
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
