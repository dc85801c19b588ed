import type { ScannedDocument } from '../markup/scan';
import type { AnalyzeOptions } from '../options';
import type { Entity, Mention, Quotation, QuoteMarkStyle } from '../types';

// PLACEHOLDER (skeleton): pairs double quotation marks within a paragraph and joins run-over
// quotations. The quotation engine replaces this module.

const OPEN: Record<string, QuoteMarkStyle> = { '"': 'straight', '“': 'curly' };

/**
 * Finds every quotation in the article text of `doc` (excluded regions never count),
 * in document order, without speakers.
 */
export function findQuotations(doc: ScannedDocument): Quotation[] {
  const { masked } = doc;
  const quotations: Quotation[] = [];
  let runOver: { start: number; paragraph: number; style: QuoteMarkStyle } | null = null;
  for (const p of doc.paragraphs) {
    let open: { at: number; style: QuoteMarkStyle } | null = null;
    for (let i = p.span.start; i < p.span.end; i++) {
      const c = masked[i];
      if (c !== '"' && c !== '“' && c !== '”') continue;
      if (!open && c !== '”') {
        open = { at: i, style: OPEN[c] };
        continue;
      }
      if (open && (c === '"' || c === '”')) {
        const start = runOver ? runOver.start : open.at;
        const paragraph = runOver ? runOver.paragraph : p.index;
        quotations.push(make(doc, quotations.length, start, i + 1, open.style, true, paragraph));
        runOver = null;
        open = null;
      }
    }
    if (open) {
      const next = doc.paragraphs[p.index + 1];
      const nextOpens = next && (masked[next.span.start] === '"' || masked[next.span.start] === '“');
      if (nextOpens) {
        if (!runOver) runOver = { start: open.at, paragraph: p.index, style: open.style };
      } else {
        const start = runOver ? runOver.start : open.at;
        quotations.push(make(doc, quotations.length, start, p.span.end, open.style, false, runOver ? runOver.paragraph : p.index));
        runOver = null;
      }
    }
  }
  return quotations;
}

function make(doc: ScannedDocument, n: number, start: number, end: number, style: QuoteMarkStyle, closed: boolean, paragraph: number): Quotation {
  return {
    id: `q${n}`,
    span: { start, end },
    text: doc.masked.slice(start + 1, closed ? end - 1 : end),
    kind: 'direct',
    style,
    closed,
    parentId: null,
    paragraph,
    speaker: null,
  };
}

/** Links each quotation to its speaker and cue (fills `Quotation.speaker` in place). */
export function attributeQuotations(
  _doc: ScannedDocument,
  _quotations: Quotation[],
  _mentions: Mention[],
  _entities: Entity[],
  _options: AnalyzeOptions,
): void {
  // the quotation engine fills this in
}
