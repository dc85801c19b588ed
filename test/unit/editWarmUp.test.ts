import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle, LineIndex } from '../../server/src/core';
import { ArticleCache } from '../../server/src/lsp/cache';
import { trackedDocuments, type TextWithLines } from '../../server/src/lsp/documents';
import { EDIT_WARM_UP_DELAY_MS, EDIT_WARM_UP_MAX_LENGTH, EditWarmUp, typingPoint, warmUpStep } from '../../server/src/lsp/editWarmUp';

/**
 * Timers whose callbacks run only at `turn`: those set before it, as an event loop's turn runs the
 * timers that were due when it began (whatever their delays, which `delays` lists).
 */
function turns() {
  const pending = new Map<number, () => void>();
  const delays: number[] = [];
  let ids = 0;
  const timers = {
    setTimeout: (callback: () => void, delay: number) => (delays.push(delay), pending.set(++ids, callback), ids),
    clearTimeout: (id: number) => void pending.delete(id),
  } as unknown as Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;
  const turn = () => {
    for (const [id, callback] of [...pending]) {
      if (!pending.delete(id)) continue;
      callback();
    }
  };
  return { timers, turn, delays };
}

/**
 * A warm-up of `steps` on timers of its own (`turn` runs the next step), the texts it analyses, what `done` was told and
 * what `failed` was (the analysis number `throwAt`, counted from 1, throws 'a core bug').
 */
function rehearsal(steps: number, throwAt = 0) {
  const { timers, turn, delays } = turns();
  const analysed: string[] = [];
  const done: number[] = [];
  const failures: unknown[] = [];
  const warmUp = new EditWarmUp(steps, timers);
  const analyze = ({ text }: TextWithLines) => {
    analysed.push(text);
    if (analysed.length === throwAt) throw new Error('a core bug');
  };
  const start = (text: string, uri = 'file:///a.article') =>
    warmUp.start(uri, { text, lines: new LineIndex(text) }, analyze, (n) => void done.push(n), (e) => void failures.push(e));
  return { warmUp, analysed, done, failures, start, turn, delays };
}

describe('edit warm-up (typing rehearsed after a document opens)', () => {
  it('ends at a step that throws and reports the error, never throwing from its timer', () => {
    const r = rehearsal(4, 2);
    r.start('Closed today, the mayor said.');
    r.turn();
    assert.doesNotThrow(r.turn);
    r.turn();
    assert.equal(r.analysed.length, 2, 'no step after the one that threw');
    assert.deepEqual(r.failures.map((e) => (e as Error).message), ['a core bug']);
    assert.equal(r.warmUp.running, false);
  });

  it('types at the start of the first lower-case word from the middle on', () => {
    const text = 'Mayor Alicia Fernández said the budget was balanced.';
    const at = typingPoint(text);
    assert.equal(text.slice(at), 'the budget was balanced.', 'past "Fernández", a name, and the middle of "said"');
    const document = { text, lines: new LineIndex(text) };
    assert.equal(warmUpStep(document, at, 0, 4).text, 'Mayor Alicia Fernández said athe budget was balanced.');
    assert.equal(warmUpStep(document, at, 2, 4).text, 'Mayor Alicia Fernández said abcthe budget was balanced.');
    assert.equal(warmUpStep(document, at, 3, 4), document, 'the last step is the document itself, its line index unedited');
    assert.equal(typingPoint('SHOUTED HEADLINE ONLY'), -1);
  });

  it('runs one analysis per timer turn after a pause, the last of the text itself, and says how many ran', () => {
    const r = rehearsal(3);
    const text = 'Closed today, the mayor said.';
    r.start(text);
    assert.deepEqual(r.analysed, [], 'nothing before the first turn');
    assert.equal(r.warmUp.running, true);
    r.turn();
    assert.equal(r.analysed.length, 1, 'one step per turn');
    r.turn();
    r.turn();
    assert.deepEqual(r.analysed, ['Closed today, athe mayor said.', 'Closed today, abthe mayor said.', text]);
    assert.deepEqual(r.done, [3]);
    assert.deepEqual(r.delays, [EDIT_WARM_UP_DELAY_MS, 0, 0], 'the pause before the first step only');
    assert.equal(r.warmUp.running, false);
    r.turn();
    assert.equal(r.analysed.length, 3, 'and no more');
  });

  it('stops before its next step when cancelled, and a new start cancels the one running', () => {
    const r = rehearsal(5);
    r.start('Closed today, the mayor said.');
    r.turn();
    r.warmUp.cancel();
    assert.equal(r.warmUp.running, false);
    r.turn();
    r.turn();
    assert.equal(r.analysed.length, 1, 'no step after the cancel');
    assert.deepEqual(r.done, [], 'a cancelled warm-up is not done');
    r.start('First text, the first.');
    r.turn();
    r.start('Second text, the second.');
    for (let i = 0; i < 10; i++) r.turn();
    assert.deepEqual(r.analysed.slice(1), ['First text, athe first.', 'Second text, athe second.', 'Second text, abthe second.', 'Second text, abcthe second.', 'Second text, abcdthe second.', 'Second text, the second.']);
    assert.deepEqual(r.done, [5], 'only the second finished');
  });

  it("stops for its own document's closing only", () => {
    const r = rehearsal(3);
    r.start('Closed today, the mayor said.', 'file:///a.article');
    r.warmUp.cancelFor('file:///b.article');
    assert.equal(r.warmUp.running, true, 'another document closed');
    r.turn();
    r.warmUp.cancelFor('file:///a.article');
    assert.equal(r.warmUp.running, false);
    r.turn();
    assert.equal(r.analysed.length, 1, 'no step after its document closed');
  });

  it('leaves alone a text longer than the limit or without a lower-case word, and runs no step when told none', () => {
    const r = rehearsal(3);
    r.start('word '.repeat(EDIT_WARM_UP_MAX_LENGTH / 5 + 1));
    // (checked before the next start, which would cancel a warm-up it had started)
    assert.equal(r.warmUp.running, false, 'a text longer than the limit gets none');
    r.start('ALL CAPS 2024');
    const none = rehearsal(0);
    none.start('Closed today, the mayor said.');
    r.turn();
    none.turn();
    assert.equal(r.warmUp.running || none.warmUp.running, false);
    assert.deepEqual([...r.analysed, ...none.analysed], []);
    r.start('word '.repeat(EDIT_WARM_UP_MAX_LENGTH / 5));
    r.turn();
    assert.equal(r.analysed.length, 1, 'a text at the limit gets one');
  });

  it("analyses a step as the server analyses a version: the copy's text, the document's line index edited, the size limit", () => {
    const text = 'Title\n\n"Closed," the mayor said on Monday.\nSecond line.\nThird line, the last.\n';
    const document = trackedDocuments.create('file:///a.article', 'article', 3, text);
    const step = warmUpStep({ text, lines: document.lines }, typingPoint(text), 2, 4);
    // (Markdown has no first-line headline: settings that change the analysis, so it tells whether they were passed)
    const analyzed = new ArticleCache(() => ({ options: { format: 'markdown' }, maxFileSize: 1_000 })).copyAnalyzer(document)(step);
    assert.deepEqual(analyzed.article, analyzeArticle(step.text, { format: 'markdown' }));
    assert.notDeepEqual(analyzed.article, analyzeArticle(step.text), 'the settings were passed');
    const fresh = new LineIndex(step.text);
    for (let offset = 0; offset <= step.text.length; offset++) assert.deepEqual(analyzed.lines.positionAt(offset), fresh.positionAt(offset), `at ${offset}`);
    assert.equal(analyzed.skipped, undefined);
    const tooLarge = new ArticleCache(() => ({ options: {}, maxFileSize: text.length })).copyAnalyzer(document)(step);
    assert.match(tooLarge.skipped ?? '', /skipped this file/, 'a copy past the limit is skipped as its version would be');
  });
});
