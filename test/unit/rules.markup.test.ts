import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';
import { clearMemos } from '../../server/src/core/memo';
import type { Finding, RuleCode } from '../../server/src/core/types';
import { marked, slices } from './markers';

const SEED = readFileSync(path.resolve(__dirname, '../../../shared/corpus/seed/trump-russia-venezuela.txt'), 'utf8');

function findings(text: string, code: RuleCode, format: 'article' | 'markdown' | 'plaintext' = 'article'): Finding[] {
  return analyzeArticle(text, { format }).findings.filter((f) => f.code === code);
}

/** Asserts that exactly the `⟦marked⟧` spans get a finding of `code`. */
function assertFlags(source: string, code: RuleCode, format: 'article' | 'markdown' | 'plaintext' = 'article') {
  const { text, spans } = marked(source);
  assert.deepEqual(slices(text, findings(text, code, format).map((f) => f.span)), slices(text, spans));
}

/** Applies a finding's first fix. */
function applyFix(text: string, f: Finding): string {
  const edits = [...f.fixes![0].edits].sort((a, b) => b.span.start - a.span.start);
  return edits.reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

describe('tk-marker', () => {
  it('flags TK and TKTK as whole words', () => assertFlags('Head\n\nThe mayor, ⟦TK⟧, said the budget was ⟦TKTK⟧ million.', 'tk-marker'));
  it('ignores words that contain TK and lower case tk', () => assertFlags('Head\n\nTKO in round three; the tk key; ATKINS.', 'tk-marker'));
  it("ignores TK inside an editor's note or a comment", () => assertFlags('Head\n\nText [[TK check]] here <!-- TK --> now.', 'tk-marker', 'markdown'));
  it('is a warning', () => assert.equal(findings('Head\n\nTK', 'tk-marker')[0].severity, 'warning'));
  it('answers for the paragraph as it is now when the article is edited (each paragraph text is looked at again only when it changed)', () => {
    const at = (text: string) => findings(text, 'tk-marker').map((f) => text.slice(f.span.start, f.span.end + 4));
    const a = 'Head\n\nThe mayor spoke.\n\nThe budget was large.\n\nThe vote is Monday.';
    clearMemos();
    assert.deepEqual(at(a), []);
    const b = a.replace('was large', 'was TK large');
    assert.deepEqual(at(b), ['TK lar']);
    // another paragraph at the same index, the same length as before
    const c = b.replace('mayor', 'TK TK');
    assert.deepEqual(at(c), ['TK TK ', 'TK spo', 'TK lar']);
    assert.deepEqual(at(a), []);
    // the TK paragraph at another index (a paragraph typed before it)
    assert.deepEqual(at(b.replace('Head\n\n', 'Head\n\nNew.\n\n')), ['TK lar']);
    assert.deepEqual(at(a.replace('Monday', 'TK')), ['TK.']);
  });
});

describe('paste-residue', () => {
  it('flags both hover cards of the seed and their fix leaves the sentence intact', () => {
    const residue = findings(SEED, 'paste-residue', 'plaintext');
    assert.equal(residue.length, 2);
    const fixed = applyFix(SEED, residue[0]).replace(/\u00a0/g, ' '); // the seed has non-breaking spaces
    assert.ok(fixed.includes('President Trump on Wednesday warned Russia against involvement'), fixed.slice(0, 200));
    const fixed2 = applyFix(SEED, residue[1]).replace(/\u00a0/g, ' ');
    assert.ok(fixed2.includes('Secretary of State Mike Pompeo on Monday warned his counterpart'));
  });
  it('flags a pasted debris line and removes the whole line', () => {
    const text = 'Head\n\nFirst paragraph.\n\nAdvertisement\n\nSecond paragraph.';
    const [f] = findings(text, 'paste-residue');
    assert.equal(text.slice(f.span.start, f.span.end), 'Advertisement');
    assert.equal(applyFix(text, f), 'Head\n\nFirst paragraph.\n\n\nSecond paragraph.');
  });
  it('does not flag a clean article', () => assert.deepEqual(findings('Head\n\nThe advertisement ran on Monday, she said.', 'paste-residue'), []));
});

describe('copydesk-disable comments', () => {
  it('turns a rule off for the next paragraph in Markdown', () => {
    assertFlags('# Head\n\n<!-- copydesk-disable tk-marker -->\nTK one.\n\n⟦TK⟧ two.', 'tk-marker', 'markdown');
  });
  it('turns a rule off for the whole file', () => {
    assertFlags('# Head\n\n<!-- copydesk-disable-file tk-marker -->\n\nTK one.\n\nTK two.', 'tk-marker', 'markdown');
  });
  it('works as an editor\'s note in plain text and article files', () => {
    assertFlags('Head\n\n[[copydesk-disable tk-marker]]\n\nTK one.\n\n⟦TK⟧ two.', 'tk-marker', 'plaintext');
  });
  it('without rule names turns every rule off', () => {
    assertFlags('Head\n\n[[copydesk-disable]] TK one.\n\n⟦TK⟧ two.', 'tk-marker');
  });
  it('leaves other rules on', () => {
    assertFlags('# Head\n\n<!-- copydesk-disable paste-residue -->\n⟦TK⟧ one.', 'tk-marker', 'markdown');
  });
});

describe('rule severities from options', () => {
  it('off removes, a severity replaces', () => {
    assert.deepEqual(analyzeArticle('Head\n\nTK', { rules: { 'tk-marker': 'off' } }).findings.filter((f) => f.code === 'tk-marker'), []);
    assert.equal(analyzeArticle('Head\n\nTK', { rules: { 'tk-marker': 'error' } }).findings.find((f) => f.code === 'tk-marker')?.severity, 'error');
  });
});
