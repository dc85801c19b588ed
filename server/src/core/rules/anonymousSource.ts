import { anonymityExplainedAfter, anonymityExplainedIn } from '../quotes/anonymity';
import { NAMING_VERBS, TERM_USERS } from '../quotes/cues';
import type { Paragraph, Quotation } from '../types';
import type { Rule } from './rule';

/** `anonymous-source`: a quotation attributed to an unnamed source ("a department spokesperson"). */
export const anonymousSource: Rule = {
  code: 'anonymous-source',
  description: 'A quotation is attributed to an unnamed source: check the desk’s policy on anonymity.',
  run({ article, doc }) {
    return article.quotations
      // (a story that says why the name is withheld, right after the speaker or just before the quotation, has done what the hint asks)
      .filter((q) => attributedToAnonymous(q) && !anonymityExplainedAfter(doc.text, q.speaker!.span.end) && !anonymityExplainedBefore(doc.text, article.paragraphs, q))
      .map((q) => ({
        span: q.speaker!.span,
        message: `Anonymous source "${q.speaker!.text}": name the source or say why they cannot be named.`,
      }));
  },
};

/** How far before a quotation the story's reason for withholding a name is looked for (code units: a few sentences). */
const EXPLAINED_BEFORE = 600;

/**
 * Whether the sentences just before the quotation, in its paragraph or the one before, say why a source is not named
 * (`anonymityExplainedIn`; at most `EXPLAINED_BEFORE` code units, so that many quotations in one long paragraph each read
 * a bounded stretch).
 */
function anonymityExplainedBefore(text: string, paragraphs: readonly Paragraph[], q: Quotation): boolean {
  const from = Math.max(paragraphs[Math.max(0, q.paragraph - 1)]?.span.start ?? 0, q.span.start - EXPLAINED_BEFORE);
  return anonymityExplainedIn(text.slice(from, q.span.start));
}

/** Whether a quotation's own attribution names no one, and reports words (not the term experts call a thing: `NAMING_VERBS`). */
function attributedToAnonymous(q: Quotation): boolean {
  return !!q.speaker && !!q.speaker.cue && q.speaker.kind === 'anonymous' && !namesTerm(q.speaker.text, q.speaker.cue.text);
}

/** Whether experts "call" the quotation, a term of their field ("sleep scientists call", `TERM_USERS`). */
function namesTerm(speaker: string, cue: string): boolean {
  return NAMING_VERBS.has(cue.toLowerCase()) && TERM_USERS.has(speaker.slice(speaker.lastIndexOf(' ') + 1).toLowerCase());
}
