import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, marked, quoteSpans } from './quotes.helpers';

/** Each fixture marks the expected top-level quotations with ⟦…⟧ (marks included). */
function assertQuotes(src: string, opts: { nested?: boolean } = {}) {
  const { text, spans } = marked(src);
  const a = analyze(text);
  assert.deepEqual(quoteSpans(a, opts.nested), spans.map((s) => [s.start, s.end]), text);
  return a;
}

describe('quotation marks', () => {
  it('pairs straight and curly double marks', () => {
    assertQuotes('⟦"Russia has to get out,"⟧ Trump told reporters.');
    assertQuotes('⟦“But I’ll fix it,”⟧ he added. ⟦“We’re fixing it.”⟧');
  });
  it('finds single quotes that quote (headline)', () => {
    assertQuotes("Trump: ⟦'Russia has to get out'⟧ of Venezuela");
    assertQuotes('Trump: ⟦‘Russia has to get out’⟧ of Venezuela');
  });
  it('finds guillemets with or without inner spaces, and German marks', () => {
    assertQuotes('⟦« Nous irons jusqu’au bout »⟧, a déclaré M. Brun.');
    assertQuotes('⟦«Nous irons»⟧, a-t-il dit.');
    assertQuotes('⟦‹ Oui ›⟧, dit-elle.');
    assertQuotes('⟦„Das ist ein guter Tag“⟧, sagte Scholz.');
  });
  it('never takes apostrophes for quotation marks', () => {
    for (const s of [
      'Guaidó’s wife met O\'Neill in the \'90s.',
      'They played rock \'n\' roll all night.',
      '’Tis the season, said the Stones\' manager.',
      'He\'d said I’ve never been there, and the \'80s were over.',
      'The boys’ bikes and the Joneses\' car were gone.',
    ]) {
      assert.deepEqual(quoteSpans(analyze(s), true), [], s);
    }
  });
  it('finds a quote inside a quote with its parent', () => {
    const { text, spans } = marked('⟦"I told her, ⟦\'Stand up for what you believe in,\'⟧ and she did,"⟧ she said.');
    const a = analyze(text);
    assert.deepEqual(quoteSpans(a, true), spans.map((s) => [s.start, s.end]));
    assert.equal(a.quotations[1].parentId, a.quotations[0].id);
    assert.equal(a.quotations[0].parentId, null);
  });
  it('keeps apostrophes inside a single-quoted quotation', () => {
    assertQuotes("⟦'I can't go and I won't go,'⟧ she said.");
  });
  it('joins a quotation that runs over paragraphs into one', () => {
    const a = assertQuotes('⟦"First paragraph of the quote.\n\n"Second paragraph.\n\n"Third and last."⟧ Smith said.');
    assert.equal(a.quotations[0].closed, true);
    assert.equal(a.quotations[0].paragraph, 0);
  });
  it('reports an opening mark left open at the paragraph end', () => {
    const a = assertQuotes('⟦"This never closes.⟧\n\nThe next paragraph is narration.');
    assert.equal(a.quotations[0].closed, false);
    const f = a.findings.filter((x) => x.code === 'unbalanced-quote');
    assert.equal(f.length, 1);
    assert.deepEqual(f[0].span, { start: 0, end: 1 });
    assert.equal(f[0].severity, 'error');
  });
  it('counts offsets in UTF-16 code units: emoji, combining accents, CRLF', () => {
    assertQuotes('😀 Fans 😭 said ⟦"we love it 😍"⟧ loudly.');
    assertQuotes('Jose\u0301 said ⟦“cafe\u0301 au lait”⟧ twice.');
    const a = assertQuotes('Headline here\r\n\r\n⟦"First line,"⟧ Smith said.\r\n\r\n⟦"Second,"⟧ Jones said.');
    assert.equal(a.quotations[1].speaker?.text, 'Jones');
    assert.equal(a.text.slice(a.quotations[1].speaker!.span.start, a.quotations[1].speaker!.span.end), 'Jones');
  });
  it('ignores marks in excluded regions (code, comments, front matter)', () => {
    const text = '---\ntitle: "Not a quote"\n---\n\nHe wrote `x = "code"` and <!-- "comment" --> left.';
    assert.deepEqual(quoteSpans(analyze(text, { format: 'markdown' })), []);
  });
});
