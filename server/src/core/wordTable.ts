/**
 * A lookup table by word without a prototype: a word of an article or a setting such as
 * "constructor" or "toString" is no key of it (an object literal answers those with `Object`'s
 * methods, so `"Constructor John Smith"` had a function for a gender).
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
