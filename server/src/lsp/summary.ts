import { entityById, onlyNested, unattributedQuotations, type Quotation } from '../core';
import type { ArticleSummary, SourceQuotation, SourceSpeaker } from '../protocol';
import type { AnalyzedDocument } from './cache';
import { toRange } from './convert';
import { shorten } from './symbols';

/** The `copydesk/articleSummary` result: speakers with their quotations, unattributed ones, counts. */
export function summaryFor(analyzed: AnalyzedDocument): ArticleSummary {
  const { article, lines, uri, version } = analyzed;
  const toSource = (q: Quotation): SourceQuotation => ({ text: shorten(q.text, 80), kind: q.kind, range: toRange(lines, q.span), cue: q.speaker?.cue?.text ?? null });
  const speakers = new Map<string, SourceSpeaker>();
  for (const q of article.quotations) {
    const s = q.speaker;
    if (!s || q.kind === 'scare') continue;
    const entity = entityById(article, s.entityId);
    const key = entity ? entity.id : `${s.kind}:${s.text.toLowerCase()}`;
    let speaker = speakers.get(key);
    if (!speaker) {
      speaker = { name: entity ? entity.name : s.text, kind: s.kind === 'pronoun' && entity ? 'named' : s.kind, entityId: entity?.id ?? null, quotations: [] };
      speakers.set(key, speaker);
    }
    speaker.quotations.push(toSource(q));
  }
  const unattributed = unattributedQuotations(article);
  return {
    uri,
    version,
    speakers: [...speakers.values()].sort((a, b) => b.quotations.length - a.quotations.length || a.name.localeCompare(b.name)),
    unattributed: unattributed.map(toSource),
    counts: {
      quotations: article.quotations.filter((q) => q.kind !== 'scare').length,
      unattributed: unattributed.length,
      tk: article.findings.filter((f) => f.code === 'tk-marker').length,
      entities: article.entities.filter((e) => !onlyNested(article, e)).length,
    },
  };
}
