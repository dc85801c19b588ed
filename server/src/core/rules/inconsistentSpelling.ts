import { foldKey } from '../entities/tokens';
import type { RawFinding, Rule } from './rule';

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of a mention text with their offsets in it and folded keys. */
function wordsOf(text: string): { text: string; at: number; key: string }[] {
  const out: { text: string; at: number; key: string }[] = [];
  WORD.lastIndex = 0;
  for (let w = WORD.exec(text); w; w = WORD.exec(text)) out.push({ text: w[0], at: w.index, key: foldKey(w[0]) });
  return out;
}

/**
 * `inconsistent-spelling`: one entity written two ways (`Guaido` where `Guaidó` dominates).
 * Words are compared folded (no diacritics, any case); each minority spelling is flagged with a
 * fix to the dominant one, or to the style sheet's canonical spelling when the desk set one.
 */
export const inconsistentSpelling: Rule = {
  code: 'inconsistent-spelling',
  description: 'A name is spelled differently from its other mentions or from the style sheet.',
  run({ article, options }) {
    const findings: RawFinding[] = [];
    const byId = new Map(article.mentions.map((m) => [m.id, m]));
    const canonical = new Map<string, string>();
    const wordCache = new Map<string, { text: string; at: number; key: string }[]>();
    for (const entry of options.styleSheet) {
      for (const w of entry.name.match(WORD) ?? []) canonical.set(foldKey(w), w);
    }
    for (const entity of article.entities) {
      const forms = new Map<string, Map<string, number>>();
      const occurrences: { key: string; text: string; start: number; end: number }[] = [];
      for (const id of entity.mentionIds) {
        const m = byId.get(id);
        if (!m) continue;
        let ws = wordCache.get(m.text);
        if (!ws) wordCache.set(m.text, (ws = wordsOf(m.text)));
        for (const w of ws) {
          const key = w.key;
          const counts = forms.get(key) ?? new Map<string, number>();
          const written = w.text;
          counts.set(written, (counts.get(written) ?? 0) + 1);
          forms.set(key, counts);
          occurrences.push({ key, text: written, start: m.span.start + w.at, end: m.span.start + w.at + w.text.length });
        }
      }
      const dominant = new Map<string, string>();
      for (const [key, counts] of forms) {
        const styled = canonical.get(key);
        let best = '';
        let n = -1;
        for (const [text, c] of counts) if (c > n) [best, n] = [text, c];
        // case alone (a headline in capitals) is no spelling difference
        const variants = new Set([...counts.keys()].map((t) => t.toLowerCase()));
        if (styled) dominant.set(key, styled);
        else if (variants.size > 1) dominant.set(key, best);
      }
      for (const o of occurrences) {
        const want = dominant.get(o.key);
        if (!want || want.toLowerCase() === o.text.toLowerCase()) continue;
        findings.push({
          span: { start: o.start, end: o.end },
          message: `“${o.text}” is spelled “${want}” elsewhere${canonical.has(o.key) ? ' (style sheet)' : ''} for ${entity.name}.`,
          fixes: [{ title: `Change to “${want}”`, edits: [{ span: { start: o.start, end: o.end }, newText: want }], preferred: true }],
        });
      }
    }
    return findings;
  },
};
