import { scanQuoteMarks, type ClassifiedMark } from '../quotes';
import type { TextEdit } from '../types';
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
    const { marks } = scanQuoteMarks(doc);
    const straight: ClassifiedMark[] = [];
    const curly: ClassifiedMark[] = [];
    for (const m of marks) {
      if (m.role === 'apostrophe') continue;
      if (m.char === STRAIGHT_DOUBLE) straight.push(m);
      else if (CURLY_DOUBLE.includes(m.char)) curly.push(m);
    }
    if (!straight.length || !curly.length) return [];
    const minority = straight.length <= curly.length ? straight : curly;
    const majorityName = minority === straight ? 'curly' : 'straight';
    const first = minority[0];
    return [
      {
        span: { start: first.at, end: first.at + 1 },
        message: `Straight (${straight.length}) and curly (${curly.length}) quotation marks are mixed; most are ${majorityName}.`,
        related: minority.slice(1, 20).map((m) => ({ span: { start: m.at, end: m.at + 1 }, message: 'Mixed quotation mark' })),
        fixes: [
          { title: 'Use curly quotation marks throughout', edits: toCurly(marks), preferred: majorityName === 'curly' },
          { title: 'Use straight quotation marks throughout', edits: toStraight(marks), preferred: majorityName === 'straight' },
        ],
      },
    ];
  },
};

/** Edits that make every quotation mark and apostrophe curly. */
export function toCurly(marks: ClassifiedMark[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of marks) {
    let to = m.char;
    const opening = m.role === 'open' || m.role === 'continue';
    if (m.char === '"') to = opening ? '“' : m.role === 'close' ? '”' : m.char;
    else if (m.char === "'") to = opening ? '‘' : '’';
    if (to !== m.char) edits.push({ span: { start: m.at, end: m.at + 1 }, newText: to });
  }
  return edits;
}

/** Edits that make every curly double and single quotation mark and apostrophe straight. */
export function toStraight(marks: ClassifiedMark[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of marks) {
    let to = m.char;
    if (m.char === '“' || m.char === '”') to = m.role === 'apostrophe' ? m.char : '"';
    else if (m.char === '‘' || m.char === '’') to = "'";
    if (to !== m.char) edits.push({ span: { start: m.at, end: m.at + 1 }, newText: to });
  }
  return edits;
}
