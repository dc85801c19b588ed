import { paragraphTexts } from '../markup/scan';
import { clearWithMemos } from '../memo';
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
    const texts = paragraphTexts(doc);
    // most articles have no TK at all: each paragraph text's answer is the last one when it is the same text at the same index (a keystroke changes one)
    if (!anyHasTK(texts)) return findings;
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

/** The paragraph texts of the last `anyHasTK` call, and which of them have the letters `TK`. */
let lastTexts: readonly string[] = [];
let lastHasTK: boolean[] = [];
clearWithMemos(() => {
  lastTexts = [];
  lastHasTK = [];
});

/** Whether any of `texts` has the letters `TK`: a text at the same index as last time is not searched again. */
function anyHasTK(texts: readonly string[]): boolean {
  const hasTK = new Array<boolean>(texts.length);
  let any = false;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    const has = i < lastTexts.length && lastTexts[i] === t ? lastHasTK[i] : t.includes('TK');
    hasTK[i] = has;
    if (has) any = true;
  }
  lastTexts = texts;
  lastHasTK = hasTK;
  return any;
}
