import { isAsciiWordChar, isJsSpace, wordEnd } from '../words';

/** A word or punctuation mark of one paragraph, offsets relative to the paragraph start. */
export interface Token {
  /** The token as written, without a possessive ending. */
  text: string;
  start: number;
  end: number;
  /** Case- and diacritic-folded form used for every lookup. */
  key: string;
  /** A word (letters, digits, inner apostrophes, hyphens, dots); false for punctuation. */
  word: boolean;
  /** Starts with a capital letter (or `al-`/`bin-` style particles before one). */
  cap: boolean;
  /** Written in capitals only, at least two letters ("NATO", "U.S."). */
  allCaps: boolean;
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
/** Letters NFD leaves whole: `Łódź` folds to `lodz` as `Lodz` does. */
const UNDECOMPOSED_AS: Record<string, string> = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ı': 'i', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ð': 'd' };
const UNDECOMPOSED = /[łøđħıßæœþð]/g;

/** Abbreviations that keep their full stop ("Mr.", "Sen.", "Inc."). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'gov', 'rep', 'gen', 'st', 'jr', 'sr', 'lt', 'col', 'capt', 'prof', 'rev', 'sgt',
  'inc', 'corp', 'co', 'ltd', 'mt', 'ft', 'adm', 'maj', 'cmdr', 'pres', 'supt', 'hon', 'messrs', 'mme', 'mlle', 'vs',
]);

/** Folded forms of the non-ASCII strings seen so far (a pure memo: NFD is slow). */
const folded = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/**
 * Folds a name for comparison: no diacritics, lower case, no dots or apostrophes,
 * so `Guaidó`, `Guaido` and `GUAIDO` meet, and `U.S.` is `us`.
 */
export function foldKey(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  let k = folded.get(text);
  if (k === undefined) {
    k = text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/[.'’]/g, '').replace(/‐|–/g, '-').replace(UNDECOMPOSED, (c) => UNDECOMPOSED_AS[c]);
    if (folded.size >= MEMO_LIMIT) folded.clear();
    folded.set(text, k);
  }
  return k;
}

/** What a word's spelling alone tells: its folded key and its capitals. */
interface WordInfo {
  key: string;
  cap: boolean;
  allCaps: boolean;
  /** An initial or a known abbreviation: it keeps a full stop that follows it. */
  abbreviation: boolean;
}

/** Word facts by spelling (a pure memo: news text repeats its words). */
const wordInfo = new Map<string, WordInfo>();

function infoOf(raw: string): WordInfo {
  let info = wordInfo.get(raw);
  if (info === undefined) {
    const cap = UPPER_START.test(raw);
    const letters = raw.replace(/[^\p{L}]/gu, '');
    info = {
      key: foldKey(raw),
      cap,
      allCaps: cap && letters.length >= 2 && !HAS_LOWER.test(raw),
      abbreviation: INITIALS.test(raw) || ABBREVIATIONS.has(raw.toLowerCase()),
    };
    if (wordInfo.size >= MEMO_LIMIT) wordInfo.clear();
    wordInfo.set(raw, info);
  }
  return info;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * The one left-to-right pass behind `tokenize` and `tokenKeys`: calls `punctuation` for each
 * one-unit punctuation character and `word` for each word (an astral symbol counts as a word),
 * with the possessive `'s` split off and a full stop kept on abbreviations (`isAbbreviation`).
 */
function scanTokens(
  text: string,
  isAbbreviation: (raw: string) => boolean,
  punctuation: (raw: string, start: number) => void,
  word: (raw: string, start: number, possessiveEnd: number | undefined) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isJsSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    let end: number;
    if (c < 128 ? isAsciiWordChar(c) : WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!))) end = wordEnd(text, i);
    else {
      // one code point of punctuation; an astral one (emoji) counts as a word, as it always has
      end = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
      if (end - start === 1) {
        punctuation(text[i], start);
        i = end;
        continue;
      }
    }
    let raw = text.slice(start, end);
    i = end;
    let possessiveEnd: number | undefined;
    const len = raw.length;
    const last = raw.charCodeAt(len - 1);
    const beforeLast = len > 2 ? raw.charCodeAt(len - 2) : 0;
    if (len > 2 && last === 115 && (beforeLast === 39 || beforeLast === 0x2019)) {
      possessiveEnd = end;
      raw = raw.slice(0, -2);
    } else if (text.charCodeAt(end) === 46 && isAbbreviation(raw)) {
      // "U.S." and "H.W." and "Sen." keep their final full stop
      raw += '.';
      i++;
    }
    word(raw, start, possessiveEnd);
  }
}

/** Splits one paragraph into tokens in one left-to-right pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(
    text,
    (raw) => infoOf(raw).abbreviation,
    (raw, start) => tokens.push({ text: raw, start, end: start + 1, key: raw, word: false, cap: false, allCaps: false }),
    (raw, start, possessiveEnd) => {
      const info = infoOf(raw);
      const token: Token = { text: raw, start, end: start + raw.length, key: info.key, word: true, cap: info.cap, allCaps: info.allCaps };
      if (possessiveEnd !== undefined) token.possessiveEnd = possessiveEnd;
      tokens.push(token);
    },
  );
  return tokens;
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
    (raw) => INITIALS.test(raw) || ABBREVIATIONS.has(raw.toLowerCase()),
    (raw) => keys.push(raw),
    (raw) => keys.push(foldKey(raw)),
  );
  return keys;
}
