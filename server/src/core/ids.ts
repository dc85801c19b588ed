/** Mention, entity and quotation ids. */
/** Ids made so far, by prefix: "m12" is the same string in every analysis. */
const ids: Record<string, string[]> = { m: [], e: [], q: [] };

/**
 * The id `prefix + k`, one string per id for all analyses: maps keyed by ids (mentions by id,
 * entities by id) then find the hash already computed and compare by identity, and an analysis
 * allocates no id strings.
 */
export function idOf(prefix: 'm' | 'e' | 'q', k: number): string {
  const list = ids[prefix];
  for (let n = list.length; n <= k; n++) list.push(`${prefix}${n}`);
  return list[k];
}
