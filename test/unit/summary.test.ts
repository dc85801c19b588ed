/**
 * The Sources view's speakers (`copydesk/articleSummary`) are listed by name with `nameSortKey`,
 * not `localeCompare`, which loads ICU's collation data into the server: the order must be the
 * one `localeCompare` gives (accents and case read only between names otherwise equal).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';
import { LineIndex } from '../../server/src/core/positions';
import { nameSortKey, summaryFor } from '../../server/src/lsp/summary';
import { newsFixtures } from './findings.helpers';

const byKey = (names: readonly string[]) => [...names].sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : nameSortKey(a) > nameSortKey(b) ? 1 : 0));
const byLocale = (names: readonly string[]) => [...names].sort((a, b) => a.localeCompare(b));

describe('nameSortKey', () => {
  it('orders names by their letters first, then accents, then case, punctuation and digits before letters', () => {
    const names = [
      'Émile Zola', 'Ewa Kopacz', 'Adam Smith', 'ángel Cabrera', 'de Gaulle', 'De Gaulle', 'O’Neill', 'Oakes', "O'Brien", 'Lech Wałęsa',
      'Lech Walesa', 'Zoë Baird', 'Zoe Baird', 'José', 'Jose', 'Tomás Reyes', 'Thomas', '3M', 'A-ha', 'Aha', 'Ørsted', 'Ostrom',
    ];
    const expected = [
      '3M', 'A-ha', 'Adam Smith', 'Aha', 'ángel Cabrera', 'de Gaulle', 'De Gaulle', 'Émile Zola', 'Ewa Kopacz', 'Jose', 'José', 'Lech Walesa',
      'Lech Wałęsa', "O'Brien", 'O’Neill', 'Oakes', 'Ørsted', 'Ostrom', 'Thomas', 'Tomás Reyes', 'Zoe Baird', 'Zoë Baird',
    ];
    assert.deepEqual(byLocale(names), expected);
    assert.deepEqual(byKey(names), expected);
  });

  it('orders the names of the news fixtures as localeCompare does', () => {
    const names = new Set<string>();
    for (const { text } of newsFixtures()) for (const e of analyzeArticle(text()).entities) names.add(e.name);
    assert.ok(names.size > 300, `${names.size} names`);
    assert.deepEqual(byKey([...names]), byLocale([...names]));
  });
});

describe('summaryFor', () => {
  it('lists speakers with as many quotations by name, accents read after the letters', () => {
    const text = 'Talks\n\n"We will win," said Ewa Kopacz.\n\n"No," said Émile Zola.\n\n"Maybe," said Adam Smith.';
    const summary = summaryFor({ uri: 'file:///a.article', version: 1, article: analyzeArticle(text), lines: new LineIndex(text) });
    assert.deepEqual(summary.speakers.map((s) => s.name), ['Adam Smith', 'Émile Zola', 'Ewa Kopacz']);
  });
});
