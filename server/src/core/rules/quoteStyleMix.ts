import { scanQuoteMarks, type ClassifiedMark } from '../quotes';
import { clearWithMemos } from '../memo';
import type { Fix, TextEdit } from '../types';
import type { Rule } from './rule';

const STRAIGHT_DOUBLE = '"';
const CURLY_DOUBLE = '“”';

/**
 * `quote-style-mix`: straight and curly double quotation marks in one article. Two fixes:
 * every quotation mark (and apostrophe, to match) to curly, or all to straight.
 */
export const quoteStyleMix: Rule = {
  code: 'quote-style-mix',
  description: 'Straight and curly double quotation marks are mixed in one article.',
  run({ doc }) {
    // counted paragraph by paragraph: a document of one style makes no list of its marks
    const { lists, bases } = scanQuoteMarks(doc).paragraphMarks;
    let straightCount = 0;
    let curlyCount = 0;
    for (const list of lists) {
      if (!list.length) continue;
      const marks = marksOf(list);
      straightCount += marks.straight;
      curlyCount += marks.curly;
    }
    if (!straightCount || !curlyCount) return [];
    const minorityStyle = straightCount <= curlyCount ? 'straight' : 'curly';
    const majorityName = minorityStyle === 'straight' ? 'curly' : 'straight';
    // the first minority mark, and the next 19 as related places
    const minority: number[] = [];
    for (let k = 0; k < lists.length && minority.length < 20; k++) {
      const list = lists[k];
      // (each list's counts were read above: `marksOf` finds them kept)
      if (!list.length || marksOf(list)[minorityStyle] === 0) continue;
      for (const m of list) {
        if (doubleStyle(m) !== minorityStyle) continue;
        minority.push(bases[k] + m.at);
        if (minority.length >= 20) break;
      }
    }
    return [
      {
        span: { start: minority[0], end: minority[0] + 1 },
        message: `Straight (${straightCount}) and curly (${curlyCount}) quotation marks are mixed; most are ${majorityName}.`,
        related: minority.slice(1).map((at) => ({ span: { start: at, end: at + 1 }, message: 'Mixed quotation mark' })),
        fixes: [
          fixListedOnRead('Use curly quotation marks throughout', () => paragraphEdits(lists, bases, true), majorityName === 'curly'),
          fixListedOnRead('Use straight quotation marks throughout', () => paragraphEdits(lists, bases, false), majorityName === 'straight'),
        ],
      },
    ];
  },
};

/**
 * A fix whose edits are listed when first read: they touch every mark of the article (a
 * thousand edits, new ones after every keystroke for each paragraph it moved), and only a code
 * action or a report reads them. Read once, they stay (the same list every time, as a plain field).
 */
function fixListedOnRead(title: string, list: () => TextEdit[], preferred: boolean): Fix {
  return {
    title,
    get edits(): TextEdit[] {
      const edits = list();
      Object.defineProperty(this, 'edits', { value: edits, enumerable: true, writable: true, configurable: true });
      return edits;
    },
    preferred,
  };
}

/**
 * What the rule knows of a paragraph's (shared, never changed) list of marks: its straight and
 * curly double marks, and its edits of each fix placed at `base` (made when a fix is first read).
 */
interface ListMarks {
  straight: number;
  curly: number;
  base: number;
  toCurly: TextEdit[] | undefined;
  toStraight: TextEdit[] | undefined;
}

/** Each list of marks the rule has read, with what it knows of it. */
let marksByList = new WeakMap<readonly ClassifiedMark[], ListMarks>();
clearWithMemos(() => {
  marksByList = new WeakMap();
});

/** What the rule knows of `list`, its marks counted once. */
function marksOf(list: readonly ClassifiedMark[]): ListMarks {
  let marks = marksByList.get(list);
  if (marks === undefined) {
    let straight = 0;
    let curly = 0;
    for (const m of list) {
      const style = doubleStyle(m);
      if (style === 'straight') straight++;
      else if (style === 'curly') curly++;
    }
    marks = { straight, curly, base: -1, toCurly: undefined, toStraight: undefined };
    marksByList.set(list, marks);
  }
  return marks;
}

/** The style of a double quotation mark (an apostrophe or any other mark: null). */
function doubleStyle(m: ClassifiedMark): 'straight' | 'curly' | null {
  if (m.role === 'apostrophe') return null;
  if (m.char === STRAIGHT_DOUBLE) return 'straight';
  return CURLY_DOUBLE.includes(m.char) ? 'curly' : null;
}

/**
 * `toCurly` (or `toStraight`) of every paragraph's marks, in document order. A paragraph at the
 * start it had in the last analysis gives back the same edit objects (never changed): a keystroke
 * makes new ones only for the paragraphs it moved.
 */
function paragraphEdits(lists: readonly (readonly ClassifiedMark[])[], bases: readonly number[], curly: boolean): TextEdit[] {
  const perParagraph: TextEdit[][] = [];
  let count = 0;
  for (let k = 0; k < lists.length; k++) {
    const list = lists[k];
    if (!list.length) continue;
    const marks = marksOf(list);
    if (marks.base !== bases[k]) {
      marks.base = bases[k];
      marks.toCurly = marks.toStraight = undefined;
    }
    const edits = curly ? (marks.toCurly ??= toCurly(list, bases[k])) : (marks.toStraight ??= toStraight(list, bases[k]));
    perParagraph.push(edits);
    count += edits.length;
  }
  // one list at its final size (pushing a thousand edits copies it several times)
  const out: TextEdit[] = new Array(count);
  let n = 0;
  for (const edits of perParagraph) for (const e of edits) out[n++] = e;
  return out;
}

/** Edits that make every quotation mark and apostrophe curly (marks at `at + base`). */
function toCurly(marks: readonly ClassifiedMark[], base: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of marks) {
    let to = m.char;
    const opening = m.role === 'open' || m.role === 'continue';
    if (m.char === '"') to = opening ? '“' : m.role === 'close' ? '”' : m.char;
    else if (m.char === "'") to = opening ? '‘' : '’';
    if (to !== m.char) edits.push({ span: { start: base + m.at, end: base + m.at + 1 }, newText: to });
  }
  return edits;
}

/** Edits that make every curly double and single quotation mark and apostrophe straight (marks at `at + base`). */
function toStraight(marks: readonly ClassifiedMark[], base: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of marks) {
    let to = m.char;
    if (m.char === '“' || m.char === '”') to = m.role === 'apostrophe' ? m.char : '"';
    else if (m.char === '‘' || m.char === '’') to = "'";
    if (to !== m.char) edits.push({ span: { start: base + m.at, end: base + m.at + 1 }, newText: to });
  }
  return edits;
}
