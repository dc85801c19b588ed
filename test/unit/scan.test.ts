import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { scanDocument, scanDocumentInOnePass } from '../../server/src/core/markup/scan';
import { findHoverCards } from '../../server/src/core/markup/hoverCards';
import { marked, slices } from './markers';

const SEED = path.resolve(__dirname, '../../../shared/corpus/seed/trump-russia-venezuela.txt');

/** The excluded regions of a fixture whose expected exclusions are marked `⟦…⟧`. */
function assertExcluded(source: string, format: 'article' | 'markdown' | 'plaintext' = 'markdown') {
  const { text, spans } = marked(source);
  const doc = scanDocument(text, format);
  assert.deepEqual(slices(text, doc.excluded.map((r) => r.span)), slices(text, spans));
  assert.equal(doc.masked.length, text.length, 'masking keeps offsets');
}

describe('scanDocument: what is not article text', () => {
  it('front matter', () => assertExcluded('⟦---\nheadline: "Hi"\n---\n⟧Body "quote," he said.'));
  it('front matter with CRLF', () => assertExcluded('⟦---\r\nslug: x\r\n---\r\n⟧Body.'));
  it('no front matter without a closing line', () => assertExcluded('---\nheadline: x\nBody.'));
  it('a fenced code block', () => assertExcluded('Text.\n\n⟦```\n"not a quote"\n```⟧\n\nMore.'));
  it('a code span', () => assertExcluded('Run ⟦`say "hi"`⟧ now.'));
  it('an HTML comment over two lines', () => assertExcluded('A ⟦<!-- "no\nquote" -->⟧ b.'));
  it('a link target, not the link text', () => assertExcluded('See [the "report"]⟦(https://x.org/"a")⟧ here.'));
  it("an editor's note in double brackets", () => assertExcluded('Maduro ⟦[[check spelling "TK"]]⟧ said.'));
  it("EDS: and Editor's note: lines", () => assertExcluded("⟦EDS: embargoed until 6 a.m.⟧\n\n⟦Editor's note: corrected.⟧\n\nText.", 'article'));
  it('pasted debris lines', () => assertExcluded('Para one.\n\n⟦Advertisement⟧\n\n⟦Story continues below advertisement⟧\n\n⟦Read more: Other story⟧\n\nPara two.', 'article'));
  it('keeps a sentence that merely mentions an advertisement', () => assertExcluded('The advertisement ran on Monday.', 'article'));
  it('code fences are plain text in plain-text drafts', () => assertExcluded('```\n"quote," he said.\n```', 'plaintext'));
});

describe('findHoverCards', () => {
  it('finds a card glued to a linked name and keeps its full name', () => {
    const { text, spans } = marked('President Trump⟦Donald John TrumpDefense workers belong at home MORE⟧ on Wednesday warned Russia.');
    const cards = findHoverCards(text);
    assert.equal(cards.length, 1);
    assert.deepEqual(cards[0].span, spans[0]);
    assert.equal(cards[0].fullName, 'Donald John Trump');
    assert.equal(text.slice(cards[0].linkedName.start, cards[0].linkedName.end), 'Trump');
  });
  it('handles a nickname in parentheses', () => {
    const cards = findHoverCards('Secretary of State Mike PompeoMichael (Mike) Richard PompeoTrump pledges cooperation MORE on Monday');
    assert.equal(cards[0]?.fullName, 'Michael (Mike) Richard Pompeo');
  });
  it('ignores camel-case words that are not cards', () => {
    assert.deepEqual(findHoverCards('McDonald and iPhone and DeSantis said MORE things.'), []);
  });
  it('needs the closing MORE', () => {
    assert.deepEqual(findHoverCards('President TrumpDonald John TrumpDefense workers belong at home.'), []);
  });
  it('finds both cards of the seed and blanks them', () => {
    const text = readFileSync(SEED, 'utf8');
    const doc = scanDocument(text, 'plaintext');
    assert.deepEqual(doc.hoverCards.map((c) => c.fullName), ['Donald John Trump', 'Michael (Mike) Richard Pompeo']);
    assert.ok(!doc.masked.includes('racist cowboy'), 'the quote inside the card is not article text');
    assert.ok(doc.masked.includes('President Trump'));
  });
});

describe('scanDocument: paragraphs and headline', () => {
  it('splits on blank lines, including whitespace-only lines and CRLF', () => {
    const text = 'Head line\r\n\r\nOne.\r\nStill one.\r\n  \r\nTwo.';
    const doc = scanDocument(text, 'plaintext');
    assert.deepEqual(slices(text, doc.paragraphs.map((p) => p.span)), ['Head line', 'One.\r\nStill one.', 'Two.']);
    assert.equal(doc.paragraphs[0].kind, 'headline');
  });
  it('a line of tabs and space separators (no-break spaces, U+2007, U+202F) is a blank line, for code spans and notes too', () => {
    const text = 'One.\n\u00a0\u202f\t\nTwo.\n\u2007\nThree.';
    assert.deepEqual(slices(text, scanDocument(text, 'plaintext').paragraphs.map((p) => p.span)), ['One.', 'Two.', 'Three.']);
    // a code span or an editor's note ends at a blank line, as the paragraph does
    const marked = 'He wrote `a\n\u00a0\nb` and [[a note\n\u2007\nstill]] then.';
    const doc = scanDocument(marked, 'markdown');
    assert.deepEqual(doc.excluded, []);
    assert.equal(doc.paragraphs.length, 3);
  });
  it('a lone \\r ends a line, as in LSP: a\\r\\rb is two paragraphs, chunked or in one pass', () => {
    for (const format of ['article', 'markdown', 'plaintext'] as const) {
      assert.deepEqual(slices('a\r\rb', scanDocument('a\r\rb', format).paragraphs.map((p) => p.span)), ['a', 'b']);
      assert.deepEqual(slices('a\r\rb', scanDocumentInOnePass('a\r\rb', format).paragraphs.map((p) => p.span)), ['a', 'b']);
    }
  });
  it('mixed line ends: \\n, \\r\\n and lone \\r lines, blank or not', () => {
    const text = 'One.\rStill one.\n\rTwo.\r\n \r\nThree.\r\nStill three.\r\nFour.\r\n\nFive.';
    const spans = scanDocument(text, 'plaintext').paragraphs.map((p) => p.span);
    assert.deepEqual(slices(text, spans), ['One.\rStill one.', 'Two.', 'Three.\r\nStill three.\r\nFour.', 'Five.']);
  });
  it('a paragraph is trimmed of the same whitespace at its start as at its end (\\f, \\v, U+FEFF); whitespace alone is no paragraph', () => {
    const text = '\ufeffHead line\f\n\n\f\vOne.\v\n\n\f\n\nTwo.\ufeff';
    const spans = scanDocument(text, 'plaintext').paragraphs.map((p) => p.span);
    assert.deepEqual(slices(text, spans), ['Head line', 'One.', 'Two.']);
  });
  it('a Markdown # line is the headline', () => {
    const doc = scanDocument('# Trump: \'Russia has to get out\'\n\nBody.', 'markdown');
    assert.deepEqual(doc.headline, { start: 0, end: 32 });
  });
  it('a first line ending a sentence is not a headline', () => {
    assert.equal(scanDocument('He said so.\n\nMore.', 'plaintext').headline, null);
  });
  it('front matter headline means no headline paragraph', () => {
    const doc = scanDocument('---\nheadline: Big news\n---\nFirst line\n\nBody.', 'article');
    assert.equal(doc.frontMatter?.headline, 'Big news');
    assert.equal(doc.headline, null);
  });
  it('marks the wire-style update line', () => {
    const doc = scanDocument('Head\n\nBody text.\n\nUpdated at 12:21 p.m.', 'plaintext');
    assert.equal(doc.paragraphs.at(-1)?.kind, 'update-line');
  });
  it('front matter lines end at \\n, \\r\\n or a lone \\r, as in LSP (not at U+2028)', () => {
    const doc = scanDocument('---\rheadline: Big news\rslug: s\r---\rFirst line\r\rBody.', 'article');
    assert.equal(doc.frontMatter?.headline, 'Big news');
    assert.deepEqual(doc.frontMatter?.span, { start: 0, end: 35 });
    assert.deepEqual(doc.frontMatterData, { headline: 'Big news', slug: 's' });
    assert.deepEqual(scanDocument('---\nheadline: A\u2028---\nslug: s\n---\nBody.', 'article').frontMatter?.span, { start: 0, end: 32 });
  });
  it('a broken front matter is still excluded and does not throw', () => {
    const doc = scanDocument('---\nheadline: [unclosed\n---\nBody.', 'article');
    assert.equal(doc.frontMatterData, null);
    assert.equal(doc.excluded[0].kind, 'front-matter');
  });
});
