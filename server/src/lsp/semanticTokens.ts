import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import { SemanticTokensBuilder } from './lspApi';
import { entityById, type EntityType } from '../core';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from '../protocol';
import type { AnalyzedDocument } from './cache';

/** The legend announced in `initialize`. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] };

const TYPE_INDEX: Record<EntityType, number> = { person: 0, organization: 1, place: 2, other: 3 };

/** Semantic tokens: each mention coloured by its entity's type; introducing mentions as declarations; names nested in a longer name take its token (tokens may not overlap). */
export function semanticTokensFor(analyzed: AnalyzedDocument): SemanticTokens {
  const { article, lines } = analyzed;
  const builder = new SemanticTokensBuilder();
  for (const m of article.mentions) {
    if (m.within !== undefined) continue;
    const start = lines.positionAt(m.span.start);
    const end = lines.positionAt(m.span.end);
    if (start.line !== end.line) continue; // tokens cannot span lines; names rarely do
    const entity = entityById(article, m.entityId);
    const declaration = entity?.introducedBy === m.id ? 1 : 0;
    builder.push(start.line, start.character, end.character - start.character, TYPE_INDEX[entity?.type ?? m.type], declaration);
  }
  return builder.build();
}
