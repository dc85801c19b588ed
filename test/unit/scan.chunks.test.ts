/**
 * The chunked scan (each blank-line-separated chunk memoised by its text) must give exactly what
 * one pass over the whole body gives, warm or cold, for every format.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { clearMemos, Memo, PARAGRAPH_MEMO_LIMIT } from '../../server/src/core/memo';
import { paragraphTexts, scanDocument, scanDocumentInOnePass, type DocumentFormat } from '../../server/src/core/markup/scan';
import { generateProse, prng } from '../../bench/corpus';
import { articleText, SEED } from '../fuzz/arbitraries';

const FORMATS: DocumentFormat[] = ['article', 'markdown', 'plaintext'];

function assertSameScan(text: string, format: DocumentFormat): void {
  const chunked = scanDocument(text, format);
  const whole = scanDocumentInOnePass(text, format);
  assert.deepStrictEqual(chunked, whole);
  assert.deepStrictEqual(paragraphTexts(chunked), paragraphTexts(whole));
}

/** Markup that runs over blank lines sends a document to the one-pass scan: leave it out to test the chunks. */
function withoutLongMarkup(text: string): string {
  return text.replaceAll('<!--', '<!-').replaceAll('```', '``').replaceAll('~~~', '~~');
}

describe('scanDocument by chunks = one pass over the whole body', () => {
  it('random article-like texts, cold and warm', () => {
    fc.assert(
      fc.property(articleText, fc.constantFrom(...FORMATS), (raw, format) => {
        const text = withoutLongMarkup(raw);
        clearMemos();
        assertSameScan(text, format);
        assertSameScan(text, format);
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('after edits, with the chunks of earlier versions cached', () => {
    const r = prng(11);
    const pieces = ['x', '\n', '\n\n', '\n \n', '\r\n\r\n', '`', '``', '[[', ']]', '](', ')', '<https://a.b/c>', 'Advertisement\n', 'Updated 4:05 p.m.\n', 'TrumpDonald John TrumpX MORE', '---\nheadline: H\n---\n'];
    for (const format of FORMATS) {
      let text = generateProse(1_500, 4) + '\n\nSee `code` and [[a note]] and [a](https://x.org).\n\nAdvertisement\n\n';
      clearMemos();
      for (let i = 0; i < 60; i++) {
        const at = Math.floor(r() * (text.length + 1));
        text = text.slice(0, at) + pieces[Math.floor(r() * pieces.length)] + text.slice(at + (r() < 0.3 ? 3 : 0));
        assertSameScan(text, format);
      }
    }
  });

  it('chunks reused from the last document scanned equal a cold scan', () => {
    const r = prng(12);
    const pieces = ['y', '\n\n', '\n', '``', '[[', ']]'];
    for (const format of FORMATS) {
      let text = generateProse(800, 5);
      clearMemos();
      for (let i = 0; i < 40; i++) {
        const at = Math.floor(r() * (text.length + 1));
        // an edit, a deletion, or an unrelated document in between
        if (r() < 0.2) scanDocument(generateProse(200, i), format);
        text = text.slice(0, at) + pieces[Math.floor(r() * pieces.length)] + text.slice(at + (r() < 0.3 ? 2 : 0));
        const warm = scanDocument(text, format);
        clearMemos();
        const cold = scanDocument(text, format);
        assert.deepStrictEqual(warm, cold);
        assert.deepStrictEqual(paragraphTexts(warm), paragraphTexts(cold));
      }
    }
  });

  it('chunks kept before and after the difference from the last document equal a one-pass scan (edits at blank lines)', () => {
    // blank lines with spaces, tabs, no-break spaces and \r, front matter, and edits that make or unmake them, at the edges too
    const r = prng(13);
    const pieces = [' ', '\t', '\u00a0', '\u2007', '\r', '\n', '\n \n', '\r\n', '\n\t\n', '\n\u00a0\n', 'x', 'A.', '---\n', '[[', ']]', '`'];
    const start = '---\nheadline: H\n---\nFirst line.\n \nSecond.\r\n\r\nThird \n\t\nFourth.\n\u202f\nFifth.\n\nSixth.\n';
    for (const format of FORMATS) {
      let text = start;
      clearMemos();
      for (let i = 0; i < 400; i++) {
        const at = r() < 0.1 ? (r() < 0.5 ? 0 : text.length) : Math.floor(r() * (text.length + 1));
        text = text.slice(0, at) + (r() < 0.25 ? '' : pieces[Math.floor(r() * pieces.length)]) + text.slice(at + (r() < 0.3 ? 1 + Math.floor(r() * 3) : 0));
        if (text.length > 400 || r() < 0.02) text = start;
        assertSameScan(text, format);
      }
    }
  });

  it('a blank line ended by a lone \\r ends a chunk as one ended by \\n does: an edit after it keeps the paragraphs before', () => {
    for (const blank of ['\n\n', '\r\r', '\r\n\r', '\r \r\n']) {
      clearMemos();
      const before = scanDocument(`First.${blank}Second.`, 'plaintext');
      const after = scanDocument(`First.${blank}Second!`, 'plaintext');
      assert.equal(after.paragraphs[0], before.paragraphs[0], JSON.stringify(blank));
      assertSameScan(`First.${blank}Second!`, 'plaintext');
    }
  });

  it('the seed article and documents that need the one-pass scan', () => {
    assertSameScan(SEED, 'article');
    assertSameScan('Text.\n\n```\n"code"\n\nmore code\n```\n\nAfter.', 'markdown');
    assertSameScan('A <!-- comment\n\nover paragraphs --> b.', 'markdown');
  });
});

describe('the chunk memo and long documents', () => {
  it('a first scan of a document with more chunks than a memo holds keeps every chunk of it', () => {
    clearMemos();
    const chunks = Array.from({ length: 2 * PARAGRAPH_MEMO_LIMIT }, (_, i) => `Paragraph ${i} of a long document.`);
    scanDocument(chunks.join('\n\n'), 'plaintext');
    // (a chunk the memo misses is scanned and stored: record what the memos store)
    const stored: string[] = [];
    const set = Memo.prototype.set;
    Memo.prototype.set = function (this: Memo<unknown>, key: string, value: unknown) {
      stored.push(key);
      set.call(this, key, value);
    };
    const reversed = chunks.reverse();
    try {
      // in reverse order no chunk is where it was from either end, so each is looked up in the memo
      scanDocument(reversed.join('\n\n'), 'plaintext');
    } finally {
      Memo.prototype.set = set;
    }
    // only the first and the last are new texts: a chunk runs to just after the line break before a blank line and
    // takes the blank line before it, so the first has no blank line before it now and the last no line break after it
    assert.deepEqual(stored, [`${reversed[0]}\n`, `\n${reversed.at(-1)}`]);
  });
});
