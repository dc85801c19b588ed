/**
 * The quotation engine's per-paragraph memos (mark scans, local attributions, the person index's
 * summaries) must never change a result: a warm analysis, with other versions of the paragraphs
 * cached, deep-equals a cold one, and so do the marks the quote-style rule reads.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanDocument } from '../../server/src/core';
import { clearMemos } from '../../server/src/core/memo';
import { scanQuoteMarks } from '../../server/src/core/quotes';
import { assertWarmEqualsCold } from './edits.helpers';

/**
 * Analyses each text after the ones before it (warm) and alone (cold): both must agree, and so
 * must the mark scan of each text made right after its warm analysis.
 */
function assertWarmIsCold(texts: string[]): void {
  const warmScans: ReturnType<typeof plainScan>[] = [];
  assertWarmEqualsCold(texts, { between: (k) => warmScans.push(plainScan(texts[k])) });
  texts.forEach((t, k) => {
    clearMemos();
    assert.deepStrictEqual(warmScans[k], plainScan(t), `text ${k} scanned warm differs`);
  });
}

/** The quotations and every mark (`at` in document offsets) of a text scanned on its own. */
function plainScan(text: string) {
  const { quotations, paragraphMarks: { lists, bases } } = scanQuoteMarks(scanDocument(text));
  return { quotations, marks: lists.flatMap((list, k) => list.map((m) => ({ ...m, at: bases[k] + m.at }))) };
}

const RUN_OVER = '"First paragraph of the quote.\n\n"Second paragraph.\n\n"Third and last." Smith said.';

describe('quotation memos: warm gives the cold result', () => {
  it('a run-over quotation whose next paragraph stops or starts continuing it', () => {
    assertWarmIsCold([
      RUN_OVER,
      RUN_OVER.replace('\n\n"Second', '\n\nSecond'),
      RUN_OVER.replace('\n\n"Third', '\n\nThird'),
      RUN_OVER,
      `Intro.\n\n${RUN_OVER}`,
      "'Single quotes run over.\n\n'They go on,' she said.",
      "'Single quotes run over.\n\nThey stop.",
    ]);
  });
  it('the same paragraph text after a paragraph that carries a quotation into it, and after one that does not', () => {
    const p = '"And this is where it ends," he said.';
    assertWarmIsCold([`He said: "It starts here.\n\n${p}`, `He said it.\n\n${p}`, `"Open.\n\n${p}\n\n${p}`]);
  });
  it('an elision check at the end of a paragraph reads past it', () => {
    assertWarmIsCold(["He loved the '90", "He loved the '90\n\nsongs", "He loved the '90s", "Rock 'n\n\n' roll", "Rock 'n' roll", "She said 'em"]);
  });
  it('mixed quote styles: the quote-style rule sees the same marks after edits', () => {
    const a = 'The "first" quote and the “second” one.\n\nIt\'s a \'single\' one, she said.';
    assertWarmIsCold([a, a.replace('first', 'firsts'), `${a}\n\n${a}`, a.replace('\n\n', ' ')]);
  });
  it('quotations sorted in document order when one runs over paragraphs with others inside', () => {
    assertWarmIsCold(['"One \'two\' three\n\n"four." Five said.', '"One "two" three\n\n"four" five.']);
  });
});

describe('person index reuse', () => {
  const a = 'Mary Jones arrived.\n\n"We will win," she said.\n\nJones left. "It was hard," she added.';
  it('the same text again, and texts that differ in the people only', () => {
    assertWarmIsCold([a, a, a.replace('Mary', 'John'), a, a.replace('she said', 'he said'), a.replace('Jones left', 'Smith left'), a]);
  });
  it('the same paragraphs at other offsets', () => {
    assertWarmIsCold([a, `Intro.\n\n${a}`, a, `${a}\n\nMore.`]);
  });
});

describe('pronoun speakers after an edit', () => {
  it('resolve as from scratch when a paragraph farther back tells a gender, or the previous speaker changes', () => {
    const people = 'Dr. Lindqvist met Dr. Okafor.\n\nBoth spoke.\n\n"We will win," she said.';
    const withGender = `Ms. Lindqvist opened the talks on Monday.\n\n${people}`;
    const without = `The talks opened on Monday.\n\n${people}`;
    const lindqvistSpoke = `"We are here," Lindqvist said.\n\n${people}`;
    assertWarmIsCold([without, withGender, without, lindqvistSpoke, without, withGender]);
  });
});
