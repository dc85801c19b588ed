import type { DocumentHighlight, Location, Position } from 'vscode-languageserver';
import { DocumentHighlightKind } from './lspApi';
import { entityAt, mentionById, mentionsOf, neighbourMention } from '../core';
import type { AnalyzedDocument } from './cache';
import { toRange } from './convert';

/** Go to definition: the mention that introduces the entity under the cursor. */
export function definitionFor(analyzed: AnalyzedDocument, position: Position): Location | null {
  const { article, lines, uri } = analyzed;
  const entity = entityAt(article, lines.offsetAt(position));
  const intro = entity && mentionById(article, entity.introducedBy);
  return intro ? { uri, range: toRange(lines, intro.span) } : null;
}

/** Find all references: every mention of the entity under the cursor. */
export function referencesFor(analyzed: AnalyzedDocument, position: Position): Location[] {
  const { article, lines, uri } = analyzed;
  const entity = entityAt(article, lines.offsetAt(position));
  return entity ? mentionsOf(article, entity).map((m) => ({ uri, range: toRange(lines, m.span) })) : [];
}

/** Document highlights: every mention of the entity, the introducing one as a "write". */
export function highlightsFor(analyzed: AnalyzedDocument, position: Position): DocumentHighlight[] {
  const { article, lines } = analyzed;
  const entity = entityAt(article, lines.offsetAt(position));
  if (!entity) return [];
  return mentionsOf(article, entity).map((m) => ({
    range: toRange(lines, m.span),
    kind: m.id === entity.introducedBy ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

/** The next or previous mention of the entity under the cursor (wrapping), for the jump commands. */
export function neighbourFor(analyzed: AnalyzedDocument, position: Position, direction: 'next' | 'previous'): Location | null {
  const { article, lines, uri } = analyzed;
  const m = neighbourMention(article, lines.offsetAt(position), direction);
  return m ? { uri, range: toRange(lines, m.span) } : null;
}
