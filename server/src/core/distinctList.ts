import { keepShape } from './shapes';

/**
 * Distinct strings in order of first occurrence (what a set spread into an array gives): looked up
 * in the list while it is short, in a set made once it grows (a paragraph may be one long list of names).
 */
export class DistinctList {
  /** The strings added, each once. */
  readonly items: string[] = [];
  private set: Set<string> | undefined = undefined;
  private static readonly LIST_LOOKUP_MAX = 16;

  /** Adds `item` unless it was added before. */
  add(item: string): void {
    if (this.set !== undefined) {
      if (this.set.has(item)) return;
      this.set.add(item);
    } else {
      if (this.items.includes(item)) return;
      if (this.items.length >= DistinctList.LIST_LOOKUP_MAX) this.set = new Set(this.items).add(item);
    }
    this.items.push(item);
  }
}

/**
 * The items of a list that may never have been made (`undefined`: nothing was added), one shared empty list for those;
 * a copy at their size, since callers keep them (`items` grew by `push`: see lists.ts).
 */
export function itemsOf(list: DistinctList | undefined): readonly string[] {
  return list === undefined ? NO_ITEMS : list.items.slice();
}

/** The one empty list `itemsOf` hands out (frozen: callers only read it). */
const NO_ITEMS: readonly string[] = Object.freeze([]);

// (made while a paragraph's names are worked out; only its items are kept: see shapes.ts)
keepShape('DistinctList', () => {
  const list = new DistinctList();
  list.add('');
  return list;
});
