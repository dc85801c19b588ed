import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DENSE_QUOTES, generateProse } from '../../bench/corpus';
import { entityById, quotationsOf, type Quotation } from '../../server/src/core';
import { ArticleCache, type AnalyzedDocument } from '../../server/src/lsp/cache';
import { codeLensesFor, quoteCounts } from '../../server/src/lsp/codeLens';
import { toRange } from '../../server/src/lsp/convert';
import { documentSymbolsFor, shorten } from '../../server/src/lsp/symbols';

// Code lenses and document symbols are asked for after every keystroke in VS Code; they were made
// linear (one pass counting quotations per speaker; no array copied per quotation). The answers
// must stay those of the straightforward versions they replaced. For the lenses the one pass
// (`quoteCounts`) is the only difference from the straightforward version, so it is checked
// against `quotationsOf` for every entity; the outline's speakers against the version below.

/** The quotes-by-speaker part of the outline, as it was built. */
function referenceSpeakers(analyzed: AnalyzedDocument): DocumentSymbol[] {
  const { article, lines } = analyzed;
  const range = (s: { start: number; end: number }) => toRange(lines, s);
  const bySpeaker = new Map<string, Quotation[]>();
  for (const q of article.quotations) {
    if (q.kind === 'scare' || q.parentId) continue;
    const entity = entityById(article, q.speaker?.entityId);
    const key = entity ? entity.name : q.speaker ? q.speaker.text : 'Unattributed';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
  }
  return [...bySpeaker].map(([name, quotes]) => ({
    name,
    detail: `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`,
    kind: name === 'Unattributed' ? SymbolKind.Null : SymbolKind.Event,
    range: range({ start: quotes[0].span.start, end: quotes[quotes.length - 1].span.end }),
    selectionRange: range(quotes[0].span),
    children: quotes.map((q) => ({ name: shorten(q.text), detail: q.speaker?.cue?.text ?? '', kind: SymbolKind.String, range: range(q.span), selectionRange: range(q.span) })),
  }));
}

const TEXTS: [string, string][] = [
  ['seed article', readFileSync(path.resolve(__dirname, '../../../shared/corpus/seed/trump-russia-venezuela.txt'), 'utf8')],
  ['generated news, 5,000 words', generateProse(5_000)],
  ['generated dense quotations, 5,000 words', generateProse(5_000, 2, DENSE_QUOTES)],
];

describe('code lenses and outline: same answers as the straightforward versions', () => {
  const cache = new ArticleCache(() => ({ options: { format: 'article' }, maxFileSize: 10_000_000 }));
  for (const [name, text] of TEXTS) {
    it(name, () => {
      const analyzed = cache.get(TextDocument.create(`file:///tmp/${name.replace(/\W+/g, '-')}.article`, 'article', 1, text));
      const lenses = codeLensesFor(analyzed);
      assert.ok(lenses.some((l) => !/ 0 quotes$/.test(l.command!.title)), 'some lens counts quotes');
      const counts = quoteCounts(analyzed.article);
      assert.deepEqual(
        analyzed.article.entities.map((e) => [e.id, counts.get(e.id) ?? 0]),
        analyzed.article.entities.map((e) => [e.id, quotationsOf(analyzed.article, e).length]),
      );
      const quotes = documentSymbolsFor(analyzed).find((s) => s.name === 'Quotes');
      assert.ok(quotes?.children?.some((s) => s.children!.length > 1), 'a speaker with several quotations');
      assert.deepEqual(quotes?.children, referenceSpeakers(analyzed));
    });
  }
});
