/**
 * The person index reads paragraphs through `appendPeopleTokens`, which skips most words without
 * making tokens: what it keeps must be exactly the kept tokens of a full tokenization. Likewise
 * `tokenizeSentence` and `tokenizeLastSentence` (the sentence after and before a quotation) give
 * what a full tokenization gives there.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { PRONOUNS } from '../../server/src/core/quotes/cues';
import { buildPersonIndex, paragraphPeople } from '../../server/src/core/quotes/pronouns';
import {
  appendPeopleTokens, CAPITALISED, endsSentence, GENDERED_PRONOUNS, PeopleTokens, SENTENCE_END, SKIPPED_TOKENS, tokenize, tokenizeLastSentence, tokenizeSentence, type Token,
} from '../../server/src/core/quotes/tokens';
import { generateProse } from '../../bench/corpus';

/** The full tokens of `text[from, to)` with each run of tokens the index ignores collapsed to SKIPPED. */
function expected(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (const t of tokenize(text, from, to)) {
    const keep = t.isWord ? t.cap || GENDERED_PRONOUNS.has(t.lower) : ['.', '!', '?'].includes(t.text);
    if (keep) out.push(t);
    else if (out[out.length - 1] !== SKIPPED) out.push(SKIPPED);
  }
  return out;
}

/** Stands for a run of tokens the index skips. */
const SKIPPED: Token = { text: '', lower: '', start: -1, end: -1, isWord: false, cap: false };

/** The tokens of a `PeopleTokens` list of `text` as objects, each run of skipped tokens as SKIPPED. */
function asTokens(text: string, out: PeopleTokens): Token[] {
  const tokens: Token[] = [];
  for (let k = 0; k < out.length; k++) {
    const kind = out.kinds[k];
    if (kind === SKIPPED_TOKENS) tokens.push(SKIPPED);
    else tokens.push({ text: text.slice(out.starts[k], out.ends[k]), lower: out.lowers[k], start: out.starts[k], end: out.ends[k], isWord: kind !== SENTENCE_END, cap: kind === CAPITALISED });
  }
  return tokens;
}

function kept(text: string, from: number, to: number): Token[] {
  const out = new PeopleTokens();
  appendPeopleTokens(text, from, to, out);
  return asTokens(text, out);
}

const PIECES = ['He', 'he', 'his', 'HIS', 'hIm', 'She', 'she', 'sHe', 'her', 'hers', 'here', 'she’s', 'hi', 'the', 'Mr', 'Mr.', 'mr.', 'Sen.', 'sen.', 'U.S.', 'a.m.', 'e.g.', 'D-Mass.', 'J.', '3.5', '1990s.', 'x', 'İs', 'hİs', 'Ünal', 'über', 'é', '😀', ' ', ' ', '\n', '.', '!', '?', '…', ',', '"', '“', "'", '’', '-', '—', 'O’Neill', "rock'n'roll", 'Smith', 'smith.',
  // lower-case words skipped without a token: pronoun look-alikes, joiners ('-&.) and letters past ASCII after them
  'has', 'hes', 'hem', 'shes', 'herself', 'he-', 'her-', '&', 'co&', 'h', 's', 'e', 'i', 'm', 'r', 'hi\u212a', 'hiſ', 'heR', 'shE', 'hIS', 'hERS', 'shé', 'a1', 'x9.',
  // runs of skipped tokens read in one look (SKIPPED_RUN): the ASCII that ends a word without joining it, and what a run stops at
  'iPhone', 'x/y', 'a@b', 'a`b', '{', '~', '\u000b', '\u0001', 'a;b', 'a)', 'heh', 'hish', 'shed', 'shes’',
  // and the characters past ASCII it reads through (SKIPPED_PAST_ASCII)
  'a\u00a0b', 'x”', '–', 'he—', 'one”.'];

describe('appendPeopleTokens', () => {
  it('keeps what a full tokenization keeps, for any range', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const from = a % (s.length + 1);
        const to = from + (b % (s.length - from + 1));
        assert.deepStrictEqual(kept(s, from, to), expected(s, from, to));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
  it('collapses a run of ignored tokens to one SKIPPED across the ranges appended to one list', () => {
    // (the person index appends a paragraph's ranges outside quotations one after another)
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 4 }), (s, cuts) => {
        const bounds = [0, ...cuts.map((c) => c % (s.length + 1)).sort((a, b) => a - b), s.length];
        const out = new PeopleTokens();
        const want: Token[] = [];
        for (let k = 0; k + 1 < bounds.length; k++) {
          appendPeopleTokens(s, bounds[k], bounds[k + 1], out);
          for (const t of expected(s, bounds[k], bounds[k + 1])) if (t !== SKIPPED || want[want.length - 1] !== SKIPPED) want.push(t);
        }
        assert.deepStrictEqual(asTokens(s, out), want);
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
  it('keeps a lower-case word exactly when it is one of GENDERED_PRONOUNS, in any case after its first letter', () => {
    // the table's pronouns, the other pronouns the quotation engine knows, and every near miss of a
    // gendered pronoun: its prefixes, a letter more, its reflexive ("herself")
    const words = new Set([...GENDERED_PRONOUNS.keys(), ...Object.keys(PRONOUNS)]);
    for (const p of GENDERED_PRONOUNS.keys()) {
      for (let k = 1; k < p.length; k++) words.add(p.slice(0, k));
      for (let c = 97; c <= 122; c++) words.add(p + String.fromCharCode(c));
      words.add(p + 'self');
    }
    for (const word of words) {
      for (let mask = 0; mask < 1 << (word.length - 1); mask++) {
        const written = [...word].map((c, k) => (k > 0 && mask & (1 << (k - 1)) ? c.toUpperCase() : c)).join('');
        const text = `x ${written} y`;
        const keptIt = kept(text, 0, text.length).some((t) => t.text === written);
        assert.equal(keptIt, GENDERED_PRONOUNS.has(word), written);
      }
    }
  });
  it('keeps what a full tokenization keeps on news prose', () => {
    const s = generateProse(3000, 5);
    assert.deepStrictEqual(kept(s, 0, s.length), expected(s, 0, s.length));
  });
});

describe('tokenizeSentence', () => {
  it('gives the tokens of tokenize up to the first sentence end', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const from = a % (s.length + 1);
        const to = from + (b % (s.length - from + 1));
        const all = tokenize(s, from, to);
        const end = all.findIndex(endsSentence);
        assert.deepStrictEqual(tokenizeSentence(s, from, to), end < 0 ? all : all.slice(0, end));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});

describe('tokenizeLastSentence', () => {
  it('gives the tokens of tokenize after the last sentence end', () => {
    const text = fc.array(fc.constantFrom(...PIECES, 'Mr. ', 'U.S. ', 'a.m. ', '. ', '.\n'), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const from = a % (s.length + 1);
        const to = from + (b % (s.length - from + 1));
        const all = tokenize(s, from, to);
        let cut = 0;
        for (let k = 0; k < all.length; k++) if (endsSentence(all[k])) cut = k + 1;
        assert.deepStrictEqual(tokenizeLastSentence(s, from, to), all.slice(cut));
      }),
      { numRuns: 3000, seed: 13 },
    );
  });
});

describe('the person index', () => {
  it('writes a name with one space between its words, whatever space separates them in the text', () => {
    const names = (text: string) => paragraphPeople(text, [0, text.length]).names.map((n) => n.name);
    assert.deepStrictEqual(names('Sen. Elizabeth Warren spoke.'), ['Elizabeth Warren']);
    assert.deepStrictEqual(names('Sen. Elizabeth\nWarren spoke.'), ['Elizabeth Warren']);
    assert.deepStrictEqual(names('Mr. John\u00a0Paul\tSmith left.'), ['John Paul Smith']);
    // two spaces end the name
    assert.deepStrictEqual(names('Dr. Ann  Lee came.'), ['Ann']);
  });

  it('learns the gender of the one person named in a sentence from its gendered pronoun, not from the next sentence', () => {
    const genderOfVale = (text: string) =>
      buildPersonIndex([{ base: 0, end: text.length, people: paragraphPeople(text, [0, text.length]) }], [], [], []).gender.get('name:vale');
    for (const [pronoun, gender] of [['he', 'male'], ['his', 'male'], ['him', 'male'], ['she', 'female'], ['her', 'female'], ['hers', 'female']]) {
      assert.equal(genderOfVale(`Dr. Robin Vale said it was ${pronoun}.`), gender, pronoun);
    }
    assert.equal(genderOfVale('Dr. Robin Vale left. She stayed.'), undefined);
  });

  it('learns genders paragraph by paragraph when it is one list for the whole document (a speaker across paragraphs)', () => {
    const first = 'Dr. Robin Vale said it was his.';
    const second = 'Dr. Robin Quill said it was hers.';
    const paragraphs = [
      { base: 0, end: first.length, people: paragraphPeople(first, [0, first.length]) },
      { base: first.length + 2, end: first.length + 2 + second.length, people: paragraphPeople(second, [0, second.length]) },
    ];
    const index = buildPersonIndex(paragraphs, [], [], [{ span: { start: first.length - 4, end: first.length + 4 }, name: 'Robin Quill' }]);
    assert.deepEqual(index.bases, [0]);
    assert.equal(index.gender.get('name:vale'), 'male');
    // the second paragraph's sentence names Quill alone (the speaker is Quill too): Vale, of the first, is no rival
    assert.equal(index.gender.get('name:quill'), 'female');
  });
});
