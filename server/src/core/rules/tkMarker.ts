import { paragraphTexts } from '../markup/scan';
import type { RawFinding, Rule } from './rule';

/** `TK`, `TKTK`, `TKK`: the newsroom's "to come" placeholder, as a whole word in capitals. */
const TK = /(?<![\p{L}\p{N}])TK(?:TK|K)*(?![\p{L}\p{N}])/gu;

/**
 * `tk-marker`: a placeholder left in the copy. Only article text counts (not notes or comments).
 * Article text is all in paragraphs (the masked text is blank between them), and a paragraph
 * without the letters `TK` needs no pattern, and an article without them needs no look at its paragraphs.
 */
export const tkMarker: Rule = {
  code: 'tk-marker',
  description: 'A TK ("to come") placeholder is still in the copy.',
  run({ doc }) {
    const findings: RawFinding[] = [];
    // most articles have no TK at all: one search of the whole masked text says so
    if (!doc.masked.includes('TK')) return findings;
    const texts = paragraphTexts(doc);
    for (const p of doc.paragraphs) {
      const text = texts[p.index];
      if (!text.includes('TK')) continue;
      for (const m of text.matchAll(TK)) {
        const start = p.span.start + m.index;
        findings.push({ span: { start, end: start + m[0].length }, message: 'TK: material still to come. Fill it in before the story runs.' });
      }
    }
    return findings;
  },
};
