import { ListCollector } from '../lists';
import { BoundedTable, clearWithMemos } from '../memo';
import { asciiWordEnd, isAsciiWordChar, isJsSpace, isWordCharAt, lastWordHash, SpellingTable, wordEnd, wordHash } from '../words';
import { NAME_ABBREVIATIONS, PLURAL_TITLE_ABBREVIATIONS } from '../abbreviations';
import { isHighSurrogate, isLowSurrogate } from '../chars';
import { LOWER_OPENERS } from './lowerOpeners';

/** A word or punctuation mark of one paragraph, offsets relative to the paragraph start. */
export interface Token {
  /** The token as written, without a possessive ending. */
  text: string;
  start: number;
  end: number;
  /** Case- and diacritic-folded form used for every lookup. */
  key: string;
  /**
   * The `WORD_KIND` bits of a word, 0 for punctuation (`isWord`, `isCap`, `isAllCaps` read them):
   * one number rather than a field per bit keeps a paragraph's token objects small.
   */
  kind: number;
  /** End of the possessive ending `’s` after the token, when it has one. */
  possessiveEnd?: number;
}

const UPPER_START = /^(?:\p{Lu}|(?:al|el|bin|ibn|ben|d)['’-]\p{Lu})/u;
const HAS_LOWER = /\p{Ll}/u;
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
const PLAIN = /^[A-Za-z]*$/;
/** ASCII words joined by single spaces: their tokens are the words, their keys the words in lower case. */
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const MARKS = /\p{M}/gu;
/** Anything but a letter. */
const NOT_LETTERS = /[^\p{L}]/gu;
/** Letters NFD leaves whole: `Łódź` folds to `lodz` as `Lodz` does. */
const UNDECOMPOSED_AS: Record<string, string> = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ı': 'i', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ð': 'd' };
const UNDECOMPOSED = /[łøđħıßæœþð]/g;

/** Abbreviations that keep their full stop ("Mr.", "Sen.", "Inc."). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(NAME_ABBREVIATIONS);

/**
 * An initial or a known abbreviation ("U.S.", "Sen.", "Sens."): a full stop right after it belongs to it.
 * A plural title ("Sens. John McCain and Lindsey Graham") keeps it only as written, capitalised: "did ten reps." ends a sentence.
 */
function keepsFullStop(raw: string): boolean {
  return INITIALS.test(raw) || ABBREVIATIONS.has(raw.toLowerCase()) || PLURAL_TITLE_ABBREVIATIONS.has(raw);
}

const MEMO_LIMIT = 50_000;
/** Folded forms of the non-ASCII strings seen so far (a pure memo: NFD is slow; typed partial words add entries). */
const folded = new BoundedTable<string>(MEMO_LIMIT);

/**
 * Folds a name for comparison: no diacritics, lower case, no dots or apostrophes,
 * so `Guaidó`, `Guaido` and `GUAIDO` meet, and `U.S.` is `us`.
 */
export function foldKey(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  let k = folded.get(text);
  if (k === undefined) {
    k = text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/[.'’]/g, '').replace(/‐|–/g, '-').replace(UNDECOMPOSED, (c) => UNDECOMPOSED_AS[c]);
    folded.set(text, k);
  }
  return k;
}

/** What a word's spelling alone tells: its folded key and its capitals (in `kind`). */
interface WordInfo {
  /** The spelling. */
  raw: string;
  key: string;
  /** An initial or a known abbreviation: it keeps a full stop that follows it. */
  abbreviation: boolean;
  /** "Moscow-based": the length of the name before a lower-case suffix (`NAME_SUFFIXES`), 0 for none. */
  nameBeforeSuffix: number;
  /** The `WORD_KIND` bits of its tokens. */
  kind: number;
}

/**
 * What a word token's spelling tells, one bit each, in `Token.kind` (0 for punctuation).
 */
export const WORD_KIND = {
  word: 1,
  /** `isCap`. */
  cap: 2,
  /** `isAllCaps`. */
  allCaps: 4,
  /** ASCII digits only ("1990"). */
  digits: 8,
  /** Ends with a full stop it keeps ("U.S.", "Inc."). */
  fullStop: 16,
  /** A word every alias gap has one of (`ALIAS_WORDS`): see `isAliasWord`. */
  aliasWord: 32,
  /** A lower-case word that may open a name ("former", "de"): one of `LOWER_OPENERS`, worked out once a spelling, not looked up per token. */
  lowerOpener: 64,
} as const;

/**
 * The words an alias gap cannot do without, folded ("known as", "(born", "also called", "aka", "a.k.a."), each with
 * whether a quotation mark or the "the" after it may join it into one token ("aka'the", "a.k.a.the"): the gap's
 * expression reads "known" and "born" before a space only. A paragraph with none of them links no alias.
 * `ALIAS_WORD` in entities/index.ts tests a gap for them.
 */
export const ALIAS_WORDS: readonly (readonly [word: string, joined: boolean])[] = [['known', false], ['born', false], ['called', true], ['aka', true]];

/**
 * Whether a word's key may be one of the `ALIAS_WORDS` an alias gap cannot do without: the word itself, or a word
 * that begins with one that may be joined to what follows it. (Read once per spelling: `words` keeps the answer.)
 */
function isAliasWord(key: string): boolean {
  for (const [word, joined] of ALIAS_WORDS) if (joined ? key.startsWith(word) : key === word) return true;
  return false;
}

/**
 * Lower-case words a hyphen joins to a name to make a modifier of it ("the Moscow-based bank",
 * "a Saudi-led coalition", "the Mets-inspired work"): the name is a mention of its own, the suffix
 * no part of it. None ends a proper name ("Stratford-upon-Avon", "Coca-Cola" keep theirs).
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'based', 'born', 'bred', 'raised', 'educated', 'trained', 'led', 'backed', 'owned', 'run', 'controlled', 'funded', 'financed',
  'sponsored', 'supported', 'allied', 'aligned', 'affiliated', 'linked', 'inspired', 'style', 'styled', 'era', 'made', 'built',
  'designed', 'brokered', 'appointed', 'headquartered', 'listed', 'bound', 'area', 'wide', 'centric', 'focused', 'themed', 'like',
  'esque', 'dominated', 'occupied', 'held', 'ruled', 'administered', 'imposed', 'operated', 'produced', 'branded', 'speaking',
]);

/** The length of the name before a `NAME_SUFFIXES` suffix in a capitalised word ("Moscow" in "Moscow-based"), else 0. */
function nameBeforeSuffixOf(raw: string, cap: boolean): number {
  const h = cap ? raw.lastIndexOf('-') : -1;
  return h > 0 && NAME_SUFFIXES.has(raw.slice(h + 1)) ? h : 0;
}

/** The facts of the spelling `raw`. */
function wordInfoOf(raw: string): WordInfo {
  const cap = UPPER_START.test(raw);
  const letters = raw.replace(NOT_LETTERS, '');
  const allCaps = cap && letters.length >= 2 && !HAS_LOWER.test(raw);
  const key = foldKey(raw);
  return {
    raw,
    key,
    abbreviation: keepsFullStop(raw),
    nameBeforeSuffix: nameBeforeSuffixOf(raw, cap),
    kind: wordKindOf(raw, cap, allCaps) | (isAliasWord(key) ? WORD_KIND.aliasWord : 0) | (!cap && LOWER_OPENERS.has(key) ? WORD_KIND.lowerOpener : 0),
  };
}

/** The `WORD_KIND` bits of a word spelled `raw`. */
function wordKindOf(raw: string, cap: boolean, allCaps: boolean): number {
  return (
    WORD_KIND.word | (cap ? WORD_KIND.cap : 0) | (allCaps ? WORD_KIND.allCaps : 0) | (isDigits(raw) ? WORD_KIND.digits : 0) |
    (raw.endsWith('.') ? WORD_KIND.fullStop : 0)
  );
}

/** A word (letters, digits, inner apostrophes, hyphens, dots), not punctuation nor past the paragraph's tokens. */
export function isWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind !== 0;
}

/** A word starting with a capital letter (or `al-`/`bin-` style particles before one): `isWord` too, no need to ask it first. */
export function isCap(t: Token | undefined): boolean {
  return t !== undefined && (t.kind & WORD_KIND.cap) !== 0;
}

/** A word written in capitals only, at least two letters ("NATO", "U.S."): `isWord` and `isCap` too, and two code units long or more. */
export function isAllCaps(t: Token | undefined): boolean {
  return t !== undefined && (t.kind & WORD_KIND.allCaps) !== 0;
}

/** Whether a word is ASCII digits only ("1990"). */
export function isDigits(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

/** Word facts by spelling (news text repeats its words); its tokens share one string. */
const words = new SpellingTable<WordInfo>(wordInfoOf, MEMO_LIMIT);
clearWithMemos(() => words.clear(), true);

/** The facts of the word `text[start, end)`. */
function infoAt(text: string, start: number, end: number): WordInfo {
  return words.get(text, start, end, wordHash(text, start, end));
}

/**
 * The end of the token at `i` (not a space): a word (an astral symbol counts as one, as it always
 * has) or one code unit of punctuation, for which it returns `-(i + 1)`.
 */
function tokenEnd(text: string, i: number, c: number): number {
  if (isWordCharAt(text, i, c)) return wordEnd(text, i);
  // (past the text's end charCodeAt gives NaN, no low half; `endsSurrogatePair` costs two calls more on every punctuation mark)
  if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) return i + 2;
  return -(i + 1);
}

/** Whether the word `text[start, end)` ends with a possessive `’s` (and has more before it). */
function hasPossessive(text: string, start: number, end: number): boolean {
  if (end - start <= 2 || text.charCodeAt(end - 1) !== 115) return false;
  const q = text.charCodeAt(end - 2);
  return q === 39 || q === 0x2019;
}

/**
 * Splits one paragraph into tokens in one left-to-right pass, with the possessive `'s` split
 * off and a full stop kept on abbreviations ("U.S.", "Sen.").
 */
export function tokenize(text: string): Token[] {
  collectTokens(text);
  keyCollector.drop();
  return tokenCollector.take();
}

/** A paragraph's tokens with their keys, as `tokenizeParagraph` gives them. */
export interface TokenizedParagraph {
  tokens: Token[];
  /** `Token.key` of each token. */
  keys: string[];
  /** The `WORD_KIND` bits of all its tokens together. */
  allKinds: number;
}

/** `tokenize(text)`, with the tokens' keys and `WORD_KIND` bits gathered in the same pass. */
export function tokenizeParagraph(text: string): TokenizedParagraph {
  collectTokens(text);
  return { tokens: tokenCollector.take(), keys: keyCollector.take(), allKinds };
}

/** Collects the tokens of `text` in `tokenCollector`, their keys in `keyCollector` and their kinds in `allKinds`. */
function collectTokens(text: string): void {
  allKinds = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || isJsSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    let end: number;
    // the word's hash when the scan for its end computed it
    let hash = 0;
    let hashed = false;
    if (isAsciiWordChar(c)) {
      end = asciiWordEnd(text, i);
      if (end >= 0) {
        hash = lastWordHash();
        hashed = true;
      } else end = wordEnd(text, i);
    } else end = tokenEnd(text, i, c);
    if (end < 0) {
      pushPunctuation(text[i], start);
      i++;
      continue;
    }
    i = end;
    let possessiveEnd: number | undefined;
    let info: WordInfo;
    if (hasPossessive(text, start, end)) {
      possessiveEnd = end;
      end -= 2;
      info = infoAt(text, start, end);
    } else {
      info = hashed ? words.get(text, start, end, hash) : infoAt(text, start, end);
      if (text.charCodeAt(end) === 46 && info.abbreviation) {
        // "U.S." and "H.W." and "Sen." keep their final full stop
        i = ++end;
        info = infoAt(text, start, end);
      }
    }
    const cut = info.nameBeforeSuffix;
    if (cut > 0) {
      // "Moscow-based": the name, the hyphen and the suffix, as if written apart
      pushWord(infoAt(text, start, start + cut), start);
      pushPunctuation('-', start + cut);
      info = infoAt(text, start + cut + 1, end);
      const token = pushWord(info, start + cut + 1);
      if (possessiveEnd !== undefined) token.possessiveEnd = possessiveEnd;
      continue;
    }
    const token = pushWord(info, start);
    if (possessiveEnd !== undefined) token.possessiveEnd = possessiveEnd;
  }
}

/** Where `collectTokens` collects a paragraph's tokens and their keys: made at their size once taken (a paragraph memo keeps them: see core/lists.ts). */
const tokenCollector = new ListCollector<Token>();
const keyCollector = new ListCollector<string>();
/** The `WORD_KIND` bits of the tokens `collectTokens` has collected in this call, together. */
let allKinds = 0;

/** Adds the word token of `info` starting at `start` to `tokenCollector` (its key and kind with it), and returns it. */
function pushWord(info: WordInfo, start: number): Token {
  const token: Token = { text: info.raw, start, end: start + info.raw.length, key: info.key, kind: info.kind };
  tokenCollector.add(token);
  keyCollector.add(info.key);
  allKinds |= info.kind;
  return token;
}

/** Adds the punctuation token `raw` (one code unit) at `start` to `tokenCollector` (its key and kind 0 with it). */
function pushPunctuation(raw: string, start: number): void {
  tokenCollector.add({ text: raw, start, end: start + 1, key: raw, kind: 0 });
  keyCollector.add(raw);
}

/**
 * The one left-to-right pass behind `tokenKeys`, as `tokenize` splits (the lexicons are built
 * with it at load time, without filling the word memo): calls `punctuation` for each one-unit
 * punctuation character and `word` for each word.
 */
function scanTokens(text: string, punctuation: (raw: string) => void, word: (raw: string) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isJsSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    const end = tokenEnd(text, i, c);
    if (end < 0) {
      punctuation(text[i]);
      i++;
      continue;
    }
    let raw = text.slice(start, end);
    i = end;
    if (hasPossessive(text, start, end)) raw = raw.slice(0, -2);
    else if (text.charCodeAt(end) === 46 && keepsFullStop(raw)) {
      raw += '.';
      i++;
    }
    const cut = nameBeforeSuffixOf(raw, UPPER_START.test(raw));
    if (cut > 0) {
      word(raw.slice(0, cut));
      punctuation('-');
      word(raw.slice(cut + 1));
    } else word(raw);
  }
}

/**
 * The keys of `tokenize(text)` (`tokenize(text).map((t) => t.key)`) without the rest of each token
 * and without filling the word memo: for building lexicons from data at load time.
 */
export function tokenKeys(text: string): string[] {
  // most lexicon phrases ("New York", "Buenos Aires") are plain words: the scan would only lower-case them
  if (PLAIN_WORDS.test(text)) return text.toLowerCase().split(' ');
  const keys: string[] = [];
  scanTokens(
    text,
    (raw) => keys.push(raw),
    (raw) => keys.push(foldKey(raw)),
  );
  return keys;
}
