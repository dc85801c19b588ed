/**
 * The fast tokenizers must give exactly what the straightforward regular-expression versions
 * gave: random strings over a pool of tricky characters, compared token by token.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { PLURAL_TITLE_ABBREVIATIONS } from '../../server/src/core/abbreviations';
import { LOWER_OPENERS } from '../../server/src/core/entities/lowerOpeners';
import { ABBREVIATIONS, ALIAS_WORDS, foldKey, NAME_SUFFIXES, tokenize, tokenizeParagraph, tokenKeys, WORD_KIND, type Token } from '../../server/src/core/entities/tokens';

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|\S/gu;
const UPPER_START = /^(?:\p{Lu}|(?:al|el|bin|ibn|ben|d)['’-]\p{Lu})/u;
const HAS_LOWER = /\p{Ll}/u;
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
const POSSESSIVE = /['’]s$/;

/** The keys `WORD_KIND.aliasWord` marks: an alias word, or one joined to what follows it ("aka'the"). */
const ALIAS_WORD_KEY = new RegExp(`^(?:${ALIAS_WORDS.map(([word, joined]) => (joined ? `${word}.*` : word)).join('|')})$`);

/** The `WORD_KIND` bits of a word token spelled `raw`, keyed `key`. */
function kindOf(raw: string, key: string, cap: boolean, allCaps: boolean): number {
  return WORD_KIND.word | (cap ? WORD_KIND.cap : 0) | (allCaps ? WORD_KIND.allCaps : 0) | (/^\d+$/.test(raw) ? WORD_KIND.digits : 0) |
    (raw.endsWith('.') ? WORD_KIND.fullStop : 0) | (ALIAS_WORD_KEY.test(key) ? WORD_KIND.aliasWord : 0) |
    (!cap && LOWER_OPENERS.has(key) ? WORD_KIND.lowerOpener : 0);
}

/** The tokenizer as it was: one regular expression step per token. */
function reference(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let raw = m[0];
    const start = m.index;
    const isWord = raw.length > 1 || /[\p{L}\p{M}\p{N}]/u.test(raw);
    if (!isWord) {
      tokens.push({ text: raw, start, end: start + raw.length, key: raw, kind: 0 });
      continue;
    }
    let possessiveEnd: number | undefined;
    if (raw.length > 2 && POSSESSIVE.test(raw)) {
      possessiveEnd = start + raw.length;
      raw = raw.slice(0, -2);
    } else if (text[start + raw.length] === '.' && (INITIALS.test(raw) || ABBREVIATIONS.has(raw.toLowerCase()) || PLURAL_TITLE_ABBREVIATIONS.has(raw))) {
      raw += '.';
      TOKEN.lastIndex++;
    }
    const cap = UPPER_START.test(raw);
    // "NATO-led": the name, the hyphen and the suffix
    const hyphen = raw.lastIndexOf('-');
    if (cap && hyphen > 0 && NAME_SUFFIXES.has(raw.slice(hyphen + 1))) {
      const name = raw.slice(0, hyphen);
      const nameLetters = name.replace(/[^\p{L}]/gu, '');
      tokens.push({ text: name, start, end: start + hyphen, key: foldKey(name), kind: kindOf(name, foldKey(name), true, nameLetters.length >= 2 && !HAS_LOWER.test(name)) });
      tokens.push({ text: '-', start: start + hyphen, end: start + hyphen + 1, key: '-', kind: 0 });
      const suffix = raw.slice(hyphen + 1);
      tokens.push({ text: suffix, start: start + hyphen + 1, end: start + raw.length, key: suffix, kind: kindOf(suffix, suffix, false, false), ...(possessiveEnd !== undefined ? { possessiveEnd } : {}) });
      continue;
    }
    const letters = raw.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text: raw,
      start,
      end: start + raw.length,
      key: foldKey(raw),
      kind: kindOf(raw, foldKey(raw), cap, cap && letters.length >= 2 && !HAS_LOWER.test(raw)),
      ...(possessiveEnd !== undefined ? { possessiveEnd } : {}),
    });
  }
  return tokens;
}

const POOL = ['led', 'based', 'a', 'b', 'Z', 'Mr', 'U', 'S', 's', 'é', 'É', 'Ł', 'ß', '1', '9', "'", '’', '-', '.', ',', ' ', '\u00a0', '\n', '\t', '“', '”', '"', '😀', '𝐓', '\ud83d', '\ude00', 'al', 'bin', '\u0301', '٣', '‐', '–', '(', ')', 'Sen', 'inc', 'Co', 'known', 'aka', 'called', 'the', 'de', 'De', 'former', 'vice', 'ǅ', '\u2009', '\u3000'];
const text = fc.array(fc.constantFrom(...POOL), { maxLength: 60 }).map((xs) => xs.join(''));

describe('entities tokenizer', () => {
  it('equals the regular-expression tokenizer', () => {
    fc.assert(fc.property(text, (t) => assert.deepStrictEqual(tokenize(t), reference(t))), { numRuns: 20_000, seed: 42 });
  });
  it('tokenKeys equals the keys of tokenize', () => {
    fc.assert(fc.property(text, (t) => assert.deepStrictEqual(tokenKeys(t), reference(t).map((x) => x.key))), { numRuns: 10_000, seed: 7 });
  });
  it('tokenizeParagraph gives the tokens of tokenize, their keys and their kinds together', () => {
    const check = (t: string): void => {
      const { tokens, keys, allKinds } = tokenizeParagraph(t);
      const expected = reference(t);
      assert.deepStrictEqual(tokens, expected);
      assert.deepStrictEqual(keys, expected.map((x) => x.key));
      assert.equal(allKinds, expected.reduce((all, x) => all | x.kind, 0));
    };
    fc.assert(fc.property(text, check), { numRuns: 10_000, seed: 11 });
    check('NATO said 1990 Inc. the U.S. Sen. Ames, “Yes.” '.repeat(40));
  });
  it('equals it on names and prose', () => {
    for (const t of ["O'Brien's U.S. Sen. Guaidó’s al-Rashid d'Artagnan H.W. Bush 1990s 'em", 'Ça va? Łódź… “Yes,” said Dvořák. NATO-led E.U.-wide x.y.z.', 'also known as, (born, a.k.a.the, aka’the, Called', 'former Sen. Ames met de Blasio, Van Gogh and De Niro; the vice-chair']) assert.deepStrictEqual(tokenize(t), reference(t));
  });
});
