/**
 * Adversarial inputs for the scaling test (`stress.test.ts`): each case makes a text of size n
 * (n counts items: marks, words, characters…); the test compares n with 8n.
 */
import type { AnalyzeOptions } from '../../server/src/core';
import { prng } from '../../bench/corpus';
import { QUOTE_MARKS, SEED } from './arbitraries';

const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
const capitalised = (r: () => number) => {
  const len = 3 + Math.floor(r() * 6);
  let w = String.fromCharCode(65 + Math.floor(r() * 26));
  for (let i = 1; i < len; i++) w += String.fromCharCode(97 + Math.floor(r() * 26));
  return w;
};
/** `count` items joined: `make(i, r)` gives the i-th item. */
const many = (count: number, make: (i: number, r: () => number) => string, sep = '') => {
  const r = prng(count);
  const parts: string[] = new Array(count);
  for (let i = 0; i < count; i++) parts[i] = make(i, r);
  return parts.join(sep);
};
const prose = SEED.replace(/\s*\n\s*/g, ' ');

/**
 * The sizes below are the issue's (8n = 10^5 marks, words, apostrophes, TKs; a 5 MB paragraph).
 * CI runs them scaled by `COPYDESK_STRESS_SCALE` (default 0.25) to stay well under a minute;
 * `COPYDESK_STRESS_SCALE=1` runs the full sizes. Tiny timings grow the size automatically.
 */
export const SCALE = Number(process.env.COPYDESK_STRESS_SCALE ?? 0.25);

export interface Case {
  name: string;
  /** The input for size n (n counts items: marks, words, characters…). */
  make: (n: number) => string;
  /** The smaller size; the larger is 8n. */
  n: number;
  options?: Partial<AnalyzeOptions>;
}

export const CASES: Case[] = [
  { name: 'quotation marks of every kind, with words', n: 12_500, make: (n) => many(n, (_, r) => pick(r, QUOTE_MARKS) + pick(r, ['', 'a', 'word ', ' ', 'Trump said ', '\n\n'])) },
  { name: 'quotation marks of every kind, glued', n: 12_500, make: (n) => many(n, (_, r) => pick(r, QUOTE_MARKS)) },
  { name: 'balanced quotations with speakers', n: 4_000, make: (n) => many(n, (i, r) => `"We will ${pick(r, ['win', 'go', 'stay'])}," ${pick(r, ['Trump', 'Maduro', 'he', 'she', 'a senior official'])} said. `, ' ') },
  { name: 'capitalised words in a row', n: 12_500, make: (n) => many(n, (_, r) => capitalised(r), ' ') },
  { name: 'capitalised words in a row, with said', n: 12_500, make: (n) => many(n, (i, r) => capitalised(r) + (i % 7 === 6 ? ' said "yes." ' : ' ')) },
  { name: 'a paragraph of prose (5 MB at 8n)', n: 640_000, make: (n) => prose.repeat(Math.ceil(n / prose.length) + 1).slice(0, n) },
  { name: 'paragraphs of the seed article', n: 120_000, make: (n) => SEED.repeat(Math.ceil(n / SEED.length)).slice(0, n) },
  { name: 'deeply nested quotations "\'"\'…', n: 12_500, make: (n) => many(n, (i) => (i % 2 ? "'" : '"')) + ' inner ' + many(n, (i) => ((n - 1 - i) % 2 ? "'" : '"')) },
  { name: 'nested curly quotations “‘“‘…', n: 12_500, make: (n) => many(n, (i) => (i % 2 ? '‘' : '“')) + 'inner' + many(n, (i) => ((n - 1 - i) % 2 ? '’' : '”')) },
  { name: 'apostrophes', n: 12_500, make: (n) => many(n, (_, r) => pick(r, ["'", "' ", "don't ", "'90s ", "rock 'n' roll ", 'it’s ', '’', "O'Brien's "])) },
  { name: 'TK markers', n: 12_500, make: (n) => many(n, (_, r) => pick(r, ['TK', 'TK ', 'TKTK ', '[TK] ', 'tk '])) },
  { name: 'one long word', n: 100_000, make: (n) => 'a'.repeat(n) },
  { name: 'glued capitalised names without spaces', n: 4_000, make: (n) => many(n, (_, r) => pick(r, ['Trump', 'Maduro', 'Guaidó', 'Pompeo'])) },
  { name: 'glued names with a full name and no MORE (hover-card candidates)', n: 3_000, make: (n) => many(n, () => 'President TrumpDonald John TrumpDefense ', '') },
  { name: 'unclosed [[ notes', n: 200_000, make: (n) => many(n, () => '[[a ') },
  { name: 'unclosed ]( link targets', n: 200_000, make: (n) => many(n, () => 'x]( ') },
  { name: 'unclosed code spans and comments', n: 12_500, make: (n) => many(n, (_, r) => pick(r, ['``x ', '<!- ', '<https://', ' `a'])) },
  { name: 'paragraphs each opening an unclosed quotation (run-over chain)', n: 6_000, make: (n) => many(n, () => '"Run on and on\n\n') },
  { name: 'one-line paragraphs with a name and a pronoun quote', n: 3_000, make: (n) => many(n, (_, r) => `${capitalised(r)} ${capitalised(r)} arrived.\n\n"Yes," he said.\n\n`) },
  { name: 'lines without spaces of mixed punctuation', n: 25_000, make: (n) => many(n, (_, r) => pick(r, ['.', ',', '-', '—', '…', '?', '!', ':', ';', '(', ')'])) },
  { name: 'CR-only line endings', n: 6_000, make: (n) => many(n, (_, r) => `${capitalised(r)} said "x."\r`) },
  { name: 'surrogate pairs and lone surrogates', n: 12_500, make: (n) => many(n, (_, r) => pick(r, ['😀', '\ud83d', '\ude00', ' ', '"', 'é\u0301'])) },
  { name: 'front matter with many keys', n: 3_000, make: (n) => `---\n${many(n, (i) => `k${i}: "v ${i}"\n`)}---\nBody "quote," he said.\n` },
];

