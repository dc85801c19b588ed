/**
 * The benches' medians, in one place: `run.ts`'s report takes the mean of the two middle values
 * of an even count; `keystrokeGap.ts` and `afterFullGc.ts` print the upper of them (a value that
 * was measured).
 */

/** The median of `xs`: its middle value, or the mean of the two middle ones for an even count (NaN for none). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The middle value of `xs` sorted, the upper of the two middle ones for an even count (NaN for none). */
export function upperMedian(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? NaN;
}
