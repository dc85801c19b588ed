/**
 * The bench's own helpers: `summarize` names the functions that ran, not the profiler's calls,
 * `variant` gives a text the paragraph cache has not seen on every call, and the `compromise`
 * baseline runs in a process of its own.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { timeCompromiseApart } from '../../bench/compromiseBaseline';
import { variant } from '../../bench/corpus';
import { summarize, type CpuProfile } from '../../bench/profile';
import { backToBackBatch, measureBackToBack } from '../../bench/timing';

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

  it('measureBackToBack: an untimed batch, then rounds of batches, each input made before its batch, a run its share, its fastest run no slower than its median', () => {
    const made: number[] = [];
    const ran: number[] = [];
    let n = 0;
    const t = measureBackToBack((x: number) => ran.push(x), 3, 2, () => {
      made.push(++n);
      return n;
    });
    assert.deepEqual(ran, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.deepEqual(made, ran);
    assert.equal(t.runs, 2);
    assert.ok(t.minMs >= 0 && t.minMs <= t.ms, JSON.stringify(t));
  });

  it('backToBackBatch: runs enough for 20,000 words a batch, at least one', () => {
    assert.equal(backToBackBatch(447), 45);
    assert.equal(backToBackBatch(1_064), 19);
    assert.equal(backToBackBatch(20_017), 1);
    assert.equal(backToBackBatch(1_000_000), 1);
    assert.equal(backToBackBatch(0), 20_000);
  });

  it('timeCompromiseApart: compromise timed and its finds counted in another process, never loaded in this one', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-compromise-'));
    try {
      const text = '"We will win this fight," Donald Trump told reporters on Monday. "It is over," said Nancy Pelosi.';
      const r = timeCompromiseApart(text, { reps: 3, dir, stopAfterMs: 60_000, warmUpRuns: 0, backToBack: { batch: 4, rounds: 2 } });
      assert.equal(r.timing.runs, 3);
      assert.equal(r.backToBack?.runs, 2);
      assert.ok(r.backToBack.ms > 0 && r.backToBack.minMs <= r.backToBack.ms, JSON.stringify(r.backToBack));
      assert.ok(r.timing.ms > 0 && r.timing.minMs <= r.timing.ms, JSON.stringify(r.timing));
      assert.ok(r.people >= 1 && r.quotations >= 1, JSON.stringify(r));
      assert.ok(!Object.keys(require.cache).some((file) => file.includes(`${path.sep}compromise${path.sep}`)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
