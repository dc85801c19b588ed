/** `DistinctList` must give what a set spread into an array gives, short lists and long ones alike. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DistinctList, itemsOf } from '../../server/src/core/distinctList';

describe('DistinctList', () => {
  it('keeps each string once, in order of first occurrence, across the switch to a set', () => {
    // few distinct words and long sequences: repeats land before and after the list grows past its linear look-ups
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e'), minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 20, maxLength: 200, size: 'max' }), (words) => {
        const list = new DistinctList();
        for (const w of words) list.add(w);
        assert.deepEqual(list.items, [...new Set(words)]);
      }),
      { numRuns: 300 },
    );
  });

  it('itemsOf: a list never made gives one shared, frozen empty list; a made one a copy of its items (at their size: callers keep it)', () => {
    assert.deepEqual(itemsOf(undefined), []);
    assert.equal(itemsOf(undefined), itemsOf(undefined));
    assert.ok(Object.isFrozen(itemsOf(undefined)));
    const list = new DistinctList();
    list.add('a');
    assert.deepEqual(itemsOf(list), list.items);
    assert.notEqual(itemsOf(list), list.items);
  });
});
