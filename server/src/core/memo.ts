/**
 * A bounded least-recently-used memo for pure per-paragraph results, keyed by the paragraph
 * text. A hit returns what the same computation would return again, so results never depend on
 * what was cached before: an edit re-computes only the paragraphs it touched.
 */
/** Every memo, and other per-paragraph state registered with `clearWithMemos` (which has no `forgetUsedBefore`). */
const memos: { clear(): void; forgetUsedBefore?(stamp: number): void }[] = [];

/**
 * One clock for every memo: an entry's `used` stamp says when any analysis last stored or read it,
 * so entries of different memos compare (`forgetParagraphsNotUsedRecently`).
 */
let clock = 0;
/** The clock when each of the last analyses started (`markAnalysisStart`), oldest first. */
const analysisStarts: number[] = [];
/** How many analysis starts are remembered. */
const MAX_REMEMBERED_ANALYSES = 64;

/** Most paragraphs a memo is made to hold for one long document (about 600,000 words). */
const MAX_PARAGRAPH_FLOOR = 20_000;
/** No memo evicts below this: the paragraph count of the longest document analysed, with room for edits. */
let paragraphFloor = 0;

/**
 * Makes every memo hold at least a document of `paragraphs` paragraphs. Without it, a document
 * longer than a memo's limit would evict its own paragraphs in a cycle and miss on every one
 * (an 80,000-word article has about 2,600).
 */
export function fitMemosTo(paragraphs: number): void {
  paragraphFloor = Math.min(MAX_PARAGRAPH_FLOOR, Math.max(paragraphFloor, Math.ceil(paragraphs * 1.5)));
}

/** Registers other per-paragraph state to forget with the memos (`clearMemos`). */
export function clearWithMemos(clear: () => void): void {
  memos.push({ clear });
}

/** Forgets every paragraph memo (tests compare a warm analysis with a cold one). */
export function clearMemos(): void {
  for (const m of memos) m.clear();
}

/** Notes that an analysis starts now (`analyzeArticle` calls it), for `forgetParagraphsNotUsedRecently`. */
export function markAnalysisStart(): void {
  analysisStarts.push(clock);
  if (analysisStarts.length > MAX_REMEMBERED_ANALYSES) analysisStarts.shift();
}

/**
 * Forgets every memo entry that none of the last `analyses` analyses used. Memos keep each
 * version of a paragraph being typed in until they fill up (a word typed into a 20,000-word
 * article leaves one dead version per keystroke, with every stage's results); the server calls
 * this once idle, so the memory goes back while the user reads. Results never depend on what
 * is cached: a forgotten paragraph is worked out again when it comes back.
 */
export function forgetParagraphsNotUsedRecently(analyses: number): void {
  if (analyses < 1 || analysisStarts.length < analyses) return;
  const cut = analysisStarts[analysisStarts.length - analyses];
  for (const m of memos) m.forgetUsedBefore?.(cut);
}

export class Memo<V> {
  private readonly map = new Map<string, { value: V; used: number }>();

  constructor(private readonly limit: number) {
    memos.push(this);
  }

  /** Deletes the entries last used before clock `stamp`. */
  forgetUsedBefore(stamp: number): void {
    this.map.forEach((e, k, map) => {
      if (e.used < stamp) map.delete(k);
    });
  }

  clear(): void {
    this.map.clear();
  }

  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (e === undefined) return undefined;
    e.used = ++clock;
    return e.value;
  }

  set(key: string, value: V): void {
    this.map.set(key, { value, used: ++clock });
    const limit = Math.max(this.limit, paragraphFloor);
    if (this.map.size > limit) {
      // keep the most recently used three quarters (forEach: no entry array per element)
      const stamps = new Float64Array(this.map.size);
      let n = 0;
      this.map.forEach((e) => {
        stamps[n++] = e.used;
      });
      stamps.sort();
      const cut = stamps[this.map.size - Math.floor(limit * 0.75)];
      this.map.forEach((e, k, map) => {
        if (e.used < cut) map.delete(k);
      });
    }
  }

  get size(): number {
    return this.map.size;
  }
}

/**
 * A copy of `text` that keeps nothing else alive. A slice of a string can share the whole string
 * it was cut from: a paragraph sliced from one version of a 20,000-word document, kept as a memo
 * key, would keep that entire version in memory, one per keystroke.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}

/** How many paragraphs each memo keeps at least: a long article (a 20,000-word one has about 650); longer documents raise it (`fitMemosTo`). */
export const PARAGRAPH_MEMO_LIMIT = 1500;
