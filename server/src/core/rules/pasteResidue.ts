import type { Span } from '../types';
import type { RawFinding, Rule } from './rule';

/**
 * `paste-residue`: text pasted from a web page that is not part of the story. Hover cards
 * (a linked name followed by the site's card, run into the sentence) and debris lines
 * (`Advertisement`, `Read more: …`). The quick fix deletes exactly the residue.
 */
export const pasteResidue: Rule = {
  code: 'paste-residue',
  description: 'Text pasted from a web page (a hover card, an ad or share line) is not part of the story.',
  run({ doc }) {
    const findings: RawFinding[] = [];
    for (const card of doc.hoverCards) {
      const preview = doc.text.slice(card.span.start, card.span.end);
      findings.push({
        span: card.span,
        message: `Pasted hover card after “${doc.text.slice(card.linkedName.start, card.linkedName.end)}”: “${shorten(preview)}” is not part of the story.`,
        fixes: [{ title: 'Remove the pasted hover card', edits: [{ span: card.span, newText: '' }], preferred: true }],
      });
    }
    for (const region of doc.excluded) {
      if (region.kind !== 'debris') continue;
      const line = doc.text.slice(region.span.start, region.span.end).trim();
      findings.push({
        span: region.span,
        message: `Pasted web page debris: “${shorten(line)}” is not part of the story.`,
        fixes: [{ title: 'Remove the pasted line', edits: [{ span: wholeLine(doc.text, region.span), newText: '' }], preferred: true }],
      });
    }
    return findings;
  },
};

/** The line with its line break, so removing it leaves no blank line behind. */
function wholeLine(text: string, span: Span): Span {
  let end = span.end;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  return { start: span.start, end };
}

function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
