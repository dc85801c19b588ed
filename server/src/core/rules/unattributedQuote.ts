import type { Quotation, TextEdit } from '../types';
import type { Rule } from './rule';

/** The placeholder a journalist fills in later: "TK" marks missing copy. */
const PLACEHOLDER = 'TK said';

/**
 * `unattributed-quote`: a direct or partial quotation with no speaker in its sentence and none
 * to inherit in its paragraph. Scare quotes and quotes inside quotes are never flagged.
 */
export const unattributedQuote: Rule = {
  code: 'unattributed-quote',
  description: 'A quotation has no speaker: no "said", "told", "according to" or speaker in its sentence or paragraph.',
  run({ article }) {
    return article.quotations
      .filter(lacksAttribution)
      .map((q) => ({
        span: q.span,
        message:
          q.kind === 'partial'
            ? 'Partial quotation without attribution: no speaker or reporting verb ("said", "according to") in its sentence. Say who used these words.'
            : 'Quotation without attribution: no speaker or reporting verb ("said", "told", "according to") in its sentence or paragraph. Add who said it.',
        fixes: [{ title: `Add attribution placeholder (${PLACEHOLDER})`, edits: attributionEdits(article.text, q), preferred: true }],
      }));
  },
};

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

/** A closed top-level quotation, not a scare quote, with no speaker. */
function lacksAttribution(q: Quotation): boolean {
  return q.parentId === null && q.closed && q.kind !== 'scare' && !q.speaker;
}
