import { topQuotations } from '../quotes';
import { attributionContext, heardPassiveAround, type AttributionContext } from '../quotes/attribute';
import type { Cue, Quotation, TextEdit } from '../types';
import type { RawFinding, Rule } from './rule';

/** The placeholder a journalist fills in later: "TK" marks missing copy. */
const PLACEHOLDER = 'TK said';

/**
 * `unattributed-quote`: a direct or partial quotation with no speaker in its sentence and none
 * to inherit in its paragraph. Scare quotes and quotes inside quotes are never flagged.
 */
export const unattributedQuote: Rule = {
  code: 'unattributed-quote',
  description: 'A quotation has no speaker: no "said", "told", "according to" or speaker in its sentence or paragraph.',
  run({ article, doc, options }) {
    const top = topQuotations(article.quotations);
    // (built only for a quotation without a speaker: most articles have none)
    let ctx: AttributionContext | null = null;
    const findings: RawFinding[] = [];
    for (let n = 0; n < top.length; n++) {
      const q = top[n];
      if (!lacksAttribution(q)) continue;
      ctx ??= attributionContext(doc, options);
      const heard = heardPassiveAround(ctx, q, doc.paragraphs, n > 0 ? top[n - 1].span.end : 0, n + 1 < top.length ? top[n + 1].span.start : Infinity);
      findings.push({
        span: q.span,
        message: messageFor(q, heard),
        fixes: [{ title: `Add attribution placeholder (${PLACEHOLDER})`, edits: attributionEdits(article.text, q), preferred: true }],
      });
    }
    return findings;
  },
};

/**
 * What the finding says: that no speaker or verb of saying is in the quotation's sentence, or, where a passive is ("The crowd was
 * told '…'"), that it names who heard the words, not who said them.
 */
function messageFor(q: Quotation, heard: Cue | null): string {
  if (q.kind === 'partial') {
    return heard
      ? `Partial quotation without attribution: "${heard.text}" says who heard these words, not who used them. Say who used these words.`
      : 'Partial quotation without attribution: no speaker or reporting verb ("said", "according to") in its sentence. Say who used these words.';
  }
  return heard
    ? `Quotation without attribution: "${heard.text}" says who heard these words, not who said them. Add who said it.`
    : 'Quotation without attribution: no speaker or reporting verb ("said", "told", "according to") in its sentence or paragraph. Add who said it.';
}

/**
 * Edits that attribute the quotation to a `TK` placeholder the way wire copy does:
 * `"We will win." ` → `"We will win," TK said.`; a partial quote gets `, TK said` before the
 * sentence end.
 */
export function attributionEdits(text: string, q: Quotation): TextEdit[] {
  const close = q.span.end - 1;
  const lastInside = close - 1;
  const endChar = text[lastInside];
  if (q.kind === 'partial') {
    // before the full stop that ends the writer's sentence (bounded look-ahead)
    let i = q.span.end;
    const limit = Math.min(text.length, q.span.end + 400);
    while (i < limit && !/[.!?\r\n]/.test(text[i])) i++;
    if (i < limit && text[i] !== '\n' && text[i] !== '\r') return [{ span: { start: i, end: i }, newText: `, ${PLACEHOLDER}` }];
    return [{ span: { start: q.span.end, end: q.span.end }, newText: `, ${PLACEHOLDER}` }];
  }
  if (endChar === '.') {
    return [
      { span: { start: lastInside, end: lastInside + 1 }, newText: ',' },
      { span: { start: q.span.end, end: q.span.end }, newText: ` ${PLACEHOLDER}.` },
    ];
  }
  if (endChar === ',') return [{ span: { start: q.span.end, end: q.span.end }, newText: ` ${PLACEHOLDER}` }];
  // "?" or "!" or no punctuation inside: the attribution follows as its own clause
  const after = text[q.span.end];
  const needsStop = after === undefined || /\s/.test(after);
  return [{ span: { start: q.span.end, end: q.span.end }, newText: ` ${PLACEHOLDER}${needsStop ? '.' : ''}` }];
}

/** Of the top-level quotations (`run` reads no others), a closed one, not a scare quote, with no speaker. */
function lacksAttribution(q: Quotation): boolean {
  return q.closed && q.kind !== 'scare' && !q.speaker;
}
