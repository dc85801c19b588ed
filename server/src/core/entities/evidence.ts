/**
 * The document's evidence for reading capitals (which words stand capitalised mid-sentence, in
 * lower case, or capitalised where a capital proves nothing), kept as counts per word so that
 * the evidence of an edited document is the previous document's, minus the paragraphs that went
 * away, plus the ones that came: an edit costs its paragraphs, not the whole text.
 */
import { collectEvidence, type NameEvidence, type PreparedParagraph } from './findMentions';

/** Counts of one document's evidence and the paragraphs they come from. */
class EvidenceTally implements NameEvidence {
  /** Per word: in how many paragraphs it stands capitalised mid-sentence. */
  private readonly capitalisedIn = new Map<string, number>();
  private readonly lowerIn = new Map<string, number>();
  /** Per word: how often it stands capitalised where a capital proves nothing. */
  private readonly initialCount = new Map<string, number>();
  /** The paragraphs counted, with how many times each occurs in the document. */
  paragraphs = new Map<PreparedParagraph, number>();

  readonly capitalised = { has: (k: string) => this.capitalisedIn.has(k) };
  readonly lower = { has: (k: string) => this.lowerIn.has(k) };
  readonly initial = { get: (k: string) => this.initialCount.get(k) };

  /** Adds (sign 1) or removes (sign -1) one occurrence of a paragraph's evidence. */
  count(p: PreparedParagraph, sign: 1 | -1): void {
    const e = paragraphEvidence(p);
    for (const k of e.capitalised) bump(this.capitalisedIn, k, sign);
    for (const k of e.lower) bump(this.lowerIn, k, sign);
    for (const [k, n] of e.initial) bump(this.initialCount, k, sign * n);
  }
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n === 0) map.delete(key);
  else map.set(key, n);
}

/** A paragraph's own evidence (computed once per prepared paragraph and kept on it). */
function paragraphEvidence(p: PreparedParagraph): NonNullable<PreparedParagraph['evidence']> {
  if (!p.evidence) collectEvidence(p, new Set(), new Set(), new Map());
  return p.evidence!;
}

/** The tallies of the last few documents analysed (an editor switches between a few open files). */
const tallies: EvidenceTally[] = [];
const KEPT_TALLIES = 4;

/**
 * The evidence of a document made of these paragraphs: the same answers as counting every
 * paragraph afresh, updated from the most similar recent document.
 */
export function documentEvidence(preps: readonly PreparedParagraph[]): NameEvidence {
  const wanted = new Map<PreparedParagraph, number>();
  for (const p of preps) wanted.set(p, (wanted.get(p) ?? 0) + 1);
  // updating pays while at most half the paragraphs changed
  const limit = preps.length / 2;
  let best = -1;
  let bestCost = Infinity;
  for (let i = 0; i < tallies.length; i++) {
    const cost = differenceSize(tallies[i].paragraphs, wanted, Math.min(limit, bestCost));
    if (cost < bestCost) [best, bestCost] = [i, cost];
  }
  let tally: EvidenceTally;
  if (best >= 0 && bestCost <= limit) {
    tally = tallies.splice(best, 1)[0];
    for (const [p, n] of tally.paragraphs) for (let k = wanted.get(p) ?? 0; k < n; k++) tally.count(p, -1);
    for (const [p, n] of wanted) for (let k = tally.paragraphs.get(p) ?? 0; k < n; k++) tally.count(p, 1);
  } else {
    tally = new EvidenceTally();
    for (const [p, n] of wanted) for (let k = 0; k < n; k++) tally.count(p, 1);
    if (tallies.length >= KEPT_TALLIES) tallies.shift();
  }
  tally.paragraphs = wanted;
  tallies.push(tally);
  return tally;
}

/** How many paragraph occurrences one multiset has that the other has not, both ways (Infinity once above `limit`). */
function differenceSize(a: ReadonlyMap<PreparedParagraph, number>, b: ReadonlyMap<PreparedParagraph, number>, limit: number): number {
  let cost = 0;
  for (const [x, y] of [[a, b], [b, a]]) {
    for (const [p, n] of x) {
      cost += Math.max(0, n - (y.get(p) ?? 0));
      if (cost > limit) return Infinity;
    }
  }
  return cost;
}

