/**
 * Analysis time grows linearly with realistic news prose: time(8n) / time(n) stays under a
 * generous bound (linear is 8, n log n about 10, quadratic 64). The minimum of three runs at
 * each size, after a warm-up; never an absolute time, so a slow or busy machine does not fail it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core';
import { DENSE_QUOTES, generateProse, NAME_HEAVY, NEWS, type ProseStyle } from '../../bench/corpus';

const BOUND = 24;
/** Below this, timer noise dominates: n is doubled until time(n) reaches it. */
const MIN_MS = 10;
const MAX_N = 64_000;

function minTime(text: string, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyzeArticle(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function ratio(style: ProseStyle, seed: number): { n: number; small: number; large: number; ratio: number } {
  let n = 2_500;
  let small = generateProse(n, seed, style);
  analyzeArticle(small); // warm-up
  let tSmall = minTime(small);
  while (tSmall < MIN_MS && n < MAX_N) {
    n *= 2;
    small = generateProse(n, seed, style);
    tSmall = minTime(small);
  }
  const tLarge = minTime(generateProse(8 * n, seed, style));
  return { n, small: tSmall, large: tLarge, ratio: tLarge / tSmall };
}

describe('analysis time is linear in the length of realistic prose', () => {
  for (const [name, style, seed] of [
    ['news prose', NEWS, 1],
    ['dense quotations', DENSE_QUOTES, 2],
    ['name-heavy prose', NAME_HEAVY, 3],
  ] as const) {
    it(`${name}: time(8n) / time(n) < ${BOUND}`, (t) => {
      let r = ratio(style, seed);
      // a busy machine can stall one run; a real superlinear cost fails the second measurement too
      if (r.ratio >= BOUND) r = ratio(style, seed);
      t.diagnostic(`${name}: ${r.n} words ${r.small.toFixed(1)} ms, ${8 * r.n} words ${r.large.toFixed(1)} ms, ratio ${r.ratio.toFixed(1)}`);
      assert.ok(r.ratio < BOUND, `${name}: ${r.n} words took ${r.small.toFixed(1)} ms, ${8 * r.n} words ${r.large.toFixed(1)} ms: ratio ${r.ratio.toFixed(1)} ≥ ${BOUND}`);
    });
  }
});
