import { paragraphTexts, type ScannedDocument } from '../markup/scan';
import { memoPerParagraph } from '../memo';
import { isSpaceOrEdge } from '../chars';
import { isWordCharAt } from '../words';
import { familyOf, isElision, MARK_CHARS, markContext, type ClassifiedMark, type MarkFamily } from './marks';

/** A pair of marks found by the scanner, before ids, kinds and speakers. */
export interface RawQuotation {
  start: number;
  /** End of the span: after the closing mark, or the paragraph end when unclosed. */
  end: number;
  openChar: string;
  closed: boolean;
  paragraph: number;
}

/** What the mark scanner found: quotation spans and the role of every mark character. */
export interface MarkScan {
  quotations: RawQuotation[];
  /**
   * Every mark, paragraph by paragraph in document order, without a copy: each paragraph's list
   * (`at` from its start, shared between analyses while the paragraph scans the same: read-only) and its start.
   */
  paragraphMarks: { lists: readonly (readonly ClassifiedMark[])[]; bases: readonly number[] };
}

/** An opening mark waiting for its closer, in paragraph coordinates (-1: carried in from the paragraph before). */
interface Opener {
  at: number;
  char: string;
  family: MarkFamily;
  /** Index into the paragraph's marks, so a discarded single opener can be turned back into an apostrophe. */
  markIndex: number;
}

/** A quotation found in one paragraph, in its coordinates; `start` -1 is the opener carried in. */
interface LocalQuotation {
  start: number;
  end: number;
  openChar: string;
  closed: boolean;
}

/**
 * One paragraph's scan in paragraph coordinates: a pure function of the paragraph text, the
 * mark carried in (a quotation running over from the paragraph before), the family the next
 * paragraph opens with, and `tail` (text after the paragraph an elision check read, rarely any).
 */
interface ParagraphScan {
  carriedIn: string | null;
  nextOpens: MarkFamily | null;
  tail: string;
  /** How many characters past the paragraph end the scan looked at (`tail` is shorter at the document end). */
  tailLength: number;
  quotations: LocalQuotation[];
  /** Marks with `at` relative to the paragraph start. */
  marks: ClassifiedMark[];
  /** The opener that runs over into the next paragraph (`at` -1: the one carried in), or null. */
  carry: { at: number; char: string } | null;
}

/** A quotation running over into the next paragraph: its opening mark in document coordinates. */
interface Carried {
  at: number;
  char: string;
  paragraph: number;
}

/** Closing characters each opening character accepts. */
const CLOSERS: Record<string, string> = {
  '"': '"”“',
  '“': '”"“',
  '”': '”"',
  '„': '“”"',
  "'": "'’",
  '‘': '’\'',
  '‚': '‘’',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};

/**
 * Pairs the quotation marks of the article text (`doc.masked`, so excluded regions never
 * count). One pass with a stack per paragraph: linear in the text length. Single marks are
 * apostrophes unless they open in an opening context and later close; a quotation left open at
 * a paragraph end runs over when the next paragraph opens with a mark of the same family.
 * Each paragraph's scan is memoised by its text (and what runs in and out of it), so a
 * re-analysis only scans the paragraphs that changed.
 */
export function scanQuoteMarks(doc: ScannedDocument): MarkScan {
  let scan = scans.get(doc);
  if (!scan) scans.set(doc, (scan = scanDocumentMarks(doc)));
  return scan;
}

/** One scan per document: the quotation finder and the quote-style rule share it (read-only). */
const scans = new WeakMap<ScannedDocument, MarkScan>();

/** Paragraph scans by paragraph text; a few variants for what runs in and out of the paragraph. */
const paragraphMemo = memoPerParagraph<ParagraphScan[]>();
/** Most variants kept per paragraph text (one in practice). */
const MAX_VARIANTS = 4;

function scanDocumentMarks(doc: ScannedDocument): MarkScan {
  const text = doc.masked;
  const texts = paragraphTexts(doc);
  const paragraphs = doc.paragraphs.filter((p) => p.kind !== 'update-line');
  const quotations: RawQuotation[] = [];
  // at their final size: one entry per paragraph
  const lists: (readonly ClassifiedMark[])[] = new Array(paragraphs.length);
  const bases: number[] = new Array(paragraphs.length);
  let carried: Carried | null = null;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    const base = p.span.start;
    const ps = paragraphScan(texts[p.index], carried?.char ?? null, nextOpensFamily(text, paragraphs[pi + 1]?.span.start), text, base, pi);
    lists[pi] = ps.marks;
    bases[pi] = base;
    for (const q of ps.quotations) {
      if (q.start < 0) quotations.push({ start: carried!.at, end: base + q.end, openChar: carried!.char, closed: q.closed, paragraph: carried!.paragraph });
      else quotations.push({ start: base + q.start, end: base + q.end, openChar: q.openChar, closed: q.closed, paragraph: p.index });
    }
    if (!ps.carry) carried = null;
    else if (ps.carry.at >= 0) carried = { at: base + ps.carry.at, char: ps.carry.char, paragraph: p.index };
  }
  // paragraphs come in order: only a run-over quotation can end up after a later-starting one
  if (!isSorted(quotations)) quotations.sort((a, b) => a.start - b.start || b.end - a.end);
  return { quotations, paragraphMarks: { lists, bases } };
}

function isSorted(list: RawQuotation[]): boolean {
  for (let k = 1; k < list.length; k++) {
    const a = list[k - 1];
    const b = list[k];
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) return false;
  }
  return true;
}

/** The memoised scan of a paragraph (`slot` its index: see `Memo.getAt`), or a new one. */
function paragraphScan(ptext: string, carriedIn: string | null, nextOpens: MarkFamily | null, text: string, base: number, slot: number): ParagraphScan {
  const variants = paragraphMemo.getAt(slot, ptext);
  if (variants) {
    for (const v of variants) {
      // a paragraph without marks scans the same whatever the next paragraph opens with
      const same = v === NO_MARKS ? carriedIn === null : v.carriedIn === carriedIn && v.nextOpens === nextOpens;
      if (same && tailMatches(v, text, base + ptext.length)) return v;
    }
  }
  const ps = scanParagraph(ptext, carriedIn, nextOpens, text, base);
  paragraphMemo.addVariant(slot, ptext, variants, ps, MAX_VARIANTS, 'oldest');
  return ps;
}

/** True when the document has the same characters after the paragraph as the scan read there. */
function tailMatches(v: ParagraphScan, text: string, at: number): boolean {
  return v.tailLength === 0 || (Math.min(v.tailLength, text.length - at) === v.tail.length && text.startsWith(v.tail, at));
}

/**
 * Each mark of MARK_CHARS at its code unit (every mark is one), '' at every other code unit up to
 * the highest mark: a mark found by its code unit is read through it without making a string
 * (`text[i]` makes a new one for each code unit above U+00FF, as curly marks are).
 */
const MARK_BY_CODE = (() => {
  const codes = [...MARK_CHARS].map((m) => m.charCodeAt(0));
  const table = new Array<string>(Math.max(...codes) + 1).fill('');
  for (const m of MARK_CHARS) table[m.charCodeAt(0)] = m;
  return table;
})();

/** True for the code unit of a quotation mark or apostrophe look-alike (MARK_CHARS). */
function isMarkCode(c: number): boolean {
  return c < MARK_BY_CODE.length && MARK_BY_CODE[c] !== '';
}

/** The mark at `i` of `text` (which holds one there), as MARK_CHARS spells it. */
function markAt(text: string, i: number): string {
  return MARK_BY_CODE[text.charCodeAt(i)];
}

/** The scan of a paragraph with no mark and nothing carried into it. */
const NO_MARKS: ParagraphScan = Object.freeze({ carriedIn: null, nextOpens: null, tail: '', tailLength: 0, quotations: [], marks: [], carry: null });

/**
 * `isWordChar(text[i])` of chars.ts (false outside the text), by the word scanner's `isWordCharAt`: the same
 * class, letters, marks and digits, one code unit at a time, so a surrogate half is none.
 */
function wordUnitAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (c < 0xd800 || c > 0xdfff) && isWordCharAt(text, i, c);
}

/** Any character of MARK_CHARS (none of them needs an escape in a character class). */
const ANY_MARK = new RegExp(`[${[...MARK_CHARS].join('')}]`, 'g');

/** The first mark at or after `from`, or -1: a native search (a loop over char codes took about 1.6 times as long). */
function nextMark(ptext: string, from: number): number {
  ANY_MARK.lastIndex = from;
  return ANY_MARK.test(ptext) ? ANY_MARK.lastIndex - 1 : -1;
}

/**
 * Scans one paragraph (`ptext`, which starts at `base` in the document `text`), in paragraph
 * coordinates. `carriedIn` is the opening mark of a quotation running over into it.
 */
function scanParagraph(ptext: string, carriedIn: string | null, nextOpens: MarkFamily | null, text: string, base: number): ParagraphScan {
  let i = nextMark(ptext, 0);
  // most paragraphs of prose have no mark at all
  if (i < 0 && carriedIn === null) return NO_MARKS;
  const st = scanner;
  st.reset();
  const hi = ptext.length;
  /** How far past the paragraph end an elision check read. */
  let tailEnd = hi;
  if (carriedIn !== null) {
    // the run-over quotation's repeated opening mark at the start of this paragraph
    st.marks.push({ at: 0, char: ptext[0], role: 'continue' });
    st.stack.push({ at: -1, char: carriedIn, family: familyOf(carriedIn), markIndex: -1 });
    st.outer.push(0);
    i = nextMark(ptext, 1);
  }
  const { marks, stack, outer } = st;
  for (; i >= 0; i = nextMark(ptext, i + 1)) {
    const c = markAt(ptext, i);
    const family = familyOf(c);
    if (family === 'single' && wordUnitAt(ptext, i - 1) && wordUnitAt(ptext, i + 1)) {
      // an apostrophe inside a word ("don't"), the most common single mark: no context needed
      marks.push({ at: i, char: c, role: 'apostrophe' });
      continue;
    }
    const ctx = markContext(ptext, i, 0, hi);
    if (family === 'single') {
      const top = stack.length ? stack[stack.length - 1] : null;
      if (top && top.family === 'single' && ctx.canClose && CLOSERS[top.char].includes(c)) {
        st.close(stack.length - 1, i, c);
        continue;
      }
      if (ctx.canOpen && c !== '’') {
        // the elision check reads up to 8 characters, past the paragraph end near it
        if (i + 8 > hi) tailEnd = Math.max(tailEnd, i + 8);
        if (!isElision(text, base + i)) {
          st.open(i, c);
          continue;
        }
      }
      marks.push({ at: i, char: c, role: 'apostrophe' });
      continue;
    }
    const oi = outer.length ? outer[outer.length - 1] : -1;
    const o = oi >= 0 ? stack[oi] : null;
    const matches = o !== null && o.family === family && CLOSERS[o.char].includes(c);
    // a mark with a space before and a word after opens a nested quotation instead of closing
    const clearlyOpens = ctx.canOpen && !ctx.canClose && '"“„«‹'.includes(c);
    if (matches && !clearlyOpens) {
      st.close(oi, i, c);
      continue;
    }
    if (c === '”' || ((c === '»' || c === '›') && !ctx.canOpen)) {
      if (c === '”' && ctx.canOpen && !ctx.canClose) st.open(i, c); // sloppy ” used as an opener
      else marks.push({ at: i, char: c, role: 'apostrophe' });
      continue;
    }
    if (ctx.canClose && !ctx.canOpen && (c === '"' || c === '“')) {
      // a stray closing mark: nothing to pair with
      marks.push({ at: i, char: c, role: 'apostrophe' });
      continue;
    }
    st.open(i, c);
  }
  const tail = tailEnd > hi ? text.slice(base + hi, base + tailEnd) : '';
  const carry = st.finish(nextOpens, hi);
  // the memo keeps the lists: copies at their size, not the scanner's grown by `push` (see core/lists.ts)
  return { carriedIn, nextOpens, tail, tailLength: tailEnd - hi, quotations: st.quotations.slice(), marks: marks.slice(), carry: carry && { at: carry.at, char: carry.char } };
}

/**
 * The pairing state of one paragraph's scan: a stack of openers and what was found. One instance
 * (`scanner`), reset for each paragraph: its lists keep the room they grew to, and what a paragraph's
 * scan keeps is copied out of them.
 */
class ParagraphScanner {
  readonly quotations: LocalQuotation[] = [];
  readonly marks: ClassifiedMark[] = [];
  readonly stack: Opener[] = [];
  /** Stack indexes of the non-single openers (and the carried one), so lookups skip pending single marks in O(1). */
  readonly outer: number[] = [];

  /** Empties the lists for the next paragraph. */
  reset(): void {
    this.quotations.length = 0;
    this.marks.length = 0;
    this.stack.length = 0;
    this.outer.length = 0;
  }

  /**
   * The paragraph end (`hi`): pending single openers were apostrophes after all, an outer quotation
   * left open is unclosed unless the next paragraph opens with its family (`nextOpens`). Returns the
   * opener that runs over into the next paragraph, or null.
   */
  finish(nextOpens: MarkFamily | null, hi: number): Opener | null {
    const { stack, outer } = this;
    const first = outer.length ? outer[0] : -1;
    if (first < 0) {
      if (stack.length && stack[0].family === 'single' && nextOpens === 'single') {
        const carry = stack[0];
        this.discardAbove(0);
        return carry;
      }
      this.discardAbove(-1);
      return null;
    }
    const o = stack[first];
    this.discardAbove(first);
    if (nextOpens === o.family) return o;
    this.quotations.push({ start: o.at, end: hi, openChar: o.char, closed: false });
    return null;
  }

  /** Drops the openers above `index`: pending single marks were apostrophes. */
  discardAbove(index: number): void {
    for (let k = this.stack.length - 1; k > index; k--) {
      const o = this.stack[k];
      // (the carried opener sits at the bottom of the stack and in `outer`: never discarded here)
      if (o.family === 'single' && o.markIndex >= 0) this.marks[o.markIndex].role = 'apostrophe';
    }
    this.stack.length = index + 1;
  }

  /** The mark `char` at `at` closes the opener at stack `index`. */
  close(index: number, at: number, char: string): void {
    this.discardAbove(index);
    const o = this.stack.pop()!;
    if (this.outer.length && this.outer[this.outer.length - 1] === index) this.outer.pop();
    this.marks.push({ at, char, role: 'close' });
    this.quotations.push({ start: o.at, end: at + 1, openChar: o.char, closed: true });
  }

  /** The mark `char` at `at` opens a quotation. */
  open(at: number, char: string): void {
    const family = familyOf(char);
    this.marks.push({ at, char, role: 'open' });
    if (family !== 'single') this.outer.push(this.stack.length);
    this.stack.push({ at, char, family, markIndex: this.marks.length - 1 });
  }
}

/** The family of the opening mark a paragraph starts with when it continues a run-over quotation, or null. */
function nextOpensFamily(text: string, start: number | undefined): MarkFamily | null {
  if (start === undefined) return null;
  // (the code unit first: most paragraphs start with no mark)
  if (!isMarkCode(text.charCodeAt(start))) return null;
  const c = markAt(text, start);
  if (c === '’') return null;
  return isSpaceOrEdge(text[start + 1]) ? null : familyOf(c);
}

/** The scanner every paragraph's scan resets and fills (one paragraph at a time: scans never nest). */
const scanner = new ParagraphScanner();
