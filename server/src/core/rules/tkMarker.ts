import type { Rule } from './rule';

/** `TK`, `TKTK`, `TKK`: the newsroom's "to come" placeholder, as a whole word in capitals. */
const TK = /(?<![\p{L}\p{N}])TK(?:TK|K)*(?![\p{L}\p{N}])/gu;

/** `tk-marker`: a placeholder left in the copy. Only article text counts (not notes or comments). */
export const tkMarker: Rule = {
  code: 'tk-marker',
  description: 'A TK ("to come") placeholder is still in the copy.',
  run({ doc }) {
    const findings = [];
    for (const m of doc.masked.matchAll(TK)) {
      findings.push({ span: { start: m.index, end: m.index + m[0].length }, message: 'TK: material still to come. Fill it in before the story runs.' });
    }
    return findings;
  },
};
