import type { InlayHint, Range } from 'vscode-languageserver';
import { InlayHintKind } from './lspApi';
import { entityById } from '../core';
import type { AnalyzedDocument } from './cache';

/** Inlay hints: after a pronoun speaker ("he added"), the name it resolves to. */
export function inlayHintsFor(analyzed: AnalyzedDocument, range: Range): InlayHint[] {
  const { article, lines } = analyzed;
  const from = lines.offsetAt(range.start);
  const to = lines.offsetAt(range.end);
  const hints: InlayHint[] = [];
  for (const q of article.quotations) {
    const s = q.speaker;
    if (!s || s.kind !== 'pronoun' || !s.cue || s.span.end < from || s.span.start > to) continue;
    const entity = entityById(article, s.entityId);
    if (!entity) continue;
    hints.push({
      position: lines.positionAt(s.span.end),
      label: `(${entity.name})`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: `“${s.text}” is ${entity.name}${s.alternatives?.length ? ' (ambiguous)' : ''}`,
    });
  }
  return hints;
}
