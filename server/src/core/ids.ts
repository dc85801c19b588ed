/** Mention, entity and quotation ids. */
/** Ids made so far, by prefix: "m12" is the same string in every analysis. */
const ids: Record<string, string[]> = { m: [], e: [], q: [] };
/** The number of every id made so far ("m12" → 12). */
const numbers = new Map<string, number>();

/**
 * The id `prefix + k`, one string per id for all analyses: maps keyed by ids (mentions by id,
 * entities by id) then find the hash already computed and compare by identity, and an analysis
 * allocates no id strings.
 */
export function idOf(prefix: 'm' | 'e' | 'q', k: number): string {
  const list = ids[prefix];
  for (let n = list.length; n <= k; n++) {
    const id = `${prefix}${n}`;
    list.push(id);
    numbers.set(id, n);
  }
  return list[k];
}

/**
 * The number in an id `idOf` made ("e12" → 12), or -1 for any other string. Callers look the
 * number up and check the id there (a look-up by the id's hash, already computed: no slice to parse).
 */
export function numberOfId(id: string): number {
  return numbers.get(id) ?? -1;
}
