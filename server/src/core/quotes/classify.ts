import type { QuotationKind } from '../types';
import { isJsSpace } from '../words';
import { characterAt, endsSurrogatePair, isLetter, isLetterOrDigit, isUpper } from '../chars';
import { SCARE_INTRODUCERS } from './cues';
import type { Token } from './tokens';
import { keepShape } from '../shapes';

/** What the classifier needs to know about a quotation and its sentence. */
export interface QuotationContext {
  /** The quoted words without marks. */
  text: string;
  /** Tokens of the sentence before the opening mark (after the last sentence end). */
  before: Token[];
  /** Whether an attribution cue governs the quotation. */
  attributed: boolean;
  /**
   * Where `text` lies in a larger text, with an index over a region that contains it: nested
   * quotations share their text, so each reading it again would be quadratic in the depth.
   */
  at?: { index: TextIndex; start: number; end: number };
}

/** Most words the classifier ever counts (it only asks "at most 3", "at most 6", "at least 4"). */
const WORD_LIMIT = 7;

// (ASCII by its code, as `chars.ts` tests it: no one-character string per character read)
function isLetterOrDigitAt(s: string, i: number, end: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return isLetterOrDigit(characterAt(s, i, end));
}

function isLetterAt(s: string, i: number, end: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return isLetter(characterAt(s, i, end));
}

function isUpperAt(s: string, i: number, end: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return isUpper(characterAt(s, i, end));
}

/**
 * Next-position tables over one region of a text (built once, linear): where the next letter,
 * letter-or-digit and whitespace stand from any position. A code point counts where it starts.
 */
export class TextIndex {
  private readonly nextLetter: Int32Array;
  private readonly nextWordChar: Int32Array;
  private readonly nextSpace: Int32Array;

  constructor(
    readonly text: string,
    readonly lo: number,
    readonly hi: number,
  ) {
    const n = hi - lo;
    this.nextLetter = new Int32Array(n + 1).fill(hi);
    this.nextWordChar = new Int32Array(n + 1).fill(hi);
    this.nextSpace = new Int32Array(n + 1).fill(hi);
    for (let i = hi - 1; i >= lo; i--) {
      const k = i - lo;
      const c = text.charCodeAt(i);
      // a low surrogate after its high half (in the region) belongs to the code point before it
      const tail = i > lo && endsSurrogatePair(text, i);
      this.nextLetter[k] = !tail && isLetterAt(text, i, hi) ? i : this.nextLetter[k + 1];
      this.nextWordChar[k] = !tail && isLetterOrDigitAt(text, i, hi) ? i : this.nextWordChar[k + 1];
      this.nextSpace[k] = isJsSpace(c) ? i : this.nextSpace[k + 1];
    }
  }

  letter(p: number): number {
    return this.nextLetter[p - this.lo];
  }
  wordChar(p: number): number {
    return this.nextWordChar[p - this.lo];
  }
  space(p: number): number {
    return this.nextSpace[p - this.lo];
  }
}

/**
 * The whitespace-separated pieces of `s[start, end)` that hold a letter or digit, counted up to
 * `WORD_LIMIT`: one pass, each character read once (a piece counts at its first letter or digit).
 */
function wordCount(s: string, start: number, end: number): number {
  let words = 0;
  let counted = false;
  for (let i = start; i < end; i++) {
    if (isJsSpace(s.charCodeAt(i))) counted = false;
    else if (!counted && isLetterOrDigitAt(s, i, end)) {
      if (++words === WORD_LIMIT) break;
      counted = true;
    }
  }
  return words;
}

/** The features of the quoted text the classifier reads, each in bounded time with an index. */
function features(ctx: QuotationContext): { words: number; startsUpper: boolean; endsLikeSentence: boolean; endsComma: boolean } {
  const s = ctx.at ? ctx.at.index.text : ctx.text;
  const start = ctx.at ? ctx.at.start : 0;
  const end = ctx.at ? ctx.at.end : ctx.text.length;
  const idx = ctx.at?.index;
  // words: whitespace-separated pieces with a letter or digit, counted up to WORD_LIMIT
  let words = 0;
  if (idx) {
    let p = start;
    while (p < end && words < WORD_LIMIT) {
      // the piece holding the next letter or digit counts once; go on after its end
      const w = Math.min(idx.wordChar(p), end);
      if (w >= end) break;
      words++;
      p = Math.min(idx.space(w), end);
    }
  } else words = wordCount(s, start, end);
  // the first letter (a code point) decides the case
  let first: number;
  if (idx) first = Math.min(idx.letter(start), end);
  else {
    first = start;
    while (first < end && !isLetterAt(s, first, end)) first++;
  }
  const startsUpper = first < end && isUpperAt(s, first, end);
  const last = end > start ? s[end - 1] : '';
  const beforeLast = end - 1 > start ? s[end - 2] : '';
  const endsLikeSentence = last === '.' || last === '!' || last === '?' || last === '…' || (last === ',' && (beforeLast === '.' || beforeLast === '!' || beforeLast === '?'));
  return { words, startsUpper, endsLikeSentence, endsComma: last === ',' };
}

/**
 * Classifies a quotation: `scare` (a term or title nobody is quoted for), `partial` (a fragment
 * inside the writer's sentence) or `direct` (a quoted sentence or more). Reads at most a few
 * words of the quotation: bounded time with `ctx.at`, linear in its length without.
 */
export function classifyQuotation(ctx: QuotationContext): QuotationKind {
  const { words, startsUpper, endsLikeSentence, endsComma } = features(ctx);
  const last = ctx.before.length ? ctx.before[ctx.before.length - 1] : null;
  // "so-called ...", "the documentary ...": a term, even with a cue nearby
  if (last && last.isWord && SCARE_INTRODUCERS.has(last.lower) && words <= 6 && !endsLikeSentence) return 'scare';
  if (last && last.isWord && last.lower === 'as' && ctx.before.length >= 2 && ['known', 'such'].includes(ctx.before[ctx.before.length - 2].lower)) {
    return 'scare';
  }
  const atSentenceStart = !last || last.text === ':' || (ctx.before.length <= 1 && !last.isWord);
  // a short unattributed fragment inside a sentence is a term, not a quotation
  if (!ctx.attributed && words <= 3 && !(endsLikeSentence && startsUpper && atSentenceStart)) return 'scare';
  if (atSentenceStart) return 'direct';
  if (startsUpper && (endsLikeSentence || endsComma) && (last.text === ',' || last.text === '—' || !last.isWord)) return 'direct';
  if (startsUpper && endsLikeSentence && words >= 4) return 'direct';
  return 'partial';
}

// (one is made per nested quotation's outermost quotation: see shapes.ts)
keepShape('TextIndex', () => new TextIndex('', 0, 0));
