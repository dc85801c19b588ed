import { ListCollector, NO_ITEMS } from './lists';

/**
 * Distinct strings in order of first occurrence (what a set spread into an array gives), collected as
 * a `ListCollector` collects them (one module-level collector per kind of list, its storage kept from
 * list to list): looked up among the items while they are few, in a set made once they grow (a
 * paragraph may be one long list of names).
 */
export class DistinctCollector extends ListCollector<string> {
  private set: Set<string> | undefined = undefined;
  private static readonly LIST_LOOKUP_MAX = 16;

  /** Adds `item` unless it was added since the last take. */
  override add(item: string): void {
    if (this.set !== undefined) {
      if (this.set.has(item)) return;
      this.set.add(item);
    } else {
      // (the storage holds older lists' items past `count`: not `includes`)
      for (let k = 0; k < this.count; k++) if (this.items[k] === item) return;
      if (this.count >= DistinctCollector.LIST_LOOKUP_MAX) this.set = new Set(this.items.slice(0, this.count)).add(item);
    }
    super.add(item);
  }

  /** The items added since the last take, as `take` gives them, but one shared empty list for none: callers keep and only read these. */
  takeDistinct(): readonly string[] {
    return this.takeOr(NO_ITEMS);
  }

  override take(): string[] {
    this.set = undefined;
    return super.take();
  }

  override drop(): void {
    this.set = undefined;
    super.drop();
  }

  override release(): void {
    this.set = undefined;
    super.release();
  }
}
