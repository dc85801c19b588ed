import type { CodeLens } from 'vscode-languageserver';
import { mentionById, mentionsOf, onlyNested, type Article } from '../core';
import type { AnalyzedDocument } from './cache';
import { toRange } from './convert';

/** The client command a lens runs: shows the mentions at a position (see client/src/extension.ts). */
export const SHOW_MENTIONS_COMMAND = 'copydesk.showMentions';

/**
 * A code lens on each introducing mention: "7 mentions · 8 quotes", counting the names nested in
 * longer names as find all references lists them. An entity named only inside other names has none.
 */
export function codeLensesFor(analyzed: AnalyzedDocument): CodeLens[] {
  const { article, lines, uri } = analyzed;
  const lenses: CodeLens[] = [];
  const names: string[] = [];
  const quotesBy = quoteCounts(article);
  for (const entity of article.entities) {
    const intro = mentionById(article, entity.introducedBy);
    if (!intro || onlyNested(article, entity)) continue;
    const mentions = mentionsOf(article, entity).length;
    const quotes = quotesBy.get(entity.id) ?? 0;
    if (mentions < 2 && quotes === 0) continue;
    const range = toRange(lines, intro.span);
    const title = `${mentions} mention${mentions === 1 ? '' : 's'} · ${quotes} quote${quotes === 1 ? '' : 's'}`;
    lenses.push({ range, command: { title, command: SHOW_MENTIONS_COMMAND, arguments: [uri, range.start] } });
    names.push(intro.text);
  }
  // several lenses on one line would read as one list of numbers: name each of them
  const perLine = new Map<number, number>();
  for (const l of lenses) perLine.set(l.range.start.line, (perLine.get(l.range.start.line) ?? 0) + 1);
  lenses.forEach((l, i) => {
    if (perLine.get(l.range.start.line)! > 1) l.command!.title = `${names[i]}: ${l.command!.title}`;
  });
  return lenses;
}

/** How many quotations each speaker entity has (`quotationsOf(…).length` for all of them in one pass). */
export function quoteCounts(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of article.quotations) {
    const id = q.speaker?.entityId;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
