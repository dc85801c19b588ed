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

/** Where the quoted text lies: in `ctx.at`'s text when given (`QuotationContext.at`), else `ctx.text` whole. */
function quotedText(ctx: QuotationContext): string {
  return ctx.at ? ctx.at.index.text : ctx.text;
}
function quotedStart(ctx: QuotationContext): number {
  return ctx.at ? ctx.at.start : 0;
}
function quotedEnd(ctx: QuotationContext): number {
  return ctx.at ? ctx.at.end : ctx.text.length;
}

/** The whitespace-separated pieces of the quoted text with a letter or digit, counted up to `WORD_LIMIT` (bounded time with an index). */
function wordsOf(ctx: QuotationContext): number {
  const end = quotedEnd(ctx);
  const idx = ctx.at?.index;
  if (!idx) return wordCount(quotedText(ctx), quotedStart(ctx), end);
  let words = 0;
  let p = quotedStart(ctx);
  while (p < end && words < WORD_LIMIT) {
    // the piece holding the next letter or digit counts once; go on after its end
    const w = Math.min(idx.wordChar(p), end);
    if (w >= end) break;
    words++;
    p = Math.min(idx.space(w), end);
  }
  return words;
}

/** Whether the quoted text's first letter (a code point) is upper case. */
function startsUpper(ctx: QuotationContext): boolean {
  const s = quotedText(ctx);
  const start = quotedStart(ctx);
  const end = quotedEnd(ctx);
  let first: number;
  if (ctx.at) first = Math.min(ctx.at.index.letter(start), end);
  else {
    first = start;
    while (first < end && !isLetterAt(s, first, end)) first++;
  }
  return first < end && isUpperAt(s, first, end);
}

/** Whether the quoted text ends like a sentence: `.`, `!`, `?`, `…`, or a comma after one of `.!?`. */
function endsLikeSentence(ctx: QuotationContext): boolean {
  const s = quotedText(ctx);
  const start = quotedStart(ctx);
  const end = quotedEnd(ctx);
  const last = end > start ? s.charCodeAt(end - 1) : -1;
  if (last === 46 || last === 33 || last === 63 || last === 0x2026) return true;
  const beforeLast = end - 1 > start ? s.charCodeAt(end - 2) : -1;
  return last === 44 && (beforeLast === 46 || beforeLast === 33 || beforeLast === 63);
}

/** Whether the quoted text ends in a comma. */
function endsInComma(ctx: QuotationContext): boolean {
  const end = quotedEnd(ctx);
  return end > quotedStart(ctx) && quotedText(ctx).charCodeAt(end - 1) === 44;
}

/**
 * Classifies a quotation: `scare` (a term or title nobody is quoted for), `partial` (a fragment
 * inside the writer's sentence) or `direct` (a quoted sentence or more). Reads at most a few
 * words of the quotation: bounded time with `ctx.at`, linear in its length without. Each feature
 * of the quoted text is read only where the answer depends on it (most attributed quotations
 * open a sentence: their words are never counted).
 */
export function classifyQuotation(ctx: QuotationContext): QuotationKind {
  const last = ctx.before.length ? ctx.before[ctx.before.length - 1] : null;
  // "so-called ...", "the documentary ...": a term, even with a cue nearby
  if (last && last.isWord && SCARE_INTRODUCERS.has(last.lower) && !endsLikeSentence(ctx) && wordsOf(ctx) <= 6) return 'scare';
  if (last && last.isWord && last.lower === 'as' && ctx.before.length >= 2 && AS_SCARE_INTRODUCERS.has(ctx.before[ctx.before.length - 2].lower)) {
    return 'scare';
  }
  const atSentenceStart = !last || last.text === ':' || (ctx.before.length <= 1 && !last.isWord);
  // a short unattributed fragment inside a sentence is a term, not a quotation
  if (!ctx.attributed && !(atSentenceStart && endsLikeSentence(ctx) && startsUpper(ctx)) && wordsOf(ctx) <= 3) return 'scare';
  if (atSentenceStart) return 'direct';
  if (!startsUpper(ctx)) return 'partial';
  const sentenceEnd = endsLikeSentence(ctx);
  if ((sentenceEnd || endsInComma(ctx)) && (last.text === ',' || last.text === '—' || !last.isWord)) return 'direct';
  if (sentenceEnd && wordsOf(ctx) >= 4) return 'direct';
  return 'partial';
}

/** The words before "as" that make a quotation after it a term ("known as", "such as"). */
const AS_SCARE_INTRODUCERS: ReadonlySet<string> = new Set(['known', 'such']);

// (one is made per nested quotation's outermost quotation: see shapes.ts)
keepShape('TextIndex', () => new TextIndex('', 0, 0));
