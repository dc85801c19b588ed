import type { ScannedDocument } from '../markup/scan';
import type { Paragraph } from '../types';
import { isSpaceOrEdge, isWordChar } from './chars';
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
  marks: ClassifiedMark[];
}

interface Opener {
  at: number;
  char: string;
  family: MarkFamily;
  paragraph: number;
  /** Index into `marks`, so a discarded single opener can be turned back into an apostrophe. */
  markIndex: number;
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
 */
export function scanQuoteMarks(doc: ScannedDocument): MarkScan {
  let scan = scans.get(doc);
  if (!scan) scans.set(doc, (scan = scan0(doc)));
  return scan;
}

/** One scan per document: the quotation finder and the quote-style rule share it (read-only). */
const scans = new WeakMap<ScannedDocument, MarkScan>();

function scan0(doc: ScannedDocument): MarkScan {
  const text = doc.masked;
  const quotations: RawQuotation[] = [];
  const marks: ClassifiedMark[] = [];
  let carried: Opener | null = null;
  const paragraphs = doc.paragraphs.filter((p) => p.kind !== 'update-line');
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    const { start: lo, end: hi } = p.span;
    const stack: Opener[] = [];
    /** Stack indexes of the non-single openers, so lookups skip pending single marks in O(1). */
    const outer: number[] = [];
    let i = lo;
    if (carried) {
      // the run-over quotation's repeated opening mark at the start of this paragraph
      marks.push({ at: lo, char: text[lo], role: 'continue' });
      stack.push(carried);
      outer.push(0);
      carried = null;
      i = lo + 1;
    }
    const discardAbove = (index: number) => {
      for (let k = stack.length - 1; k > index; k--) {
        const o = stack[k];
        if (o.family === 'single') marks[o.markIndex].role = 'apostrophe';
      }
      stack.length = index + 1;
    };
    const close = (index: number, at: number) => {
      discardAbove(index);
      const o = stack.pop()!;
      if (outer.length && outer[outer.length - 1] === index) outer.pop();
      marks.push({ at, char: text[at], role: 'close' });
      quotations.push({ start: o.at, end: at + 1, openChar: o.char, closed: true, paragraph: o.paragraph });
    };
    const open = (at: number) => {
      const family = familyOf(text[at]);
      marks.push({ at, char: text[at], role: 'open' });
      if (family !== 'single') outer.push(stack.length);
      stack.push({ at, char: text[at], family, paragraph: p.index, markIndex: marks.length - 1 });
    };
    for (; i < hi; i++) {
      const code = text.charCodeAt(i);
      if (code < 0xab && code !== 34 && code !== 39) continue;
      const c = text[i];
      if (!MARK_CHARS.has(c)) continue;
      const family = familyOf(c);
      const ctx = markContext(text, i, lo, hi);
      if (family === 'single') {
        const prev = i > lo ? text[i - 1] : undefined;
        const next = i + 1 < hi ? text[i + 1] : undefined;
        if (isWordChar(prev) && isWordChar(next)) {
          marks.push({ at: i, char: c, role: 'apostrophe' });
          continue;
        }
        const top = stack.length ? stack[stack.length - 1] : null;
        if (top && top.family === 'single' && ctx.canClose && CLOSERS[top.char].includes(c)) {
          close(stack.length - 1, i);
          continue;
        }
        if (ctx.canOpen && c !== '’' && !isElision(text, i)) {
          open(i);
          continue;
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
        close(oi, i);
        continue;
      }
      if (c === '”' || ((c === '»' || c === '›') && !ctx.canOpen)) {
        if (c === '”' && ctx.canOpen && !ctx.canClose) open(i); // sloppy ” used as an opener
        else marks.push({ at: i, char: c, role: 'apostrophe' });
        continue;
      }
      if (ctx.canClose && !ctx.canOpen && (c === '"' || c === '“')) {
        // a stray closing mark: nothing to pair with
        marks.push({ at: i, char: c, role: 'apostrophe' });
        continue;
      }
      open(i);
    }
    // paragraph end: pending single openers were apostrophes after all
    const first = outer.length ? outer[0] : -1;
    if (first < 0) {
      if (stack.length && stack[0].family === 'single' && nextOpens(text, paragraphs[pi + 1], 'single')) {
        carried = stack[0];
        discardAbove(0);
        continue;
      }
      discardAbove(-1);
      continue;
    }
    const o = stack[first];
    discardAbove(first);
    if (nextOpens(text, paragraphs[pi + 1], o.family)) carried = o;
    else quotations.push({ start: o.at, end: hi, openChar: o.char, closed: false, paragraph: o.paragraph });
  }
  quotations.sort((a, b) => a.start - b.start || b.end - a.end);
  marks.sort((a, b) => a.at - b.at);
  return { quotations, marks };
}

/** True when the paragraph starts with an opening mark of the family (a run-over quotation). */
function nextOpens(text: string, next: Paragraph | undefined, family: MarkFamily): boolean {
  if (!next || next.kind === 'update-line') return false;
  const c = text[next.span.start];
  if (!MARK_CHARS.has(c) || c === '’') return false;
  if (familyOf(c) !== family) return false;
  return !isSpaceOrEdge(text[next.span.start + 1]);
}
