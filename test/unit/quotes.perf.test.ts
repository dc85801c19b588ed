import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanDocument } from '../../server/src/core/markup/scan';
import { clearMemos } from '../../server/src/core/memo';
import { defaultOptions } from '../../server/src/core/options';
import { attributeQuotations, findQuotations } from '../../server/src/core/quotes';

/** Median time of the quotation engine (scan excluded) on a text, in ms. */
function time(text: string): number {
  const doc = scanDocument(text, 'plaintext');
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    clearMemos(); // each run a first analysis, not a cache hit
    const t0 = performance.now();
    const qs = findQuotations(doc);
    attributeQuotations(doc, qs, [], [], defaultOptions());
    runs.push(performance.now() - t0);
  }
  return runs.sort((a, b) => a - b)[1] + 0.5;
}

/** Asserts that 8× the input takes well under quadratic time: a generous ratio, never an absolute time. */
function assertLinear(make: (n: number) => string) {
  const small = time(make(1)); // warm-up too
  let t1 = time(make(1));
  let t8 = time(make(8));
  if (t8 >= 30 * Math.max(t1, small / 2)) {
    // a busy machine can stall one run; a real superlinear cost fails the second measurement too
    t1 = time(make(1));
    t8 = time(make(8));
  }
  assert.ok(t8 < 30 * Math.max(t1, small / 2), `time(8x)=${t8.toFixed(1)}ms vs time(1x)=${t1.toFixed(1)}ms`);
}

describe('quotation engine is linear', () => {
  it('10^5 straight marks in one paragraph', () => assertLinear((n) => '"'.repeat(12_500 * n)));
  it('alternating opening single marks and apostrophes', () => assertLinear((n) => " 'a".repeat(12_500 * n) + '"'));
  it('one 1 MB paragraph of attributed quotes', () =>
    assertLinear((n) => '"We did our job," Senate Majority Leader Chuck Schumer said on the floor. '.repeat(1_700 * n)));
  it('many paragraphs of run-over quotes and pronouns', () => assertLinear((n) => '"Part of the quote\n\n'.repeat(3_000 * n) + 'end," he said.'));
  it('unclosed guillemets and German marks', () => assertLinear((n) => '« „ ‹ x '.repeat(10_000 * n)));
});
