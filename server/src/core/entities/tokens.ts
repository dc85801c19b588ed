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

// One regex step per token: the word part has no overlapping alternatives, so it never backtracks.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|\S/gu;
const UPPER_START = /^(?:\p{Lu}|(?:al|el|bin|ibn|ben|d)['’-]\p{Lu})/u;
const HAS_LOWER = /\p{Ll}/u;
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
const POSSESSIVE = /['’]s$/;
const PLAIN = /^[A-Za-z]*$/;
const MARKS = /\p{M}/gu;
/** Letters NFD leaves whole: `Łódź` folds to `lodz` as `Lodz` does. */
const UNDECOMPOSED_AS: Record<string, string> = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ı': 'i', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ð': 'd' };
const UNDECOMPOSED = /[łøđħıßæœþð]/g;

/** Abbreviations that keep their full stop ("Mr.", "Sen.", "Inc."). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'gov', 'rep', 'gen', 'st', 'jr', 'sr', 'lt', 'col', 'capt', 'prof', 'rev', 'sgt',
  'inc', 'corp', 'co', 'ltd', 'mt', 'ft', 'adm', 'maj', 'cmdr', 'pres', 'supt', 'hon', 'messrs', 'mme', 'mlle', 'vs',
]);

/**
 * Folds a name for comparison: no diacritics, lower case, no dots or apostrophes,
 * so `Guaidó`, `Guaido` and `GUAIDO` meet, and `U.S.` is `us`.
 */
export function foldKey(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/[.'’]/g, '').replace(/‐|–/g, '-').replace(UNDECOMPOSED, (c) => UNDECOMPOSED_AS[c]);
}

/** Splits one paragraph into tokens in one left-to-right pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let raw = m[0];
    const start = m.index;
    const isWord = raw.length > 1 || /[\p{L}\p{M}\p{N}]/u.test(raw);
    if (!isWord) {
      tokens.push({ text: raw, start, end: start + raw.length, key: raw, word: false, cap: false, allCaps: false });
      continue;
    }
    let possessiveEnd: number | undefined;
    if (raw.length > 2 && POSSESSIVE.test(raw)) {
      possessiveEnd = start + raw.length;
      raw = raw.slice(0, -2);
    } else if (text[start + raw.length] === '.' && (INITIALS.test(raw) || ABBREVIATIONS.has(raw.toLowerCase()))) {
      // "U.S." and "H.W." and "Sen." keep their final full stop
      raw += '.';
      TOKEN.lastIndex++;
    }
    const cap = UPPER_START.test(raw);
    const letters = raw.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text: raw,
      start,
      end: start + raw.length,
      key: foldKey(raw),
      word: true,
      cap,
      allCaps: cap && letters.length >= 2 && !HAS_LOWER.test(raw),
      ...(possessiveEnd !== undefined ? { possessiveEnd } : {}),
    });
  }
  return tokens;
}
