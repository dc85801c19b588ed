import { endsWithSentenceEnd, heardPassiveAround } from '../quotes/attribute';
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
  run({ article, doc, attribution }) {
    const { top, context } = attribution;
    const findings: RawFinding[] = [];
    // the passive the quotation before heard its words in: it may go on to this one ("The crowd was told '…' and '…'")
    let lastHeard: Cue | null = null;
    for (let n = 0; n < top.length; n++) {
      const q = top[n];
      const prev = n > 0 ? top[n - 1] : null;
      const heardBefore: Cue | null = prev && lastHeard && samePassive(article.text, prev, q) ? lastHeard : null;
      lastHeard = null;
      if (!lacksAttribution(q)) continue;
      const heard: Cue | null = heardPassiveAround(context, q, doc.paragraphs, prev ? prev.span.end : 0, n + 1 < top.length ? top[n + 1].span.start : Infinity) ?? heardBefore;
      lastHeard = heard;
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
 * Whether quotation `q` is heard in the same passive as `prev`, the one before it in its paragraph: in the same sentence ("told
 * '…' and '…'", no sentence end between them or inside `prev` at its end) or right after it, with only spaces between ("told:
 * '….' '….'").
 * Not the quotation stage's same-sentence test (`attributeOwn`, `inheritSpeakers`), nor a part of `heardPassiveAround`: this reads
 * the text as written, where that reads it blanked (a comment with a full stop between the quotations ends the sentence here only),
 * and stops at a line break (a lone `\r` too) and takes only ' ' for a space, where that takes every space; sharing one test changes findings.
 */
function samePassive(text: string, prev: Quotation, q: Quotation): boolean {
  if (prev.paragraph !== q.paragraph) return false;
  let spacesOnly = true;
  for (let i = prev.span.end; i < q.span.start; i++) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?' || c === '\n' || c === '\r') return false;
    if (c !== ' ') spacesOnly = false;
  }
  return spacesOnly || !endsWithSentenceEnd(prev.text);
}

/** A sentence end or a line break (`attributionEdits`). */
const SENTENCE_END_OR_LINE_BREAK = /[.!?\r\n]/;
/** A space of any kind. */
const SPACE = /\s/;

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
    while (i < limit && !SENTENCE_END_OR_LINE_BREAK.test(text[i])) i++;
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
  const needsStop = after === undefined || SPACE.test(after);
  return [{ span: { start: q.span.end, end: q.span.end }, newText: ` ${PLACEHOLDER}${needsStop ? '.' : ''}` }];
}

/** Of the top-level quotations (`run` reads no others), a closed one, not a scare quote, with no speaker. */
function lacksAttribution(q: Quotation): boolean {
  return q.closed && q.kind !== 'scare' && !q.speaker;
}
