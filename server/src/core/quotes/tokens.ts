import { isUpper } from './chars';

/** A word or punctuation token of a short text window, with document offsets. */
export interface Token {
  text: string;
  /** Lower-case text without a trailing abbreviation period. */
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’.&][\p{L}\p{N}\p{M}]+)*/uy;
/** Abbreviations that keep their period ("Sen.", "D-Mass.", "U.S.", "Mr."). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'prof', 'st', 'jr', 'sr', 'sra', 'inc',
  'corp', 'co', 'ltd', 'no', 'vs', 'rev', 'supt', 'insp', 'cmdr', 'adm', 'maj', 'pvt', 'cpl', 'fr', 'mme', 'm', 'mass',
  'calif', 'fla', 'ill', 'ind', 'md', 'mich', 'minn', 'ore', 'pa', 'tenn', 'tex', 'va', 'wash', 'wis', 'conn', 'ky', 'la',
  'ariz', 'colo', 'del', 'ga', 'kan', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'vt', 'wyo', 'ala', 'ark', 'approx', 'dept',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c',
]);

/**
 * Splits `text[from, to)` into tokens. Words keep inner hyphens and apostrophes
 * ("D-Mass", "O'Neill"), and abbreviations keep their period ("Sen."). Linear.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0') {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i && i + m[0].length <= to) {
      let end = i + m[0].length;
      let word = m[0];
      const lower = word.toLowerCase();
      // keep the period of an abbreviation or an initial ("U.S.", "Sen.", "J.")
      if (text[end] === '.' && end < to && (ABBREVIATIONS.has(lower) || (word.length === 1 && isUpper(word)) || word.includes('.') || /^[DRI]-[A-Z][a-z]{0,4}$/.test(word))) {
        end++;
        word += '.';
      }
      tokens.push({ text: word, lower, start: i, end, isWord: true, cap: isUpper(word[0]) });
      i = end;
      continue;
    }
    // a surrogate pair (emoji) is one token
    const len = c >= '\ud800' && c <= '\udbff' && i + 1 < to ? 2 : 1;
    tokens.push({ text: text.slice(i, i + len), lower: text.slice(i, i + len), start: i, end: i + len, isWord: false, cap: false });
    i += len;
  }
  return tokens;
}

/** True when the token ends a sentence: `.`, `!`, `?` (an abbreviation's period is part of its word). */
export function endsSentence(t: Token): boolean {
  return !t.isWord && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…');
}
