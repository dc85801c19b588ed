/** List comparisons: how the core's caches tell that a list of this analysis is the one of the last. */

/** Whether `a` and `b` are as long and each pair is the same object or alike by `alike`. */
export function sameListBy<T>(a: readonly T[], b: readonly T[], alike: (x: T, y: T) => boolean): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k] && !alike(a[k], b[k])) return false;
  return true;
}

/** Whether two lists have the same elements (by `===`), in order. */
export function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
