/**
 * Which candidates a document-wide pass of `findEntities` may read or change: those whose entry of
 * `flags` (by document index) has `bit` set. The pass skips the others: it would change nothing there.
 */
export interface PassFilter {
  flags: Uint8Array;
  bit: number;
}

/** Whether a pass given `filter` skips candidate `k` (never without a filter). */
export function skips(filter: PassFilter | undefined, k: number): boolean {
  return filter !== undefined && (filter.flags[k] & filter.bit) === 0;
}
