/**
 * The `ambiguous-speaker` warnings expected on every news fixture: false alarms make editors stop
 * reading them, so each expected warning is justified by its text, and every other fixture has none.
 */
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';
import { checkPinned, messagesOf, newsFixtures } from './findings.helpers';

/** Fixture file → the ambiguous-speaker messages expected; fixtures not listed expect none. */
const EXPECTED: Record<string, string[]> = {
  // "Reyes defended his decision to rest star guard Marcus Tillery … He said Tillery had been…": two men
  // named in the sentence before, and later "Tillery can opt out …, and Reyes … said he had not spoken …" then
  // "…," he said: both men fit, and the reader must infer Reyes from who is talking.
  'sports-game7.txt': [
    '"He" could be Tomás Reyes or Marcus Tillery: name the speaker.',
    '"he" could be Tomás Reyes or Marcus Tillery: name the speaker.',
  ],
};

describe('ambiguous-speaker on the news fixtures', () => {
  for (const { file, text } of newsFixtures()) {
    it(`${file}: ${EXPECTED[file]?.length ?? 0} expected`, () => {
      checkPinned(messagesOf(analyzeArticle(text()), 'ambiguous-speaker'), EXPECTED[file] ?? []);
    });
  }
});
