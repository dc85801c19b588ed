/**
 * The entity stage's caches and shortcuts must answer what a fresh computation answers: the
 * pronoun index against the token scan, and warm analyses after edits against cold ones.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstPronoun, firstPronounIndexed, pronounIndex } from '../../server/src/core/entities/gender';
import { tokenize, type Token } from '../../server/src/core/entities/tokens';
import { generateProse, NAME_HEAVY, prng } from '../../bench/corpus';
import { assertWarmEqualsCold, editedVersions } from './edits.helpers';

/**
 * The reference for `firstPronounIndexed`: `firstPronoun(text.slice(from, to))` by a linear scan of
 * the paragraph's tokens (`base` its start).
 */
function firstPronounIn(tokens: readonly Token[], base: number, text: string, from: number, to: number): 'male' | 'female' | null {
  const lo = from - base;
  const hi = to - base;
  let a = 0;
  let b = tokens.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (tokens[mid].end <= lo) a = mid + 1;
    else b = mid;
  }
  // a stretch that starts inside a token: tokenize it as it is
  if (a < tokens.length && tokens[a].start < lo) return firstPronoun(text.slice(from, to));
  for (let k = a; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.start >= hi) break;
    if (t.end > hi) return firstPronoun(text.slice(base + t.start, to)); // cut by the stretch end
    if (!t.word) continue;
    const g = firstPronoun(t.text);
    if (g) return g;
  }
  return null;
}

describe('firstPronounIndexed', () => {
  it('answers firstPronounIn for random stretches, cut tokens included', () => {
    const r = prng(7);
    const paragraphs = [
      ...generateProse(1_500, 4).split(/\n\s*\n/),
      'He said his herself hers. She—he; “her” his’s Hershey he',
      'herald Sheila HE She’s him',
    ];
    let base = 0;
    for (const paragraph of paragraphs) {
      const text = 'x'.repeat(base) + paragraph; // the stretch is read from the document text
      const tokens = tokenize(paragraph);
      const index = pronounIndex(tokens);
      for (let n = 0; n < 300; n++) {
        const from = base + Math.floor(r() * (paragraph.length + 1));
        const to = from + Math.floor(r() * Math.min(260, paragraph.length + base - from + 1));
        assert.equal(
          firstPronounIndexed(index, base, text, from, to), firstPronounIn(tokens, base, text, from, to),
          `stretch ${from}–${to} of ${JSON.stringify(paragraph.slice(0, 40))}`,
        );
      }
      base += 3;
    }
  });
});

describe('entity stage caches', () => {
  it('a warm analysis after edits gives the entities and mentions of a cold one', () => {
    const pieces = ['x', ' he said', 'Smith ', '\n\n', 'She ', ', better known as Jenna Marbles, ', ' Research ', ' (born Ana Lopez) '];
    const versions = editedVersions(generateProse(2_000, 5, NAME_HEAVY), 32, 11, (text, r, i) => {
      const at = Math.floor(r() * text.length);
      return text.slice(0, at) + pieces[i % 8] + text.slice(at + (i % 3));
    });
    assertWarmEqualsCold(versions, { pick: (a) => ({ m: a.mentions, e: a.entities }), again: true });
  });
});
