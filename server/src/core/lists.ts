/**
 * List helpers of the core: lists a paragraph memo keeps, made at their size (`ListCollector`),
 * how the core's caches tell that a list of this analysis is the one of the last (`sameList`), and
 * the shared empty lists (`NO_ITEMS`, `NO_BYTES`).
 *
 * A list grown by `push` holds room for at least 16 items, and holds it in the young generation (V8
 * puts an array literal's object in the old generation once its allocation site learns that such
 * objects live long, but not the storage that `push` grows), so the scavenger copied that storage
 * twice, the unused room with it, for every kept list of a few items.
 */

import { clearWithMemos } from './memo';

/**
 * Items added one by one to storage kept from list to list, handed out as a list of exactly
 * their number: one per kind of list a memo keeps, module-level, used by one function at a time.
 */
export class ListCollector<T> {
  protected readonly items: T[] = [];
  protected count = 0;

  constructor() {
    collectors.push(this);
  }

  add(item: T): void {
    this.items[this.count++] = item;
  }

  /** The items added since the last `take`, as a new list (an empty one holds no storage). */
  take(): T[] {
    const list = this.count === 0 ? [] : this.items.slice(0, this.count);
    this.count = 0;
    return list;
  }

  /** The items added since the last `take`, as `take` gives them, but `none` (a shared empty list callers only read) for none. */
  takeOr(none: readonly T[]): readonly T[] {
    return this.count === 0 ? none : this.take();
  }

  /** Forgets the items added since the last `take` (see `dropUntakenItems`). */
  drop(): void {
    this.count = 0;
  }

  /** Lets go of the storage, which still points at the items of the longest list taken. */
  release(): void {
    this.count = 0;
    this.items.length = 0;
  }
}

/** Every collector made: module-level ones, so this list stays short. */
const collectors: ListCollector<unknown>[] = [];

/**
 * Forgets what any collector holds untaken: an analysis that threw between an `add` and its
 * `take` would otherwise hand those items to the next analysis's list (`analyzeArticle` calls
 * this first).
 */
export function dropUntakenItems(): void {
  for (const c of collectors) c.drop();
}

// with the memos (and when idle), the collectors let go of the last lists' items too
clearWithMemos(() => {
  for (const c of collectors) c.release();
}, true);

/** Whether `a` and `b` are as long and each pair is the same object or alike by `alike`. */
export function sameListBy<T>(a: readonly T[], b: readonly T[], alike: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k] && !alike(a[k], b[k])) return false;
  return true;
}

/**
 * Whether `a[aFrom, aTo)` and `b[bFrom, bTo)` are as long and have the same elements (by `===`), in
 * order: parts of flat lists compared in place, without a copy.
 */
export function sameSlice<T>(a: readonly T[], aFrom: number, aTo: number, b: readonly T[], bFrom: number, bTo: number): boolean {
  if (aTo - aFrom !== bTo - bFrom) return false;
  for (let k = 0; k < aTo - aFrom; k++) if (a[aFrom + k] !== b[bFrom + k]) return false;
  return true;
}

/** Whether two lists have the same elements (by `===`), in order. */
export function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The one empty list of strings, for every such list with none to share (`DistinctCollector.takeDistinct`; frozen: callers only read it). */
export const NO_ITEMS: readonly string[] = Object.freeze([]);

/**
 * A `Uint8Array` of no entries, for every list of flags with none to share (a write to it is dropped: there is no index to
 * write). Not `Object.freeze`d: a frozen typed array has a hidden class of its own, which would make every site reading
 * flags see two.
 */
export const NO_BYTES: Uint8Array = new Uint8Array(0);
