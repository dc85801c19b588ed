/**
 * The paragraph memos forget, when asked (the server asks once idle), what the last analyses did
 * not use, and nothing they did; an analysis after forgetting equals a cold one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core';
import { BoundedTable, clearMemos, fitMemosTo, forgetParagraphsNotUsedRecently, markAnalysisStart, Memo, memoPerParagraph } from '../../server/src/core/memo';
import { generateProse } from '../../bench/corpus';

describe('forgetParagraphsNotUsedRecently', () => {
  it('forgets the entries the last analyses neither stored nor read, and keeps the others', () => {
    const memo = new Memo<number>(100);
    markAnalysisStart();
    memo.set('first version of a paragraph', 1);
    memo.set('a paragraph left alone', 2);
    markAnalysisStart();
    memo.set('second version of a paragraph', 3);
    assert.equal(memo.get('a paragraph left alone'), 2);
    forgetParagraphsNotUsedRecently(1);
    assert.equal(memo.size, 2);
    assert.equal(memo.get('first version of a paragraph'), undefined);
    assert.equal(memo.get('second version of a paragraph'), 3);
    assert.equal(memo.get('a paragraph left alone'), 2);
  });

  it('keeps a value stored again for its key, not forgetting it with the value it replaced', () => {
    const memo = new Memo<number>(100);
    markAnalysisStart();
    memo.set('a paragraph', 1);
    memo.set('another paragraph', 2);
    markAnalysisStart();
    memo.set('a paragraph', 3);
    forgetParagraphsNotUsedRecently(1);
    assert.equal(memo.get('a paragraph'), 3);
    assert.equal(memo.size, 1);
  });

  it('keeps everything when fewer analyses than asked for have run', () => {
    const memo = new Memo<number>(100);
    markAnalysisStart();
    memo.set('kept', 1);
    forgetParagraphsNotUsedRecently(1_000);
    assert.equal(memo.get('kept'), 1);
  });

  it('leaves analyses as they would be cold: typing, forgetting, typing on', () => {
    const text = generateProse(2_000, 7);
    let at = text.length >> 1;
    while (!/[a-z]/.test(text[at])) at++;
    const typed = (n: number) => text.slice(0, at) + 'quorum'.slice(0, n) + text.slice(at);
    clearMemos();
    for (let n = 1; n <= 4; n++) analyzeArticle(typed(n));
    forgetParagraphsNotUsedRecently(1);
    const warm = JSON.stringify(analyzeArticle(typed(5)));
    forgetParagraphsNotUsedRecently(1);
    const warmAfterDeletion = JSON.stringify(analyzeArticle(typed(3)));
    clearMemos();
    assert.equal(warm, JSON.stringify(analyzeArticle(typed(5))));
    clearMemos();
    assert.equal(warmAfterDeletion, JSON.stringify(analyzeArticle(typed(3))));
  });
});

describe('Memo.getAt', () => {
  it('answers by slot what get answers by key, whatever the slot held before', () => {
    const memo = new Memo<number>(100);
    markAnalysisStart();
    memo.setAt(0, 'paragraph one', 1);
    memo.setAt(1, 'paragraph two', 2);
    markAnalysisStart();
    // the same key in the same slot, a key that moved to another slot, a key never stored
    assert.equal(memo.getAt(0, 'paragraph one'), 1);
    assert.equal(memo.getAt(0, 'paragraph two'), 2);
    assert.equal(memo.getAt(1, 'paragraph three'), undefined);
    markAnalysisStart();
    // slot 1 was last read with another key: never that key's value
    assert.equal(memo.getAt(1, 'paragraph one'), 1);
    assert.equal(memo.getAt(0, 'paragraph one'), 1);
    assert.equal(memo.getAt(0, 'paragraph onE'), undefined);
  });

  it('marks what it reads as used, and forgets with the memo', () => {
    const memo = new Memo<number>(100);
    markAnalysisStart();
    memo.setAt(0, 'typed once', 1);
    memo.setAt(1, 'left alone', 2);
    markAnalysisStart();
    memo.setAt(0, 'typed twice', 3);
    assert.equal(memo.getAt(1, 'left alone'), 2);
    forgetParagraphsNotUsedRecently(1);
    assert.equal(memo.size, 2);
    markAnalysisStart();
    assert.equal(memo.getAt(0, 'typed once'), undefined);
    assert.equal(memo.getAt(1, 'left alone'), 2);
    memo.clear();
    markAnalysisStart();
    assert.equal(memo.getAt(1, 'left alone'), undefined);
  });

  it('keeps the slots of what it keeps when it forgets, and never answers from a forgotten one', () => {
    const memo = new Memo<number>(100);
    const other = new Memo<number>(100);
    markAnalysisStart();
    memo.setAt(2, 'a dead version of a paragraph', 9);
    // (another memo's later work in the same analysis: the dead version was used before the next analysis started)
    other.set('another stage', 0);
    markAnalysisStart();
    memo.setAt(0, 'a paragraph', 1);
    // (the slot lists of the first analysis come back for this one, slot 2 still holding the dead version)
    markAnalysisStart();
    assert.equal(memo.getAt(0, 'a paragraph'), 1);
    forgetParagraphsNotUsedRecently(2);
    markAnalysisStart();
    // (a kept slot answers by one comparison: count the look-ups in the memo's private maps)
    let lookups = 0;
    for (const map of [(memo as unknown as { recent: Map<string, unknown> }).recent, (memo as unknown as { older: Map<string, unknown> }).older]) {
      const get = map.get.bind(map);
      map.get = (key) => (lookups++, get(key));
    }
    assert.equal(memo.getAt(0, 'a paragraph'), 1);
    assert.equal(lookups, 0, 'the slot of a kept entry was forgotten: the paragraph was looked up in the map');
    assert.equal(memo.getAt(2, 'a dead version of a paragraph'), undefined);
    assert.equal(memo.size, 1);
  });
});

describe('Memo.addVariant', () => {
  /** Adds 1, 2, … `count` as variants of one key (by slot 0, or by key with `slot` -1), as the quote memos do; returns what the memo keeps. */
  const variantsAfter = (count: number, max: number, whenFull: 'oldest' | 'all', slot: number): number[] | undefined => {
    const memo = new Memo<number[]>(100);
    markAnalysisStart();
    for (let n = 1; n <= count; n++) {
      const variants = slot >= 0 ? memo.getAt(slot, 'a paragraph') : memo.get('a paragraph');
      memo.addVariant(slot, 'a paragraph', variants, n, max, whenFull);
    }
    markAnalysisStart();
    return slot >= 0 ? memo.getAt(slot, 'a paragraph') : memo.get('a paragraph');
  };

  it('stores the first variant and adds the others, by slot or by key', () => {
    assert.deepEqual(variantsAfter(1, 3, 'oldest', 0), [1]);
    assert.deepEqual(variantsAfter(1, 3, 'oldest', -1), [1]);
    assert.deepEqual(variantsAfter(3, 3, 'oldest', 0), [1, 2, 3]);
    assert.deepEqual(variantsAfter(3, 3, 'all', -1), [1, 2, 3]);
  });

  it('drops the oldest variant, or all of them, when it keeps the most it may', () => {
    assert.deepEqual(variantsAfter(5, 3, 'oldest', 0), [3, 4, 5]);
    assert.deepEqual(variantsAfter(5, 3, 'oldest', -1), [3, 4, 5]);
    assert.deepEqual(variantsAfter(4, 3, 'all', 0), [4]);
    assert.deepEqual(variantsAfter(8, 3, 'all', 0), [7, 8]);
  });
});

describe('Memo generations', () => {
  // (a plain memo: `fitMemosTo` leaves its generation at half its limit, which is also above the most it raises a per-paragraph memo's to)
  const limit = 40_000;
  const generation = limit / 2;

  it('keeps a full generation when it turns, then drops what was not read since', () => {
    const memo = new Memo<number>(limit);
    markAnalysisStart();
    for (let k = 0; k < generation; k++) memo.set(`p${k}`, k);
    assert.equal(memo.size, generation);
    // the 100 read move to the new generation, which is full once as many more are stored as fill it
    for (let k = 0; k < 100; k++) assert.equal(memo.get(`p${k}`), k);
    for (let k = 0; k < generation - 101; k++) memo.set(`q${k}`, k);
    assert.equal(memo.size, 2 * generation - 101);
    memo.set('one more', -1);
    // turned: the generation before, all but the 100 read, dropped
    assert.equal(memo.size, generation);
    assert.equal(memo.get('p99'), 99);
    assert.equal(memo.get('p100'), undefined);
    assert.equal(memo.get(`p${generation - 1}`), undefined);
    assert.equal(memo.get('q0'), 0);
    assert.equal(memo.get('one more'), -1);
  });

  it('never holds more than its limit, however many are stored', () => {
    const memo = new Memo<number>(limit);
    markAnalysisStart();
    let most = 0;
    for (let k = 0; k < 3 * limit; k++) {
      memo.set(`p${k}`, k);
      if (k % 3 === 0) memo.get(`p${k >> 1}`);
      most = Math.max(most, memo.size);
    }
    assert.ok(most > generation && most <= limit, `held ${most}`);
    assert.equal(memo.get(`p${3 * limit - 1}`), 3 * limit - 1);
  });

  it('keeps what a slot read after a turn through the next turn, when reading it back had filled the generation', () => {
    const memo = new Memo<number>(limit);
    markAnalysisStart();
    memo.setAt(0, 'a paragraph', 1);
    for (let k = 1; k < generation; k++) memo.set(`filler${k}`, k);
    for (let k = 1; k < generation; k++) memo.set(`more filler${k}`, k);
    markAnalysisStart();
    // read back from the generation before into a generation one short of full
    assert.equal(memo.getAt(0, 'a paragraph'), 1);
    for (let k = 0; k < 10; k++) memo.set(`new${k}`, k);
    markAnalysisStart();
    // read again by slot, after the generations turned
    assert.equal(memo.getAt(0, 'a paragraph'), 1);
    for (let k = 0; k < generation - 10; k++) memo.set(`newer${k}`, k);
    assert.equal(memo.get('a paragraph'), 1);
  });

  it('keeps what the last analysis read by slot through the next turn', () => {
    const memo = new Memo<number>(limit);
    markAnalysisStart();
    memo.setAt(0, 'a paragraph', 1);
    for (let k = 1; k < generation; k++) memo.set(`filler${k}`, k);
    markAnalysisStart();
    // (found by its slot, in the generation before)
    assert.equal(memo.getAt(0, 'a paragraph'), 1);
    for (let k = 1; k < generation; k++) memo.set(`more filler${k}`, k);
    assert.equal(memo.get('filler1'), undefined, 'the generation did not turn');
    assert.equal(memo.get('a paragraph'), 1);
  });

  it('replaces, not duplicates, a value stored again for a key of the generation before', () => {
    const memo = new Memo<number>(limit);
    markAnalysisStart();
    memo.set('a paragraph', 1);
    for (let k = 1; k < generation; k++) memo.set(`filler${k}`, k);
    memo.set('a paragraph', 2);
    assert.equal(memo.size, generation);
    for (let k = 1; k < generation; k++) memo.set(`more filler${k}`, k);
    assert.equal(memo.get('filler1'), undefined, 'the generation did not turn');
    assert.equal(memo.get('a paragraph'), 2);
    assert.equal(memo.size, generation);
  });
});

describe('BoundedTable', () => {
  /** A table of limit 3 holding a, b and c. */
  function fullTable(): BoundedTable<number> {
    const table = new BoundedTable<number>(3);
    table.set('a', 1);
    table.set('b', 2);
    table.set('c', 3);
    return table;
  }

  it('holds up to its limit, then empties itself before storing one more', () => {
    const table = fullTable();
    assert.equal(table.size, 3);
    assert.deepEqual(['a', 'b', 'c'].map((k) => table.get(k)), [1, 2, 3]);
    table.set('d', 4);
    assert.equal(table.size, 1);
    assert.equal(table.get('a'), undefined);
    assert.equal(table.get('d'), 4);
  });

  it('is emptied with the memos, and when they forget what recent analyses did not use', () => {
    const cleared = fullTable();
    clearMemos();
    assert.equal(cleared.size, 0);
    const forgotten = fullTable();
    markAnalysisStart();
    forgetParagraphsNotUsedRecently(1);
    assert.equal(forgotten.size, 0);
    assert.equal(forgotten.get('a'), undefined);
  });
});

describe('fitMemosTo', () => {
  // (last in this file: the longest document analysed stays the longest for every memo made after it)
  it('grows the memos of one entry per paragraph to the longest document analysed, and no other memo', () => {
    fitMemosTo(1_000);
    const perParagraph = memoPerParagraph<number>(16);
    const headlines = new Memo<number>(16);
    markAnalysisStart();
    for (let k = 0; k < 100; k++) {
      perParagraph.set(`paragraph ${k}`, k);
      headlines.set(`headline ${k}`, k);
    }
    assert.equal(perParagraph.size, 100);
    assert.equal(perParagraph.get('paragraph 0'), 0);
    assert.ok(headlines.size <= 16, `a memo of limit 16 held ${headlines.size}`);
    assert.equal(headlines.get('headline 99'), 99);
    assert.equal(headlines.get('headline 0'), undefined);
  });
});
