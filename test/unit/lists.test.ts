/** `ListCollector` hands out lists of their own (later items never show in a list already taken) and lets go of its storage with the memos. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ListCollector, dropUntakenItems, sameSlice } from '../../server/src/core/lists';
import { clearMemos, forgetParagraphsNotUsedRecently, markAnalysisStart } from '../../server/src/core/memo';

describe('ListCollector', () => {
  it('gives each batch of items as a list of exactly those items, untouched by the batches after it', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer(), { maxLength: 40 }), { minLength: 1, maxLength: 8 }), (batches) => {
        const collector = new ListCollector<number>();
        const taken = batches.map((batch) => {
          for (const item of batch) collector.add(item);
          return collector.take();
        });
        assert.deepEqual(taken, batches);
      }),
      { numRuns: 200 },
    );
  });

  it('lets go of the items its storage still points at when the memos are cleared or forget when idle, and collects as before after', () => {
    const collector = new ListCollector<object>();
    const held = () => (collector as unknown as { items: unknown[] }).items.length;
    collector.add({});
    collector.add({});
    collector.take();
    // (taken, but the storage still points at them: what release is for)
    assert.equal(held(), 2);
    clearMemos();
    assert.equal(held(), 0);
    collector.add({});
    collector.take();
    markAnalysisStart();
    forgetParagraphsNotUsedRecently(1);
    assert.equal(held(), 0);
    const item = {};
    collector.add(item);
    assert.deepEqual(collector.take(), [item]);
  });

  it('drops the items of a batch never taken (an analysis that threw halfway), so the next batch has only its own', () => {
    const collector = new ListCollector<string>();
    collector.add('left by a failed analysis');
    dropUntakenItems();
    collector.add('next');
    assert.deepEqual(collector.take(), ['next']);
  });
});

describe('sameSlice', () => {
  it('says whether two parts of lists are the same, as comparing their copies does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 8 }), fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 8 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(), (a, b, i, j, k, l) => {
        const [aFrom, aTo] = [i % (a.length + 1), j % (a.length + 1)].sort((x, y) => x - y);
        const [bFrom, bTo] = [k % (b.length + 1), l % (b.length + 1)].sort((x, y) => x - y);
        const copies = JSON.stringify(a.slice(aFrom, aTo)) === JSON.stringify(b.slice(bFrom, bTo));
        assert.equal(sameSlice(a, aFrom, aTo, b, bFrom, bTo), copies);
      }),
    );
  });
});
