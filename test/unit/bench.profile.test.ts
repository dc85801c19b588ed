/**
 * The bench's own helpers: `summarize` names the functions that ran, not the profiler's calls,
 * and `variant` gives a text the paragraph cache has not seen on every call.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { variant } from '../../bench/corpus';
import { summarize, type CpuProfile } from '../../bench/profile';

const frame = (functionName: string, url = 'file:///repo/server/src/core/analyze.ts') => ({ functionName, url, lineNumber: 0, columnNumber: 0 });

describe('bench helpers', () => {
  it('summarize: no time for the profiler starting and stopping (native dispatch under the inspector post)', () => {
    // (root) → profile → post (node:inspector) → dispatch; (root) → analyzeArticle
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2, 5] },
        { id: 2, callFrame: frame('profile', 'file:///repo/bench/profile.ts'), children: [3] },
        { id: 3, callFrame: frame('post', 'node:inspector'), children: [4] },
        { id: 4, callFrame: frame('dispatch', '') },
        { id: 5, callFrame: frame('analyzeArticle') },
      ],
      // the first sample comes 80 ms after the start (the profiler starting up), in Profiler.start's dispatch
      startTime: 0,
      endTime: 80_400,
      samples: [4, 5, 5, 5, 4],
      timeDeltas: [80_000, 100, 100, 100, 100],
    };
    const s = summarize(profile);
    assert.deepEqual(
      s.functions.map((f) => [f.name, Math.round(f.selfPct)]),
      [['analyzeArticle', 100]],
    );
    assert.equal(Math.round(s.totalMs * 1000), 300);
  });

  it('variant: a new text for every k, past 1,023 too', () => {
    const text = 'a b c d e f g h i j k l m n o\nThe second line has words too.';
    const seen = new Map<string, number>();
    for (let k = 0; k < 3000; k++) {
      const v = variant(text, k);
      assert.equal(v.replace(/\u00a0/g, ' '), text);
      assert.equal(seen.get(v), undefined, `variant ${k} is variant ${seen.get(v)}`);
      seen.set(v, k);
    }
  });
});
