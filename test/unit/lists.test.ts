/** `ListCollector` hands out lists of their own: later items never show in a list already taken. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ListCollector, dropUntakenItems } from '../../server/src/core/lists';

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

  it('gives a list that grows like any other', () => {
    const collector = new ListCollector<string>();
    collector.add('a');
    const list = collector.take();
    list.push('b');
    collector.add('c');
    assert.deepEqual([list, collector.take()], [['a', 'b'], ['c']]);
  });

  it('drops the items of a batch never taken (an analysis that threw halfway), so the next batch has only its own', () => {
    const collector = new ListCollector<string>();
    collector.add('left by a failed analysis');
    dropUntakenItems();
    collector.add('next');
    assert.deepEqual(collector.take(), ['next']);
  });
});
