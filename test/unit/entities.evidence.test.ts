import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prng } from '../../bench/corpus';
import { documentEvidence } from '../../server/src/core/entities/evidence';
import { prepareParagraph, surnameEvidenceAt, TOKEN, withTokens, type PreparedParagraph } from '../../server/src/core/entities/findMentions';
import { clearMemos, forgetParagraphsNotUsedRecently, markAnalysisStart } from '../../server/src/core/memo';
import { collected } from '../helpers/collected';

const PARAGRAPHS = [
  'Maduro said the talks had failed. Guaidó disagreed.',
  'The president, Nicolás Maduro, said nothing. Nothing happened in Caracas.',
  'Research showed that Rice University was right. Rice said so.',
  'Said the minister: "We will not go." Going was not an option.',
  'Trump met Putin in Helsinki. Putin smiled; trump cards were played.',
  'In May the Fed raised rates. may be, said Powell.',
];
const WORDS = ['maduro', 'guaidó', 'said', 'nothing', 'rice', 'research', 'university', 'we', 'going', 'putin', 'trump', 'may', 'fed', 'powell', 'caracas', 'helsinki'];

/** The evidence counted afresh, as a plain object of answers for the probe words. */
function answers(ev: { capitalised: { has(k: string): boolean }; lower: { has(k: string): boolean }; initial: { get(k: string): number | undefined } }) {
  return WORDS.map((w) => [w, ev.capitalised.has(w), ev.lower.has(w), ev.initial.get(w)]);
}

/**
 * The evidence of `preps` counted afresh, word by word with sets of its own, apart from the tally (which keeps each
 * paragraph's lists, `KeptParagraph.evidence`, from its own walk: summing those would check the tally against itself).
 */
function fresh(preps: PreparedParagraph[]) {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  const initial = new Map<string, number>();
  for (const kept of preps) {
    const p = withTokens(kept);
    for (let i = 0; i < p.flags.length; i++) {
      const f = p.flags[i];
      if ((f & TOKEN.word) === 0) continue;
      const key = p.keys[i];
      if ((f & TOKEN.cap) === 0) lower.add(key);
      else if ((f & TOKEN.uncertain) === 0) {
        capitalised.add(key);
        const surname = surnameEvidenceAt(p, i);
        if (surname !== undefined) capitalised.add(surname);
      } else initial.set(key, (initial.get(key) ?? 0) + 1);
    }
  }
  return { capitalised, lower, initial };
}

describe('documentEvidence', () => {
  it('answers as a fresh count after every edit of a random sequence of documents', () => {
    const prepared = PARAGRAPHS.map((t) => prepareParagraph(t, false));
    const random = prng(42);
    let doc = prepared.slice(0, 4);
    for (let step = 0; step < 300; step++) {
      const r = random();
      const at = Math.floor(random() * (doc.length + 1));
      const p = prepared[Math.floor(random() * prepared.length)];
      if (r < 0.4) doc = [...doc.slice(0, at), p, ...doc.slice(at)]; // a paragraph added (repeats too)
      else if (r < 0.7 && doc.length) doc = doc.filter((_, i) => i !== at % doc.length); // one removed
      else if (r < 0.9 && doc.length) doc = doc.map((q, i) => (i === at % doc.length ? prepareParagraph(PARAGRAPHS[i % PARAGRAPHS.length] + ' Ortega', false) : q)); // one edited
      else doc = prepared.filter(() => random() < 0.5); // another document
      assert.deepEqual(answers(documentEvidence(doc)), answers(fresh(doc)), `step ${step}`);
      // what `count` rests on: a paragraph counted in has its lists, so a later update counts it off by them
      assert.ok(doc.every((q) => q.evidence !== undefined), `step ${step}`);
    }
  });

  it('names, with each updated state, every word whose answers changed since the state before', () => {
    const prepared = PARAGRAPHS.map((t) => prepareParagraph(t, false));
    const random = prng(43);
    let doc = prepared.slice(0, 4);
    // the last state seen of each evidence object: its stamp and the probe words' answers
    const seen = new Map<object, { stamp: number; answers: ReturnType<typeof answers> }>();
    let updates = 0;
    for (let step = 0; step < 300; step++) {
      const at = Math.floor(random() * (doc.length + 1));
      const p = prepared[Math.floor(random() * prepared.length)];
      if (random() < 0.5) doc = [...doc.slice(0, at), p, ...doc.slice(at)];
      else if (doc.length) doc = doc.filter((_, i) => i !== at % doc.length);
      const ev = documentEvidence(doc);
      const now = answers(ev);
      const last = seen.get(ev);
      if (last && ev.version!.previous === last.stamp) {
        updates++;
        const differing = WORDS.filter((_, i) => JSON.stringify(now[i]) !== JSON.stringify(last.answers[i]));
        assert.deepEqual(ev.version!.changed!.filter((w) => WORDS.includes(w)).sort(), differing.sort(), `step ${step}`);
      }
      seen.set(ev, { stamp: ev.version!.stamp, answers: now });
    }
    assert.ok(updates > 100);
  });

  it('forgets a word when the last paragraph using it goes', () => {
    const [a, b] = [prepareParagraph('Then Maduro spoke. Maduro left.', false), prepareParagraph('Maduro said no.', false)];
    assert.equal(documentEvidence([a, b]).capitalised.has('maduro'), true);
    assert.equal(documentEvidence([b]).capitalised.has('maduro'), false);
    assert.equal(documentEvidence([b]).initial.get('maduro'), 1);
  });

  it('lets the evidence of a document go once the last analyses did not use it (idle), and every one with the memos', async () => {
    const other = [prepareParagraph('Another article, read after the first one.', false)];
    const kept = (paragraph: string, then: () => void) => {
      markAnalysisStart();
      const doc = [prepareParagraph(paragraph, false)];
      documentEvidence(doc);
      const ref = new WeakRef(doc[0]);
      // three analyses of another document, then what the server does when idle (or a test between runs)
      for (let k = 0; k < 3; k++) {
        markAnalysisStart();
        documentEvidence(other);
      }
      then();
      return ref;
    };
    assert.ok(await collected(kept('A document closed since, by Ortega.', () => forgetParagraphsNotUsedRecently(3))));
    assert.ok(await collected(kept('Another document closed since, by Ortega.', clearMemos)));
    // (and one the last analyses used stays: the test can tell)
    assert.ok(!(await collected(kept('A document still open, by Ortega.', () => forgetParagraphsNotUsedRecently(4)))));
  });
});
