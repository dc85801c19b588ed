import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';

const SEED = join(import.meta.dirname, '../../../shared/corpus/seed');
const text = readFileSync(join(SEED, 'trump-russia-venezuela.txt'), 'utf8');
const expect: { quotes: { contains: string; speaker: string; speakerKind?: string; speakerEntity?: string }[]; quoteCount: number } = JSON.parse(
  readFileSync(join(SEED, 'trump-russia-venezuela.expect.json'), 'utf8'),
);

describe('seed: trump-russia-venezuela', () => {
  const a = analyzeArticle(text);
  const top = a.quotations.filter((q) => q.parentId === null);
  const trump = a.entities.find((e) => e.mentionIds.some((id) => a.mentions.find((m) => m.id === id)?.text === 'Trump'));

  it('finds all 10 quotations and nothing in the hover-card residues', () => {
    assert.equal(top.length, expect.quoteCount);
    for (const q of a.quotations) {
      for (const r of a.excluded.filter((x) => x.kind === 'hover-card')) {
        assert.ok(q.span.end <= r.span.start || q.span.start >= r.span.end, `quotation ${q.text} inside a hover card`);
      }
    }
  });

  it('attributes every quotation as expected, in order', () => {
    assert.equal(top.length, expect.quotes.length);
    expect.quotes.forEach((want, i) => {
      const q = top[i];
      // the article has a no-break space inside a quote: compare with spaces normalised
      const norm = (x: string) => x.replace(/\s+/g, ' ');
      assert.ok(norm(q.text).includes(norm(want.contains)), `${i}: ${JSON.stringify(q.text)} lacks ${JSON.stringify(want.contains)}`);
      assert.ok(q.speaker, `${want.contains}: no speaker`);
      assert.ok(q.speaker.text.includes(want.speaker), `${want.contains}: speaker ${q.speaker.text}, want ${want.speaker}`);
      if (want.speakerKind) assert.equal(q.speaker.kind, want.speakerKind);
      if (want.speakerEntity) {
        assert.equal(q.speaker.kind, 'pronoun');
        // strict once the entity engine provides Trump; the pronoun must not be ambiguous either way
        if (trump) assert.equal(q.speaker.entityId, trump.id);
        assert.equal(q.speaker.alternatives, undefined);
      } else if (want.speaker === 'Trump' && trump) {
        assert.equal(q.speaker.entityId, trump.id);
      }
    });
  });

  it('continuation quotes inherit their speaker with no cue', () => {
    assert.equal(top[7].speaker?.cue, null);
    assert.equal(top[9].speaker?.cue, null);
    assert.equal(top[8].speaker?.cue?.text, 'added');
  });

  it('the partial quote is credited to the anonymous department spokesperson', () => {
    assert.equal(top[3].kind, 'partial');
    assert.equal(top[3].speaker?.kind, 'anonymous');
    assert.equal(top[3].speaker?.cue?.text, 'according to');
  });

  it('gets no unattributed-quote, unbalanced-quote or ambiguous-speaker finding', () => {
    for (const code of ['unattributed-quote', 'unbalanced-quote', 'ambiguous-speaker']) {
      assert.deepEqual(a.findings.filter((f) => f.code === code), [], code);
    }
  });
});
