/**
 * The `first-reference` hints on every news fixture, pinned: an editor stops reading hints that
 * cry wolf. Each expected hint is justified by the text, and no other hint may come.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';
import { checkPinned, findingsOf, newsFixtures } from './findings.helpers';

/** Hints a journalist should get, by fixture: the name the hint is about, and why. */
const EXPECTED: Record<string, Record<string, string>> = {
  // "Her husband, Luis, was more blunt." and quoted: the source is never given a surname
  'airline-outage.txt': { Luis: 'a quoted source named only "Luis"' },
  // (bakery-closing: "Rossi's Bakery" names the shop before "Owner Carla Rossi" introduces her: no hint)
};

/** The entity name each `first-reference` hint is about. */
function hintedNames(text: string): string[] {
  return findingsOf(analyzeArticle(text), 'first-reference').map((f) => {
    const m = /^First reference to (.+?) uses only|^(.+?) is never introduced/.exec(f.message);
    assert.ok(m, f.message);
    return m[1] ?? m[2];
  });
}

describe('first-reference hints on the news fixtures', () => {
  for (const { file, text } of newsFixtures()) {
    it(file, () => {
      checkPinned(hintedNames(text()), Object.keys(EXPECTED[file] ?? {}));
    });
  }
});
