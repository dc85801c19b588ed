/**
 * The document's evidence for reading capitals (which words stand capitalised mid-sentence, in
 * lower case, or capitalised where a capital proves nothing), kept as counts per word so that
 * the evidence of an edited document is the previous document's, minus the paragraphs that went
 * away, plus the ones that came: an edit costs its paragraphs, not the whole text. A demonym or a
 * title word read as a surname ("Mark Cuban", "Carlos Presidente") is counted as a capitalised word whose
 * key `SURNAME_MARK` opens (findMentions.ts).
 */
import { ListCollector } from '../lists';
import { clockStamp, forgetWithMemos } from '../memo';
import { surnameEvidenceAt, TOKEN, withTokens, type EvidenceVersion, type KeptParagraph, type NameEvidence, type PreparedParagraph } from './findMentions';

/** Numbers every state of every tally (`EvidenceVersion.stamp`). */
let stamps = 0;

/** Numbers every walk over a paragraph's words (`countWords`). */
let walks = 0;

/**
 * A word's counts in one document: in how many paragraphs it stands capitalised mid-sentence, in
 * how many in lower case, and how often capitalised where a capital proves nothing. One record per
 * word, in one map: counting a paragraph's word is one look-up, not a look-up and a store in each of
 * three maps.
 */
interface WordCounts {
  capitalised: number;
  lower: number;
  initial: number;
  /**
   * The last walk (`countWords`) that counted the word in lower case, capitalised mid-sentence, and
   * capitalised where a capital proves nothing (its pair's place in that walk's `initial` list at
   * `initialAt`): a paragraph's word is counted once, and listed once, with no set of its own.
   */
  lowerWalk: number;
  capitalisedWalk: number;
  initialWalk: number;
  initialAt: number;
}

/** Where `countWords` collects a paragraph's evidence (see lists.ts), and its `initial` pairs, counted up in place by index and copied at the end. */
const evidenceCapitalised = new ListCollector<string>();
const evidenceLower = new ListCollector<string>();
const initialScratch: [string, number][] = [];

/** Counts of one document's evidence and the paragraphs they come from. */
class EvidenceTally implements NameEvidence {
  /** Per word with some count above 0 (a word whose counts all fall to 0 is deleted). */
  private readonly words = new Map<string, WordCounts>();
  /** The paragraphs counted, in document order. */
  paragraphs: readonly KeptParagraph[] = [];
  /** When an analysis last read it (`clockStamp`): an idle server forgets the tallies of documents no longer analysed. */
  used = 0;
  version: EvidenceVersion = { stamp: ++stamps, previous: -1, changed: null };
  /** While an update counts: each word touched with its answers before (capitalised, lower, initial). */
  private before: Map<string, [boolean, boolean, number | undefined]> | null = null;

  readonly capitalised = { has: (k: string) => capitalisedOf(this.words.get(k)) };
  readonly lower = { has: (k: string) => lowerOf(this.words.get(k)) };
  readonly initial = { get: (k: string) => initialOf(this.words.get(k)) };

  /** Adds (sign 1) or removes (sign -1) one occurrence of a paragraph's evidence. */
  count(p: KeptParagraph, sign: 1 | -1): void {
    const e = p.evidence;
    if (e === undefined) {
      // (an addition: only a paragraph this tally counted in is counted off, and counting one in
      // leaves its lists on it, as `entities.evidence.test.ts` checks after every update)
      this.countWords(withTokens(p));
      return;
    }
    for (const k of e.capitalised) this.countsOf(k).capitalised += sign;
    for (const k of e.lower) this.countsOf(k).lower += sign;
    for (const [k, n] of e.initial) this.countsOf(k).initial += sign * n;
    // (a removal may leave a word with no count: deleted, so the map holds the document's words only)
    if (sign < 0) {
      for (const k of e.capitalised) this.deleteIfNone(k);
      for (const k of e.lower) this.deleteIfNone(k);
      for (const [k] of e.initial) this.deleteIfNone(k);
    }
  }

  /**
   * Adds the evidence of a paragraph not counted before, word by word as its tokens are read (one
   * look-up per word, not one to list it and one to count it), and keeps its lists on it for the
   * counts to come (`KeptParagraph.evidence`).
   */
  private countWords(p: PreparedParagraph): void {
    const walk = ++walks;
    const initial = initialScratch;
    initial.length = 0;
    // (the words' kinds and keys from the flags and keys; a surname's evidence reads the tokens around it)
    const { flags, keys } = p;
    for (let i = 0; i < flags.length; i++) {
      const f = flags[i];
      if ((f & TOKEN.word) === 0) continue;
      const key = keys[i];
      const w = this.countsOf(key);
      if ((f & TOKEN.cap) === 0) {
        if (w.lowerWalk !== walk) {
          w.lowerWalk = walk;
          w.lower++;
          evidenceLower.add(key);
        }
      } else if ((f & TOKEN.uncertain) === 0) {
        countCapitalised(w, key, walk);
        const surname = surnameEvidenceAt(p, i);
        if (surname !== undefined) countCapitalised(this.countsOf(surname), surname, walk);
      } else {
        w.initial++;
        if (w.initialWalk === walk) initial[w.initialAt][1]++;
        else {
          w.initialWalk = walk;
          w.initialAt = initial.length;
          initial.push([key, 1]);
        }
      }
    }
    // (kept with the prepared paragraph: see lists.ts)
    p.evidence = { capitalised: evidenceCapitalised.take(), lower: evidenceLower.take(), initial: initial.length === 0 ? [] : initial.slice() };
  }

  /** Starts an update: the words it touches are noted with their answers, to tell which answers changed. */
  startUpdate(): void {
    this.before = new Map();
  }

  /** Ends an update (or a count afresh, `changed` null): a new version, and the words whose answers it changed. */
  endUpdate(afresh: boolean): void {
    let changed: string[] | null = null;
    if (!afresh && this.before) {
      changed = [];
      for (const [k, [cap, low, init]] of this.before) {
        const w = this.words.get(k);
        if (cap !== capitalisedOf(w) || low !== lowerOf(w) || init !== initialOf(w)) changed.push(k);
      }
    }
    this.before = null;
    this.version = { stamp: ++stamps, previous: afresh ? -1 : this.version.stamp, changed };
  }

  /** The counts of `key` (a new record at 0 for a word not counted yet), its answers noted first during an update. */
  private countsOf(key: string): WordCounts {
    let w = this.words.get(key);
    if (this.before && !this.before.has(key)) this.before.set(key, [capitalisedOf(w), lowerOf(w), initialOf(w)]);
    if (w === undefined) this.words.set(key, (w = { capitalised: 0, lower: 0, initial: 0, lowerWalk: 0, capitalisedWalk: 0, initialWalk: 0, initialAt: 0 }));
    return w;
  }

  private deleteIfNone(key: string): void {
    const w = this.words.get(key);
    if (w !== undefined && w.capitalised === 0 && w.lower === 0 && w.initial === 0) this.words.delete(key);
  }
}

/** Counts `key` (counts `w`) capitalised mid-sentence in the paragraph of `walk`, once per paragraph. */
function countCapitalised(w: WordCounts, key: string, walk: number): void {
  if (w.capitalisedWalk === walk) return;
  w.capitalisedWalk = walk;
  w.capitalised++;
  evidenceCapitalised.add(key);
}

/** The `capitalised` answer of a word's counts. */
function capitalisedOf(w: WordCounts | undefined): boolean {
  return w !== undefined && w.capitalised > 0;
}

/** The `lower` answer of a word's counts. */
function lowerOf(w: WordCounts | undefined): boolean {
  return w !== undefined && w.lower > 0;
}

/** The `initial` answer of a word's counts: undefined for none, as a map of counts answers a word it lacks. */
function initialOf(w: WordCounts | undefined): number | undefined {
  return w === undefined || w.initial === 0 ? undefined : w.initial;
}

/** The tallies of the last few documents analysed (an editor switches between a few open files). */
const tallies: EvidenceTally[] = [];
const KEPT_TALLIES = 4;
// each holds its document's prepared paragraphs (a 1,000,000-word document's: about 300 MB), so
// they go with the memos, and when idle those the last analyses did not use
forgetWithMemos(
  () => {
    tallies.length = 0;
  },
  (stamp) => {
    for (let i = tallies.length - 1; i >= 0; i--) if (tallies[i].used < stamp) tallies.splice(i, 1);
  },
);

/**
 * The evidence of a document made of these paragraphs: the same answers as counting every
 * paragraph afresh, updated from the most similar recent document.
 */
export function documentEvidence(preps: readonly KeptParagraph[]): NameEvidence {
  // updating pays while at most half the paragraphs changed
  const limit = preps.length / 2;
  let best = -1;
  let bestChange: Change | undefined;
  for (let i = 0; i < tallies.length; i++) {
    const change = changeBetween(tallies[i].paragraphs, preps);
    if (change.cost <= limit && (!bestChange || change.cost < bestChange.cost)) [best, bestChange] = [i, change];
  }
  let tally: EvidenceTally;
  if (bestChange) {
    tally = tallies.splice(best, 1)[0];
    const old = tally.paragraphs;
    // what the documents share before and after the change cancels out: count off the old middle, count in the new
    tally.startUpdate();
    for (let k = bestChange.head; k < old.length - bestChange.tail; k++) tally.count(old[k], -1);
    for (let k = bestChange.head; k < preps.length - bestChange.tail; k++) tally.count(preps[k], 1);
    tally.endUpdate(false);
  } else {
    tally = new EvidenceTally();
    for (const p of preps) tally.count(p, 1);
    tally.endUpdate(true);
    if (tallies.length >= KEPT_TALLIES) tallies.shift();
  }
  tally.paragraphs = preps.slice();
  tally.used = clockStamp();
  tallies.push(tally);
  return tally;
}

/** How two paragraph lists differ: the lengths of their common start and end, and how many paragraphs differ between. */
interface Change {
  head: number;
  tail: number;
  /** Paragraphs in the two middles together: what an update counts off and in. */
  cost: number;
}

/** The change from paragraph list `a` to `b` (an edit changes a few paragraphs in the middle). */
function changeBetween(a: readonly KeptParagraph[], b: readonly KeptParagraph[]): Change {
  const shorter = Math.min(a.length, b.length);
  let head = 0;
  while (head < shorter && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < shorter - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { head, tail, cost: a.length + b.length - 2 * (head + tail) };
}
