import type { DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from './lspApi';
import { entityById, mentionById, mentionsOf, onlyNested, type Entity, type EntityType, type Quotation, type Span } from '../core';
import type { AnalyzedDocument } from './cache';
import { toRange } from './convert';

const GROUPS: { type: EntityType; label: string; kind: SymbolKind }[] = [
  { type: 'person', label: 'People', kind: SymbolKind.Object },
  { type: 'organization', label: 'Organizations', kind: SymbolKind.Module },
  { type: 'place', label: 'Places', kind: SymbolKind.Namespace },
  { type: 'other', label: 'Other names', kind: SymbolKind.Constant },
];

/** The symbol kind shown for an entity type (also used by workspace symbols). */
export function symbolKindOf(type: EntityType): SymbolKind {
  return GROUPS.find((g) => g.type === type)!.kind;
}

/**
 * Document symbols: the article's entities by type and its quotations by speaker, so the
 * Outline view is a map of the story. An entity named only inside longer names ("Copenhagen" in
 * "University of Copenhagen") is left out: the longer name is listed.
 */
export function documentSymbolsFor(analyzed: AnalyzedDocument): DocumentSymbol[] {
  const { article, lines } = analyzed;
  if (!article.text) return [];
  const all: Span = { start: 0, end: article.text.length };
  const range = (s: Span) => toRange(lines, s);
  const symbols: DocumentSymbol[] = [];
  for (const group of GROUPS) {
    const entities = article.entities.filter((e) => e.type === group.type && !onlyNested(article, e));
    if (!entities.length) continue;
    const children = entities.map((e) => entitySymbol(analyzed, e, group.kind));
    symbols.push({ name: group.label, detail: String(entities.length), kind: SymbolKind.Namespace, range: range(all), selectionRange: children[0].selectionRange, children });
  }
  const bySpeaker = new Map<string, Quotation[]>();
  for (const q of article.quotations) {
    if (q.kind === 'scare' || q.parentId) continue;
    const entity = entityById(article, q.speaker?.entityId);
    const key = entity ? entity.name : q.speaker ? q.speaker.text : 'Unattributed';
    const quotes = bySpeaker.get(key);
    if (quotes) quotes.push(q);
    else bySpeaker.set(key, [q]);
  }
  if (bySpeaker.size) {
    const speakers: DocumentSymbol[] = [...bySpeaker].map(([name, quotes]) => {
      const span = { start: quotes[0].span.start, end: quotes[quotes.length - 1].span.end };
      return {
        name,
        detail: `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`,
        kind: name === 'Unattributed' ? SymbolKind.Null : SymbolKind.Event,
        range: range(span),
        selectionRange: range(quotes[0].span),
        children: quotes.map((q) => ({ name: shorten(q.text), detail: q.speaker?.cue?.text ?? '', kind: SymbolKind.String, range: range(q.span), selectionRange: range(q.span) })),
      };
    });
    symbols.push({ name: 'Quotes', detail: String(article.quotations.length), kind: SymbolKind.Namespace, range: range(all), selectionRange: speakers[0].selectionRange, children: speakers });
  }
  return symbols;
}

function entitySymbol(analyzed: AnalyzedDocument, entity: Entity, kind: SymbolKind): DocumentSymbol {
  const { article, lines } = analyzed;
  const mentions = mentionsOf(article, entity);
  const intro = mentionById(article, entity.introducedBy) ?? mentions[0];
  const first = mentions[0].span.start;
  const last = mentions[mentions.length - 1].span.end;
  return {
    name: entity.name,
    detail: [entity.roles[0], `${mentions.length}×`].filter(Boolean).join(' · '),
    kind,
    range: toRange(lines, { start: Math.min(first, intro.span.start), end: last }),
    selectionRange: toRange(lines, intro.span),
  };
}

/** A quotation shortened for one line of the outline. */
export function shorten(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}
