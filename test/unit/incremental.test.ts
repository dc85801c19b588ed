/**
 * Per-paragraph memos must never change a result: after random edits, `analyzeArticle` with every
 * memo warm (the paragraphs of the previous versions cached) must deep-equal a cold analysis.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeArticle } from '../../server/src/core';
import { clearMemos, fitMemosTo, memoPerParagraph, PARAGRAPH_MEMO_LIMIT } from '../../server/src/core/memo';
import type { AnalyzeOptions } from '../../server/src/core/options';
import { generateProse, DENSE_QUOTES, NAME_HEAVY } from '../../bench/corpus';
import { assertWarmEqualsCold, editedVersions } from './edits.helpers';
import { articleText } from '../fuzz/arbitraries';

const EDIT_TEXTS = ['x', ' ', '\n', '\n\n', '"', '“', '”', '’', "'", 'Smith', ' said', 'He said "Yes." ', 'Mr. ', '.', ',', '—', 'é'];

/** A random edit: delete a few characters and insert one of the edit texts. */
function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const del = r() < 0.4 ? Math.floor(r() * 6) : 0;
  const ins = r() < 0.8 ? EDIT_TEXTS[Math.floor(r() * EDIT_TEXTS.length)] : '';
  return text.slice(0, at) + ins + text.slice(at + del);
}

function checkEdits(start: string, edits: number, seed: number, options?: Partial<AnalyzeOptions>): void {
  assertWarmEqualsCold(editedVersions(start, edits, seed, edit), { options, label: `seed ${seed}` });
}

describe('incremental analysis: warm memos give the cold result', () => {
  it('news prose, dense quotations and name-heavy text', () => {
    checkEdits(generateProse(3_000), 40, 1);
    checkEdits(generateProse(2_000, 2, DENSE_QUOTES), 30, 2);
    checkEdits(generateProse(2_000, 3, NAME_HEAVY), 30, 3, { keepApart: [['Smith', 'Jones']] });
  });
  it('random article-like texts', () => {
    fc.assert(fc.property(articleText, fc.integer({ min: 1, max: 1e9 }), (text, seed) => checkEdits(text, 6, seed)), { numRuns: 150, seed: 2024 });
  });
  it('the same paragraph twice in one article, with different evidence', () => {
    const p = 'Rivers said the plan would fail.';
    const a = `${p}\n\nThe rivers rose.\n\n${p}`;
    clearMemos();
    analyzeArticle(p);
    const warm = analyzeArticle(a);
    clearMemos();
    assert.deepStrictEqual(warm, analyzeArticle(a));
  });
});

describe('paragraph memos and long documents', () => {
  it('a memo of one entry per paragraph holds every paragraph of the longest document analysed, beyond its own limit', () => {
    const memo = memoPerParagraph<number>(10);
    fitMemosTo(100);
    for (let i = 0; i < 120; i++) memo.set(`p${i}`, i);
    assert.ok(memo.size >= 100, `kept ${memo.size}`);
    assert.equal(memo.get('p119'), 119);
  });
  it('analysing a document longer than the default limit fits the memos to it', () => {
    const count = PARAGRAPH_MEMO_LIMIT + 500;
    const text = 'Headline\n\n' + Array.from({ length: count }, (_, i) => `Paragraph ${i}: Juan Guaidó said "we go on," he added.`).join('\n\n');
    analyzeArticle(text);
    const memo = memoPerParagraph<number>(10);
    for (let i = 0; i < count + 1; i++) memo.set(`p${i}`, i);
    assert.ok(memo.size > count, `kept ${memo.size} of ${count + 1}`);
    assert.equal(memo.get('p0'), 0);
  });
});
