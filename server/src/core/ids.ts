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

/**
 * The number in an id of the form `idOf` makes ("e12" → 12), or -1 when what follows its first
 * character is not all digits. Read off its characters in place (no slice, no table of every id
 * made); callers check the id found at that number.
 */
export function numberOfId(id: string): number {
  if (id.length < 2) return -1;
  let n = 0;
  for (let i = 1; i < id.length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}
