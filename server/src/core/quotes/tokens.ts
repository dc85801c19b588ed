import { clearWithMemos, memoPerParagraph } from '../memo';
import { isHighSurrogate, isUpper } from '../chars';
import { asciiWordEnd, isAsciiWordChar, lastWordHash, SpellingTable, wordEnd, wordHash, wordStartsAt } from '../words';
import { keepShape } from '../shapes';
import { ListCollector } from '../lists';
import { NAME_ABBREVIATIONS, PLURAL_TITLE_ABBREVIATIONS, QUOTE_ABBREVIATIONS } from '../abbreviations';

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

/** `PLURAL_TITLE_ABBREVIATIONS` in lower case, as a token's `lower` has them ("sens" for "Sens.", "drs", "messrs"). */
export const LOWER_PLURAL_TITLE_ABBREVIATIONS: readonly string[] = [...PLURAL_TITLE_ABBREVIATIONS].map((plural) => plural.toLowerCase());

/** Abbreviations that keep their period ("Sen.", "D-Mass.", "U.S.", "Mr.", "Messrs.", "Sens."). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([...LOWER_PLURAL_TITLE_ABBREVIATIONS, ...NAME_ABBREVIATIONS, ...QUOTE_ABBREVIATIONS]);

const DRI = /^[DRI]-[A-Z][a-z]{0,4}$/;

/** Tokens of each paragraph text, offsets from its start. */
const memo = memoPerParagraph<Token[]>();

/** What a word's spelling alone tells `tokenAt`. */
interface Spelling {
  raw: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** An abbreviation or an initial: it keeps a period that follows it ("Sen.", "U.S.", "J.", "D-Mass."). */
  keepsPeriod: boolean;
  /** The spelling with that period (made once; empty when it keeps none). */
  withPeriod: string;
}

function spellingOf(raw: string): Spelling {
  const lower = raw.toLowerCase();
  const keepsPeriod = ABBREVIATIONS.has(lower) || (raw.length === 1 && isUpper(raw)) || raw.includes('.') || DRI.test(raw);
  return { raw, lower, cap: isUpper(raw[0]), keepsPeriod, withPeriod: keepsPeriod ? raw + '.' : '' };
}

/** Spellings by the characters of the text (news text repeats its words); below half of 64k slots, so probes stay short. */
const spellings = new SpellingTable<Spelling>(spellingOf, 30_000);
clearWithMemos(() => spellings.clear(), true);

/**
 * The spelling of the word token that starts at `i` (not a space) in `text[.., to)`, or null where
 * none does (punctuation, or a word that `to` cuts: one-character tokens). The token ends at
 * `spellingTokenEnd`.
 */
function wordSpellingAt(text: string, i: number, to: number): Spelling | null {
  const c = text.charCodeAt(i);
  // the word's end and hash: ASCII in one scan; -1 leaves a word to wordEnd, -2 is no word
  let wend = c < 128 ? (isAsciiWordChar(c) ? asciiWordEnd(text, i, true) : -2) : wordStartsAt(text, i, true) ? -1 : -2;
  let h = wend >= 0 ? lastWordHash() : 0;
  if (wend === -1) {
    wend = wordEnd(text, i, true);
    h = wordHash(text, i, wend);
  }
  if (wend < 0 || wend > to) return null;
  return spellings.get(text, i, wend, h);
}

/** The end of the word token of spelling `s` that starts at `i` in `text[.., to)`, with the period an abbreviation keeps. */
function spellingTokenEnd(text: string, i: number, to: number, s: Spelling): number {
  return wordTokenEnd(text, i, i + s.raw.length, to, s);
}

/** The text of a word token of spelling `s` from `start` to `end`: with the period it keeps when it ends after the word. */
function wordTokenText(s: Spelling, start: number, end: number): string {
  return end - start > s.raw.length ? s.withPeriod : s.raw;
}

/** The length of the punctuation token at `i` in `text[.., to)`: a surrogate pair (emoji) is one token. */
function punctuationLength(text: string, i: number, to: number): number {
  return isHighSurrogate(text.charCodeAt(i)) && i + 1 < to ? 2 : 1;
}

/** The token that starts at `i` (not a space) in `text[.., to)`. */
function tokenAt(text: string, i: number, to: number): Token {
  const s = wordSpellingAt(text, i, to);
  if (s !== null) {
    const end = spellingTokenEnd(text, i, to, s);
    return { text: wordTokenText(s, i, end), lower: s.lower, start: i, end, isWord: true, cap: s.cap };
  }
  const len = punctuationLength(text, i, to);
  const t = len === 1 ? text[i] : text.slice(i, i + 2);
  return { text: t, lower: t, start: i, end: i + len, isWord: false, cap: false };
}

function isSkipped(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** The length of every possessive ending `endsInPossessive` accepts ("'s", "’s"): what `withoutPossessive` and an owner speaker's span (`attribute.ts`) leave off, and what a possessive name (`phrases.ts` `isPossessive`) has more than. */
export const POSSESSIVE_LENGTH = 2;

/** Whether a lower-case word ends in a possessive "'s" or "’s" ("pompeo's", "biden’s"). */
export function endsInPossessive(lower: string): boolean {
  const n = lower.length;
  return n >= 2 && lower.charCodeAt(n - 1) === 115 && (lower.charCodeAt(n - 2) === 39 || lower.charCodeAt(n - 2) === 0x2019);
}

/** A lower-case word without its possessive ending ("pompeo's" → "pompeo"; `/['’]s$/` replaced, without the expression). */
export function withoutPossessive(lower: string): string {
  return endsInPossessive(lower) ? lower.slice(0, lower.length - POSSESSIVE_LENGTH) : lower;
}

/**
 * Splits `text[from, to)` into tokens. Words keep inner hyphens and apostrophes
 * ("D-Mass", "O'Neill"), and abbreviations keep their period ("Sen."). Linear.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  collectTokens(text, from, to, KEEP_ENDS);
  return collected.take();
}

/**
 * `tokenize(text, from, to)` up to (without) its first sentence end: the tokens after it are
 * never made. The same tokens as the full list cut there (tokens only depend on what is before them).
 */
export function tokenizeSentence(text: string, from: number, to: number): Token[] {
  collectTokens(text, from, to, STOP_AT_END);
  return collected.take();
}

/** Where the tokenizers collect a list's tokens, handed out at their number (see lists.ts: no room for 16 per list). */
const collected = new ListCollector<Token>();

/** What `collectTokens` does at a sentence end: make its token, stop there, or drop the tokens before it (and it). */
const KEEP_ENDS = 0;
const STOP_AT_END = 1;
const DROP_BEFORE_END = 2;

/**
 * Collects the tokens of `tokenize(text, from, to)` in `collected`: all of them (`KEEP_ENDS`), those
 * before the first sentence end (`STOP_AT_END`), or those after the last one, all of them when it
 * has none (`DROP_BEFORE_END`: the tokens before an end are dropped as it is met). Returns whether
 * it met a sentence end (not told with `KEEP_ENDS`).
 */
function collectTokens(text: string, from: number, to: number, atEnd: number): boolean {
  let ended = false;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSkipped(c)) {
      i++;
      continue;
    }
    // (a token starting with `.!?…` is that one character: `endsSentence` answered before the token is made)
    if (atEnd !== KEEP_ENDS && isSentenceEndCode(c)) {
      if (atEnd === STOP_AT_END) return true;
      collected.drop();
      ended = true;
      i++;
      continue;
    }
    const t = tokenAt(text, i, to);
    collected.add(t);
    i = t.end;
  }
  return ended;
}

/**
 * The first token of `tokenize(text, from, to)` that is not punctuation in `passed`, made alone
 * (the tokens before it are looked at one by one, none after it is made); null when there is none.
 */
export function firstTokenPast(text: string, from: number, to: number, passed: ReadonlySet<string>): Token | null {
  let i = from;
  while (i < to) {
    if (isSkipped(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const t = tokenAt(text, i, to);
    if (t.isWord || !passed.has(t.text)) return t;
    i = t.end;
  }
  return null;
}

/**
 * The tokens of `tokenize(text, from, to)` after its last sentence end (all of them without one),
 * tokenizing backwards chunk by chunk from the last `.!?…`: only the last sentence's tokens are
 * made in the usual case. Exact because tokens never hold a skipped space, so a character after
 * one always starts a token, wherever tokenizing began.
 */
export function tokenizeLastSentence(text: string, from: number, to: number): Token[] {
  let hi = to;
  /** Chunks tokenized so far without a sentence end, last first (a list made only for the first such chunk: most windows have none). */
  let later: Token[][] | null = null;
  for (;;) {
    let c = hi - 1;
    while (c >= from && !isSentenceEndCode(text.charCodeAt(c))) c--;
    if (c < from) return joined(tokenize(text, from, hi), later);
    // the chunk holding it starts after a skipped space (or at `from`): a token start
    let p = c;
    while (p > from && !isSkipped(text.charCodeAt(p - 1))) p--;
    const ended = collectTokens(text, p, hi, DROP_BEFORE_END);
    const part = collected.take();
    if (ended) return joined(part, later);
    // a period inside a word ("Sen.", "U.S."): look further back
    (later ??= []).push(part);
    hi = p;
  }
}

/** `first` followed by the chunks of `later` (if any) in reverse order (they were found backwards). */
function joined(first: Token[], later: Token[][] | null): Token[] {
  if (later !== null) for (let k = later.length - 1; k >= 0; k--) for (const t of later[k]) first.push(t);
  return first;
}

/** Whether code unit `c` is a mark that ends a sentence: `.`, `!`, `?` or `…`. */
function isSentenceEndCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * The tokens of every paragraph of a text, each paragraph tokenized once (on first use), and
 * `tokenize(text, from, to)` for any range inside one paragraph answered from them: exactly the
 * tokens a direct tokenization gives (where the range cuts a token, that part is re-tokenized).
 */
export class ParagraphTokens {
  private readonly tokens = new Map<number, Token[]>();

  constructor(
    readonly text: string,
    private readonly spans: readonly { start: number; end: number }[],
    /** The text of each paragraph, when the caller has them. */
    private readonly texts?: readonly string[],
  ) {}

  /** Index of the paragraph that contains `pos` (or the nearest before it). */
  paragraphAt(pos: number): number {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.spans[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The text of paragraph `p`. */
  textOf(p: number): string {
    const s = this.spans[p];
    return this.texts?.[p] ?? this.text.slice(s.start, s.end);
  }

  /** The memoised tokens of paragraph `p`, offsets from its start (shared: read-only), and its text. */
  relative(p: number): { tokens: Token[]; text: string } {
    const text = this.textOf(p);
    let tokens = memo.get(text);
    if (!tokens) memo.set(text, (tokens = tokenize(text, 0, text.length)));
    return { tokens, text };
  }

  private of(p: number): Token[] {
    let list = this.tokens.get(p);
    if (!list) {
      const d = this.spans[p].start;
      list = this.relative(p).tokens.map((t) => ({ text: t.text, lower: t.lower, start: t.start + d, end: t.end + d, isWord: t.isWord, cap: t.cap }));
      this.tokens.set(p, list);
    }
    return list;
  }

  /** The same tokens as `tokenize(text, from, to)`. Shared: callers must not change them. */
  range(from: number, to: number): Token[] {
    if (from >= to) return [];
    const p = this.paragraphAt(from);
    const span = this.spans[p];
    if (!span || from < span.start || to > span.end) return tokenize(this.text, from, to);
    return cut(this.of(p), this.text, from, to);
  }

  /**
   * The tokens of `range(from, to)` (inside paragraph `p`, offsets from its start) after their
   * last sentence end, tokenized directly: the rest of the paragraph's tokens are never made.
   */
  relativeLastSentence(p: number, from: number, to: number): Token[] {
    const base = this.spans[p].start;
    return tokenizeLastSentence(this.textOf(p), from - base, to - base);
  }

  /** `firstTokenPast` of `range(from, to)` (inside paragraph `p`, offsets from its start). */
  relativeFirstTokenPast(p: number, from: number, to: number, passed: ReadonlySet<string>): Token | null {
    const base = this.spans[p].start;
    return firstTokenPast(this.textOf(p), from - base, to - base, passed);
  }

  /** The tokens of `range(from, to)` (inside paragraph `p`, offsets from its start) up to (without) their first sentence end. */
  relativeSentence(p: number, from: number, to: number): Token[] {
    const base = this.spans[p].start;
    return tokenizeSentence(this.textOf(p), from - base, to - base);
  }
}

/**
 * The tokens `tokenize(text, from, to)` gives, from `list` (the tokens of the paragraph holding
 * the range, in the same coordinates as `text`): where the range cuts a token, that part is
 * tokenized directly; the rest is shared.
 */
function cut(list: Token[], text: string, from: number, to: number): Token[] {
  if (from >= to) return [];
  const n = list.length;
  // first paragraph token at or after `from`
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  let k = lo;
  const out: Token[] = [];
  let i = from;
  // from the middle of a token: tokenize directly until a paragraph token starts where we are
  for (;;) {
    while (i < to && isSkipped(text.charCodeAt(i))) i++;
    if (i >= to) return out;
    while (k < n && list[k].start < i) k++;
    if (k < n && list[k].start === i) break;
    const t = tokenAt(text, i, to);
    out.push(t);
    i = t.end;
  }
  while (k < n && list[k].end <= to) out.push(list[k++]);
  // a token cut by `to`
  if (k < n && list[k].start < to) for (const t of tokenize(text, list[k].start, to)) out.push(t);
  return out;
}

/** True when the token ends a sentence: `.`, `!`, `?`, `…` (`isSentenceEndCode`; an abbreviation's period is part of its word). */
export function endsSentence(t: Token): boolean {
  return !t.isWord && t.text.length === 1 && isSentenceEndCode(t.text.charCodeAt(0));
}

/** A run of tokens the person index skips (lower-case words, most punctuation), in `PeopleTokens.kinds`. */
export const SKIPPED_TOKENS = 0;
/** A `.`, `!` or `?`, in `PeopleTokens.kinds`. */
export const SENTENCE_END = 1;
/** A lower-case gendered pronoun (he, his, him, she, her, hers), in `PeopleTokens.kinds`. */
export const LOWER_PRONOUN = 2;
/** A word with a capital, in `PeopleTokens.kinds`. */
export const CAPITALISED = 3;

/**
 * The tokens the person index reads of a paragraph, in flat lists (no object per token: a 20,000-word
 * article keeps about 5,000): token `k`'s kind (`SKIPPED_TOKENS`, `SENTENCE_END`, `LOWER_PRONOUN`,
 * `CAPITALISED`), lower case (as `Token.lower`), start and end (its text is the paragraph's between
 * them: no list of texts). A skipped run's lower case is empty, its start and end -1. Reused from
 * paragraph to paragraph (`clear`): only the first `length` items are this paragraph's.
 */
export class PeopleTokens {
  readonly kinds: number[] = [];
  readonly lowers: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  length = 0;

  clear(): void {
    this.length = 0;
  }

  /** Lets go of the storage, which still holds the lower cases of the longest paragraph read (as `ListCollector.release`). */
  release(): void {
    this.length = 0;
    this.kinds.length = 0;
    this.lowers.length = 0;
    this.starts.length = 0;
    this.ends.length = 0;
  }

  add(kind: number, lower: string, start: number, end: number): void {
    const k = this.length++;
    this.kinds[k] = kind;
    this.lowers[k] = lower;
    this.starts[k] = start;
    this.ends[k] = end;
  }

  /** Adds a skipped run, unless the last token is one (the runs that end one range and start the next join). */
  addSkipped(): void {
    if (this.length === 0 || this.kinds[this.length - 1] !== SKIPPED_TOKENS) this.add(SKIPPED_TOKENS, '', -1, -1);
  }

  /** Whether token `k` is one of this paragraph's and a word with a capital. */
  isCapitalised(k: number): boolean {
    return k < this.length && this.kinds[k] === CAPITALISED;
  }
}

/**
 * The tokens of `tokenize(text, from, to)` the person index reads, appended to `out`: words
 * with a capital, he/his/him/she/her/hers, and `.`, `!`, `?`. Each run of other tokens becomes
 * one `SKIPPED_TOKENS` (names are runs of adjacent capitalised tokens, so any token between ends one
 * just the same). Makes no token object: most words are skipped by their first letters, and a kept
 * word's texts are its spelling's.
 */
export function appendPeopleTokens(text: string, from: number, to: number, out: PeopleTokens): void {
  // whether a token the index ignores came after the last one kept: its SKIPPED_TOKENS is added before the
  // next kept token (or at the end), not looked for in `out` at every ignored token
  let skipped = false;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSkipped(c)) {
      i++;
      continue;
    }
    if (c < 128 && !isAsciiWordChar(c) && c !== 46 && c !== 33 && c !== 63) {
      // one-character punctuation
      i++;
      skipped = true;
      continue;
    }
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      // a run of skipped words and punctuation in one look of the expression; where it goes past `to`, what the
      // range holds of it is skipped as well (a word that `to` cuts is one-character tokens, none kept)
      SKIPPED_RUN.lastIndex = i;
      if (SKIPPED_RUN.test(text)) {
        i = SKIPPED_RUN.lastIndex;
        skipped = true;
        continue;
      }
    }
    if (c >= 48 && c <= 57) {
      i = plainTokenEnd(text, i, to);
      skipped = true;
      continue;
    }
    if (c >= 97 && c <= 122) {
      // lower-case ASCII: only a gendered pronoun is kept, and the word's own code units tell one (a
      // pronoun's lower case is ASCII, and no other code unit lower-cases to one of its letters): its
      // token is made only then ("has", "should" are skipped like any other word)
      const end = plainTokenEnd(text, i, to);
      if (!isGenderedPronounAt(text, i, end)) {
        i = end;
        skipped = true;
        continue;
      }
    }
    const s = wordSpellingAt(text, i, to);
    if (s !== null) {
      const end = spellingTokenEnd(text, i, to, s);
      const kind = s.cap ? CAPITALISED : isGenderedPronoun(s.lower) ? LOWER_PRONOUN : SKIPPED_TOKENS;
      if (kind !== SKIPPED_TOKENS) {
        if (skipped) out.addSkipped();
        skipped = false;
        out.add(kind, s.lower, i, end);
      } else skipped = true;
      i = end;
      continue;
    }
    if (c === 46 || c === 33 || c === 63) {
      if (skipped) out.addSkipped();
      skipped = false;
      out.add(SENTENCE_END, text[i], i, i + 1);
    } else skipped = true;
    i += punctuationLength(text, i, to);
  }
  if (skipped) out.addSkipped();
}

/** The pronouns whose gender the person index learns from, lower-case (`appendPeopleTokens` keeps them), with that gender. */
export const GENDERED_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'], ['his', 'male'], ['him', 'male'], ['she', 'female'], ['her', 'female'], ['hers', 'female'],
]);

/** A gendered pronoun in any case after its first letter, as a whole ASCII word ("he", "hIs", "sHE"; not "hem" or "He"). */
const GENDERED_PRONOUN_WORD = `(?:${[...GENDERED_PRONOUNS.keys()].map((p) => p[0] + [...p.slice(1)].map((c) => `[${c}${c.toUpperCase()}]`).join('')).join('|')})(?![A-Za-z0-9])`;
/**
 * The characters past ASCII news text most often writes between words, each a token `appendPeopleTokens`
 * skips that ends a word without joining it: the no-break space (`isSkipped`), the en and em dashes and
 * the curly double quotes (one-character punctuation; the curly apostrophe joins words, so is not one).
 */
const SKIPPED_PAST_ASCII = '\\u00a0\\u2013\\u2014\\u201c\\u201d';
/**
 * A word `appendPeopleTokens` skips whole: ASCII letters and digits starting with a lower-case letter
 * or a digit, not a gendered pronoun, ending where `plainTokenEnd` ends it at once (before ASCII that
 * neither joins a word ('-.&) nor is a word character, before a `SKIPPED_PAST_ASCII` character, or at
 * the text's end).
 */
const SKIPPED_WORD = `(?!${GENDERED_PRONOUN_WORD})[a-z0-9][A-Za-z0-9]*(?![A-Za-z0-9'.&\\-]|(?![${SKIPPED_PAST_ASCII}])[\\u0080-\\uffff])`;
/**
 * A skipped space (`isSkipped`) or one-character punctuation other than `.!?`: every ASCII character up to the
 * space, `"` to `-`, `/`, `:` to `>`, `@`, `[` to `` ` ``, `{` to DEL, and the `SKIPPED_PAST_ASCII` characters.
 */
const SKIPPED_BETWEEN = `[\\x00-\\x20\\x22-\\x2d\\x2f\\x3a-\\x3e\\x40\\x5b-\\x60\\x7b-\\x7f${SKIPPED_PAST_ASCII}]`;
/**
 * One or more tokens `appendPeopleTokens` skips, from a word start: `SKIPPED_WORD`s, each followed
 * by any `SKIPPED_BETWEEN`. Anything else ends the run (the loop reads it). Linear: a word's end is
 * fixed by its look-ahead, and nothing in `SKIPPED_BETWEEN` can start a word.
 */
const SKIPPED_RUN = new RegExp(`(?:${SKIPPED_WORD}${SKIPPED_BETWEEN}*)+`, 'y');

function isGenderedPronoun(l: string): boolean {
  return GENDERED_PRONOUNS.has(l);
}

/**
 * Whether `text[i, end)`, a word starting with a lower-case ASCII letter, lower-cases to a word of
 * `GENDERED_PRONOUNS`, read from its code units (quotes.people.test.ts checks the two agree): `| 32`
 * lower-cases an ASCII letter and leaves every code unit that could match (the pronouns' letters)
 * or not match as it is.
 */
function isGenderedPronounAt(text: string, i: number, end: number): boolean {
  const n = end - i;
  if (n < 2 || n > 4) return false;
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1) | 32;
  if (n === 2) return a === 104 && b === 101; // he
  const c = text.charCodeAt(i + 2) | 32;
  if (n === 3) {
    if (a === 115) return b === 104 && c === 101; // she
    return a === 104 && ((b === 105 && (c === 115 || c === 109)) || (b === 101 && c === 114)); // his, him, her
  }
  return a === 104 && b === 101 && c === 114 && (text.charCodeAt(i + 3) | 32) === 115; // hers
}

/** End of the token `tokenAt(text, i, to)` for a lower-case ASCII letter or digit at `i`, without making it. */
function plainTokenEnd(text: string, i: number, to: number): number {
  // ASCII letters and digits up to the text's end or ASCII that neither joins a word ('-.&) nor keeps a period: where
  // `asciiWordEnd` stops too, found without its hash (most words: a lower-case word before a space or a comma)
  const n = text.length;
  let j = i + 1;
  let c = 0;
  while (j < n && isAsciiWordChar((c = text.charCodeAt(j)))) j++;
  if (j >= n || (c < 128 && c !== 39 && c !== 45 && c !== 46 && c !== 38)) return j > to ? i + 1 : j;
  const wend = wordEnd(text, i, true);
  // a word cut by `to` is a one-character token
  if (wend > to) return i + 1;
  return wordTokenEnd(text, i, wend, to, null);
}

/**
 * The end of the token of the word `text[i, wend)` in `text[.., to)`: after the period that follows
 * it when its spelling keeps one (an abbreviation or an initial: "U.S.", "Sen.", "J."). `s` is its
 * spelling, or null to look it up only when a period follows (every sentence ending in a lower-case
 * word asks `plainTokenEnd`).
 */
function wordTokenEnd(text: string, i: number, wend: number, to: number, s: Spelling | null): number {
  if (wend >= to || text.charCodeAt(wend) !== 46) return wend;
  return (s ?? spellings.get(text, i, wend, wordHash(text, i, wend))).keepsPeriod ? wend + 1 : wend;
}

// (one is made per analysis: see shapes.ts; with holey lists, as the analysis passes: a list of
// another kind in a field would make the field's type less precise for every instance)
keepShape('ParagraphTokens', () => {
  const spans = new Array<{ start: number; end: number }>(1);
  spans[0] = { start: 0, end: 0 };
  const texts = new Array<string>(1);
  texts[0] = '';
  return new ParagraphTokens('', spans, texts);
});
