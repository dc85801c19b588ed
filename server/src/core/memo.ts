/**
 * Bounded memos for pure per-paragraph results, keyed by the paragraph text, that keep what
 * recent analyses used (`Memo`). A hit returns what the same computation would return again, so
 * results never depend on what was cached before: an edit re-computes only the paragraphs it touched.
 */
/** Every memo, and other per-paragraph state registered with `clearWithMemos` (with a `forgetUsedBefore` only when registered `whenIdle`) or `forgetWithMemos`. */
const memos: { clear(): void; forgetUsedBefore?(stamp: number): void }[] = [];

/**
 * One clock for every memo: an entry's `used` stamp says when any analysis last stored or read it,
 * so entries of different memos compare (`forgetParagraphsNotUsedRecently`).
 */
let clock = 0;
/** The clock when each of the last analyses started (`markAnalysisStart`), oldest first. */
const analysisStarts: number[] = [];
/** How many analyses have started (`markAnalysisStart`): `Memo.getAt` keeps one analysis's slots apart from the next's. */
let analysisCount = 0;
/** How many analysis starts are remembered. */
const MAX_REMEMBERED_ANALYSES = 64;

/** Most paragraphs a memo's generation is made to hold for one long document (13,333 paragraphs with room for edits: about 400,000 words). */
const MAX_PARAGRAPH_FLOOR = 15_000;
/** No per-paragraph memo's generation is smaller than this: the paragraph count of the longest document analysed, with room for edits. */
let paragraphFloor = 0;

/**
 * Makes every memo of one entry per paragraph (`memoPerParagraph`) hold at least a document of `paragraphs`
 * paragraphs. Without it, a document longer than a memo's generation would drop its own paragraphs in a
 * cycle and miss on every one (an 80,000-word article has about 2,600).
 */
export function fitMemosTo(paragraphs: number): void {
  paragraphFloor = Math.min(MAX_PARAGRAPH_FLOOR, Math.max(paragraphFloor, Math.ceil(paragraphs * 1.125)));
}

/**
 * Registers other per-paragraph state to forget with the memos (`clearMemos`); with `whenIdle`,
 * also when the memos forget what recent analyses did not use (`forgetParagraphsNotUsedRecently`):
 * for tables that grow with every spelling typed and cannot tell which entries were used.
 */
export function clearWithMemos(clear: () => void, whenIdle = false): void {
  // forgetting what was used before any stamp is forgetting it all
  if (whenIdle) forgetWithMemos(clear, clear);
  else memos.push({ clear });
}

/**
 * Registers state kept outside a `Memo` whose parts are stamped with `clockStamp()` when used:
 * `clearMemos` clears it, `forgetParagraphsNotUsedRecently` has it forget the parts last used
 * before a stamp (what `forgetUsedBefore` gets).
 */
export function forgetWithMemos(clear: () => void, forgetUsedBefore: (stamp: number) => void): void {
  memos.push({ clear, forgetUsedBefore });
}

/** A stamp of the clock every memo shares, for state registered with `forgetWithMemos`: what is stamped now counts as used now. */
export function clockStamp(): number {
  return ++clock;
}

/** Forgets every paragraph memo (tests compare a warm analysis with a cold one). */
export function clearMemos(): void {
  for (const m of memos) m.clear();
}

/** Notes that an analysis starts now (`analyzeArticle` calls it), for `forgetParagraphsNotUsedRecently`. */
export function markAnalysisStart(): void {
  analysisCount++;
  // a tick of its own: what the analysis before used last is older than this start
  analysisStarts.push(++clock);
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

interface Entry<V> {
  value: V;
  /** When an analysis last stored or read it (the shared `clock`). */
  used: number;
}

/**
 * A bounded memo of two generations: `recent` holds what was stored or read since it was last
 * turned, `older` what was before. A read moves an entry from `older` to `recent`; when `recent`
 * fills, it becomes `older` and the old `older` is dropped whole. So an eviction is one map let go
 * of, not a selection of the least recently used and a deletion per entry, and everything used
 * since the last turn, or by the generation before, stays: an analysis of a document shorter than
 * a generation finds every paragraph of the analysis before (`generationSize`).
 */
export class Memo<V> {
  private recent = new Map<string, Entry<V>>();
  private older = new Map<string, Entry<V>>();
  /** The clock when `recent` was last turned: an entry used since is in `recent` (what `getAt` checks instead of the maps). */
  private recentSince = 0;
  /**
   * The keys and entries read or stored through `getAt` and `setAt`, by slot (a paragraph's index),
   * in this analysis and in the one before: a paragraph at the index it had is found by comparing
   * one key (the same string object, when the scan handed out the last analysis's text) instead of
   * a look-up in the maps. Any pair here is a right answer, however old: the value is the memo's for that key.
   */
  private slotKeys: (string | undefined)[] = [];
  private slotEntries: (Entry<V> | undefined)[] = [];
  private lastSlotKeys: (string | undefined)[] = [];
  private lastSlotEntries: (Entry<V> | undefined)[] = [];
  /** The analysis the slots are this one's for. */
  private slotsAnalysis = -1;

  /**
   * `limit`: two generations of half as many entries; a slot read may put back an entry of a dropped generation
   * (`keepRecent`), at most one per paragraph slot, past it. A memo of one entry per paragraph, whose generations
   * grow with the documents (`perParagraph`), is made by `memoPerParagraph`. (A flag, not a subclass: every memo
   * keeps one hidden class, so the hot `get` and `store` see one shape.)
   */
  constructor(
    private readonly limit: number,
    private readonly perParagraph = false,
  ) {
    memos.push(this);
  }

  /**
   * Deletes the entries last used before clock `stamp`, and the slots that hold them. The slots of
   * the entries kept stay: the next analysis (the first keystroke after a pause) finds its
   * paragraphs by one comparison each, not by a look-up in the maps.
   */
  forgetUsedBefore(stamp: number): void {
    deleteUsedBefore(this.recent, stamp);
    deleteUsedBefore(this.older, stamp);
    forgetSlotsUsedBefore(this.slotKeys, this.slotEntries, stamp, entryUsed);
    forgetSlotsUsedBefore(this.lastSlotKeys, this.lastSlotEntries, stamp, entryUsed);
  }

  clear(): void {
    this.recent.clear();
    this.older.clear();
    this.clearSlots();
  }

  get(key: string): V | undefined {
    const e = this.entry(key);
    if (e === undefined) return undefined;
    e.used = ++clock;
    return e.value;
  }

  /**
   * `get(key)` for the paragraph of index `slot`: when the last analysis read the same key in the
   * same slot, without a look-up in the maps.
   */
  getAt(slot: number, key: string): V | undefined {
    if (this.slotsAnalysis !== analysisCount) this.turnSlots();
    let e = this.lastSlotEntries[slot];
    if (e !== undefined && this.lastSlotKeys[slot] === key) {
      // (used before the turn: in `older`, or dropped with the generation before it)
      if (e.used < this.recentSince) this.keepRecent(key, e);
    } else {
      e = this.entry(key);
      if (e === undefined) return undefined;
    }
    e.used = ++clock;
    this.slotKeys[slot] = key;
    this.slotEntries[slot] = e;
    return e.value;
  }

  /** `set(key, value)` for the paragraph of index `slot` (see `getAt`). */
  setAt(slot: number, key: string, value: V): void {
    if (this.slotsAnalysis !== analysisCount) this.turnSlots();
    const e = this.store(key, value);
    this.slotKeys[slot] = key;
    this.slotEntries[slot] = e;
  }

  /** A new analysis: this one's slots become the last one's (the older lists are written over, slot by slot). */
  private turnSlots(): void {
    [this.lastSlotKeys, this.slotKeys] = [this.slotKeys, this.lastSlotKeys];
    [this.lastSlotEntries, this.slotEntries] = [this.slotEntries, this.lastSlotEntries];
    this.slotsAnalysis = analysisCount;
  }

  private clearSlots(): void {
    this.slotKeys = [];
    this.slotEntries = [];
    this.lastSlotKeys = [];
    this.lastSlotEntries = [];
  }

  set(key: string, value: V): void {
    this.store(key, value);
  }

  /**
   * Adds `item` to `variants`, the list this memo keeps for `key` (what `getAt`/`get` answered):
   * none yet, stores a list literal of one (see core/lists.ts; by `slot` as `setAt` does, or by key
   * when `slot` is negative); else pushes it, first dropping the oldest (`whenFull` 'oldest') or
   * every one ('all') when `max` are kept.
   */
  addVariant<T>(this: Memo<T[]>, slot: number, key: string, variants: T[] | undefined, item: T, max: number, whenFull: 'oldest' | 'all'): void {
    if (variants === undefined) {
      if (slot >= 0) this.setAt(slot, key, [item]);
      else this.set(key, [item]);
      return;
    }
    if (variants.length >= max) {
      if (whenFull === 'oldest') variants.shift();
      else variants.length = 0;
    }
    variants.push(item);
  }

  private store(key: string, value: V): Entry<V> {
    const entry = { value, used: ++clock };
    // (a value stored again for a key of the generation before replaces it there too)
    if (this.older.size !== 0) this.older.delete(key);
    this.recent.set(key, entry);
    if (this.recent.size >= this.generationSize()) this.turnGenerations();
    return entry;
  }

  /** The entry for `key`, in `recent` or moved there from `older` (read now), or undefined. */
  private entry(key: string): Entry<V> | undefined {
    return this.recent.get(key) ?? this.promoted(key);
  }

  /** The entry for `key` in `older`, moved to `recent` (read now), or undefined. */
  private promoted(key: string): Entry<V> | undefined {
    if (this.older.size === 0) return undefined;
    const e = this.older.get(key);
    if (e !== undefined) this.keepRecent(key, e);
    return e;
  }

  /**
   * Puts `e`, last used before `recent` was turned, back in `recent` (from `older`, or from a slot after its generation
   * was dropped). It never turns the generations: only storing does, so an entry read now is in `recent` when the
   * reader stamps it, not turned into `older` with a stamp that says it is recent. (Moving an entry from `older`
   * leaves the total as it was; putting back one of a dropped generation adds it, so the total may pass two
   * generations by the entries slots put back, at most one a slot, until they are dropped in turn.) The delete runs
   * for an entry of a dropped generation too, which is in no map: its key may have been stored again since, and that
   * entry must leave `older`, so that no key is in both generations.
   */
  private keepRecent(key: string, e: Entry<V>): void {
    this.older.delete(key);
    this.recent.set(key, e);
  }

  /**
   * How many entries a generation holds: half the limit, and for a memo of one entry per paragraph at least
   * `paragraphFloor` (the longest document analysed, with room for edits); a memo of anything else keeps
   * its limit whatever the length of the documents (`preparedTitleCase`'s 16 stay 16).
   */
  private generationSize(): number {
    const half = this.limit >> 1;
    return this.perParagraph ? Math.max(half, paragraphFloor) : half;
  }

  /** `recent` becomes `older`; the generation before is dropped. */
  private turnGenerations(): void {
    this.older = this.recent;
    this.recent = new Map();
    this.recentSince = ++clock;
  }

  get size(): number {
    return this.recent.size + this.older.size;
  }
}

/** Deletes from `map` the entries last used before clock `stamp`. */
function deleteUsedBefore<V>(map: Map<string, Entry<V>>, stamp: number): void {
  for (const [key, e] of map) if (e.used < stamp) map.delete(key);
}

/**
 * A table by string of pure answers that grows with every spelling typed (answers by word, by
 * role): emptied at once when it reaches `limit` entries and with the memos, also when idle
 * (`clearWithMemos`), since it cannot tell which entries recent analyses used. A miss is worked
 * out again, so what it holds never changes a result.
 */
export class BoundedTable<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit: number) {
    clearWithMemos(() => this.map.clear(), true);
  }

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Stores `value` for `key`, first emptying the table when it holds `limit` entries. */
  set(key: string, value: V): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
  }

  get size(): number {
    return this.map.size;
  }
}

/**
 * Empties the slots (`keys` and `entries` by a paragraph's index: `Memo.getAt`'s, and the entity layer's candidate
 * slots keyed by prepared paragraph) whose entries were last used before clock `stamp`, by `usedOf` (what was forgotten:
 * a slot must not keep it alive; all of them for `Infinity`).
 * In place: a new empty list has another elements kind, and the code optimised for reading the old one is thrown away.
 */
export function forgetSlotsUsedBefore<K, E>(keys: (K | undefined)[], entries: (E | undefined)[], stamp: number, usedOf: (entry: E) => number): void {
  for (let slot = 0; slot < entries.length; slot++) {
    const e = entries[slot];
    if (e !== undefined && usedOf(e) < stamp) {
      entries[slot] = undefined;
      keys[slot] = undefined;
    }
  }
}

/** When a memo entry was last used (`forgetSlotsUsedBefore`). */
function entryUsed(e: Entry<unknown>): number {
  return e.used;
}

/**
 * A copy of `text` that keeps nothing else alive. A slice of a string can share the whole string
 * it was cut from: a paragraph sliced from one version of a 20,000-word document, kept as a memo
 * key, would keep that entire version in memory, one per keystroke.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}

/** The limit of a paragraph memo (`memoPerParagraph`): two generations of a long article's paragraphs (a 20,000-word one has about 650); longer documents raise it (`fitMemosTo`). */
export const PARAGRAPH_MEMO_LIMIT = 1500;

/**
 * A memo of one entry per paragraph (keyed by a paragraph's text): of `limit` entries, or more for a
 * longer document (`fitMemosTo`). A memo of anything else (`new Memo(limit)`) keeps its limit.
 */
export function memoPerParagraph<V>(limit = PARAGRAPH_MEMO_LIMIT): Memo<V> {
  return new Memo<V>(limit, true);
}
