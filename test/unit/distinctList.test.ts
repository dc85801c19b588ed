/** `DistinctCollector` must give what a set spread into an array gives, short lists and long ones alike, list after list. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DistinctCollector } from '../../server/src/core/distinctList';
import { dropUntakenItems } from '../../server/src/core/lists';

describe('DistinctCollector', () => {
  it('keeps each string once, in order of first occurrence, across the switch to a set, in each list taken from one collector', () => {
    // few distinct words and long sequences: repeats land before and after the list grows past its linear look-ups,
    // and a list after a longer one finds the older items in the storage it reuses
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e'), minLength: 1, maxLength: 3 });
    const collector = new DistinctCollector();
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 200, size: 'max' }), { minLength: 1, maxLength: 4 }), (lists) => {
        for (const words of lists) {
          for (const w of words) collector.add(w);
          assert.deepEqual(collector.takeDistinct(), [...new Set(words)]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('takeDistinct: no items give one shared, frozen empty list; some a new list each time (callers keep it)', () => {
    const collector = new DistinctCollector();
    assert.deepEqual(collector.takeDistinct(), []);
    assert.equal(collector.takeDistinct(), collector.takeDistinct());
    assert.ok(Object.isFrozen(collector.takeDistinct()));
    collector.add('a');
    const first = collector.takeDistinct();
    collector.add('b');
    const second = collector.takeDistinct();
    assert.notEqual(second, first);
    // the first list is the caller's: the collector's next items do not show in it
    assert.deepEqual(first, ['a']);
    assert.deepEqual(second, ['b']);
  });

  it('forgets the items an analysis left untaken (it threw between an add and its take), set and all', () => {
    const collector = new DistinctCollector();
    for (let k = 0; k < 20; k++) collector.add(`w${k}`);
    dropUntakenItems();
    collector.add('w1');
    assert.deepEqual(collector.takeDistinct(), ['w1']);
  });
});
