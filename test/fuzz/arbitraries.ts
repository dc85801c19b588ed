/**
 * fast-check arbitraries for article-like text: words, names, every quotation mark, apostrophes,
 * astral characters and lone surrogates, combining accents, all line endings, control characters,
 * very long lines, front matter, HTML comments, code, `[[notes]]`, TK, pasted hover cards,
 * and mutations of the seed article.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { AnalyzeOptions } from '../../server/src/core';

/** The seed article (CI checks out `shared/` beside the repository). */
export const SEED_PATH = path.resolve(__dirname, '../../../shared/corpus/seed/trump-russia-venezuela.txt');
export const SEED = readFileSync(SEED_PATH, 'utf8');

export const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '‹', '›', '„', '‚', '「', '」'] as const;

const WORDS = [
  'the', 'a', 'of', 'to', 'in', 'and', 'that', 'on', 'was', 'is', 'has', 'get', 'out', 'said', 'told', 'says', 'added',
  'according', 'reporters', 'officials', 'spokesperson', 'spokeswoman', 'he', 'she', 'they', 'it', 'his', 'her',
  'their', 'asked', 'warned', 'statement', 'source', 'who', 'requested', 'anonymity', 'very', 'well', 'know',
  'leader', 'president', 'minister', 'secretary', 'senior', 'official', 'wrote', 'tweeted', 'quipped', 'TK', 'TKTK',
  "don't", 'it’s', "rock 'n' roll", "'90s", 'o’clock', 'U.S.', 'Mr.', 'Dr.', 'Sen.', 'Inc.', 'a.m.', 'p.m.',
];
const NAMES = [
  'Trump', 'Donald Trump', 'Donald John Trump', 'Juan Guaidó', 'Guaidó', 'Guaido', 'Nicolás Maduro', 'Maduro', 'Mike Pompeo',
  'Pompeo', 'Fabiana Rosales', 'Rosales', 'Russia', 'Venezuela', 'Caracas', 'the Kremlin', 'Kremlin', 'NATO', 'the U.S.',
  'Secretary of State Mike Pompeo', 'President Trump', 'Vladimir Putin', 'Putin', 'Sen. Marco Rubio', 'Rubio',
  'al-Assad', "O'Brien", 'O’Neill', 'Jean-Luc Picard', 'José María Aznar', 'Zoë', 'Ngũgĩ wa Thiong’o', 'Trump’s', "Maduro's",
];
const PUNCT = ['.', ',', ';', ':', '!', '?', '—', '–', '-', '(', ')', '[', ']', '…', '/', '&', '*', '#', '_', '<', '>', '`'];
const SPACES = [' ', ' ', ' ', '  ', '\t', '\u00a0', '\u202f', '\u2009', '\u200b'];
const LINE_BREAKS = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', '\n\r', '\u2028', '\u2029', '\f', '\v', '\n \n'];
const ASTRAL = ['😀', '👍🏽', '👨‍👩‍👧', '🇻🇪', '𝐓𝐫𝐮𝐦𝐩', '𠜎', '𝔘', '🏳️‍🌈', '\u{1F600}\u0301'];
const LONE_SURROGATES = ['\ud83d', '\ude00', '\udbff', '\udc00', '\ude00\ud83d'];
const COMBINING = ['\u0301', '\u0308', '\u0327', 'e\u0301', 'A\u030a', '\u0301\u0301\u0301', '\u200d', '\ufe0f'];
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u001b', '\u007f', '\u0085', '\ufeff', '\ufffd', '\ufffe', '\uffff'];
const MARKUP = [
  '---\nheadline: "A headline"\nbyline: Jane Doe\n---\n',
  '---\r\nslug: x\r\n---\r\n',
  '---\n: : [ bad yaml\n---\n',
  '---\nentities:\n  Guaidó: [Guaido]\n...\n',
  '---\n',
  '<!-- a "comment" -->',
  '<!-- unterminated "comment',
  '-->',
  '```\n"code" said he\n```\n',
  '~~~\nx\n',
  '```',
  '`say "hi"`',
  '``',
  '[[check "this" TK]]',
  '[[unclosed note',
  ']]',
  '[the "report"](https://example.org/"a")',
  '](',
  '<https://example.org/x>',
  '# Headline',
  'Advertisement\n',
  'Story continues below advertisement\n',
  'Read more: Other story\n',
  'EDS: embargoed until 6 a.m.\n',
  "Editor's note: corrected.\n",
  'Updated 4:05 p.m.\n',
  'TK',
  '[TK]',
  'TKTKTK',
];
const HOVER_CARDS = [
  'President TrumpDonald John TrumpDefense workers belong at home Maduro pushes back MORE on Wednesday',
  'Secretary of State Mike PompeoMichael (Mike) Richard PompeoTrump pledges cooperation MORE said',
  'Sen. Marco RubioMarco Antonio RubioThe Hill',
  'GuaidóJuan Guaidó',
  'TrumpDonald John TrumpMORE',
];
const CUES = ['said', 'told reporters', 'according to', 'said in a statement', 'wrote on Twitter', 'added', 'asked', 'says'];

/** Quotation-shaped fragments: balanced, unbalanced, nested and run together. */
const quoted = fc
  .tuple(fc.constantFrom(...QUOTE_MARKS), fc.array(fc.constantFrom(...WORDS, ...NAMES), { maxLength: 6 }), fc.constantFrom(...QUOTE_MARKS), fc.constantFrom('', ',', '.', '?'))
  .map(([open, words, close, p]) => `${open}${words.join(' ')}${p}${close}`);
const nested = fc.integer({ min: 1, max: 12 }).map((n) => {
  let s = 'inner';
  for (let i = 0; i < n; i++) s = i % 2 ? `"${s}"` : `'${s}'`;
  return s;
});
const attribution = fc
  .tuple(quoted, fc.constantFrom(...NAMES, 'he', 'she', 'they', 'a senior official', 'the department'), fc.constantFrom(...CUES), fc.boolean())
  .map(([q, who, cue, after]) => (after ? `${q} ${who} ${cue}.` : `${who} ${cue}: ${q}`));
const longLine = fc
  .tuple(fc.constantFrom('word ', 'x', 'Name', '"', '’', 'TK ', 'ab'), fc.integer({ min: 100, max: 3000 }))
  .map(([s, n]) => s.repeat(n));
const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const gluedNames = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES), fc.constantFrom('', ' MORE', ' more MORE', ' MOREover'))
  .map(([a, b, more]) => `${a}${b}${more}`);

/** One fragment of article-like text. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 30 },
  { arbitrary: fc.constantFrom(...NAMES), weight: 12 },
  { arbitrary: fc.constantFrom(...SPACES), weight: 25 },
  { arbitrary: fc.constantFrom(...QUOTE_MARKS), weight: 15 },
  { arbitrary: quoted, weight: 8 },
  { arbitrary: attribution, weight: 6 },
  { arbitrary: nested, weight: 2 },
  { arbitrary: fc.constantFrom(...PUNCT), weight: 8 },
  { arbitrary: fc.constantFrom(...LINE_BREAKS), weight: 8 },
  { arbitrary: fc.constantFrom(...ASTRAL), weight: 3 },
  { arbitrary: astral, weight: 1 },
  { arbitrary: fc.constantFrom(...LONE_SURROGATES), weight: 2 },
  { arbitrary: fc.constantFrom(...COMBINING), weight: 2 },
  { arbitrary: fc.constantFrom(...CONTROLS), weight: 2 },
  { arbitrary: anyUnit, weight: 2 },
  { arbitrary: fc.constantFrom(...MARKUP), weight: 4 },
  { arbitrary: fc.constantFrom(...HOVER_CARDS), weight: 2 },
  { arbitrary: gluedNames, weight: 2 },
  { arbitrary: longLine, weight: 1 },
);

/** Article-like text: a run of fragments, sometimes after front matter or a headline. */
export const articleText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '', '---\nheadline: "H"\n---\n', '---\r\nbyline: "X"\r\n---\r\n', '# Headline\n\n', 'Headline\n\n', '\ufeff'),
    fc.array(fragment, { maxLength: 120 }),
  )
  .map(([head, parts]) => head + parts.join(''));

/** Any sequence of UTF-16 code units, lone surrogates included. */
export const rawText: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 300 });

/** One edit of a text: positions are fractions so the edit fits any text. */
export type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'line-endings'; to: '\r\n' | '\r' | '\n' }
  | { kind: 'truncate'; at: number };

const frac = fc.oneof({ arbitrary: fc.noBias(fc.integer({ min: 0, max: 1_000_000 })), weight: 4 }, { arbitrary: fc.integer({ min: 0, max: 1_000_000 }), weight: 1 }).map((n) => n / 1_000_000);
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: frac, length: fc.integer({ min: 1, max: 200 }) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: frac, text: fragment }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), at: frac, length: fc.integer({ min: 1, max: 40 }), text: fragment }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: frac, length: fc.integer({ min: 1, max: 400 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('line-endings' as const), to: fc.constantFrom('\r\n' as const, '\r' as const, '\n' as const) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: frac }), weight: 1 },
);

/** Applies a mutation (positions may split surrogate pairs and CRLFs: on purpose). */
export function mutate(text: string, m: Mutation): string {
  const pos = (f: number) => Math.min(text.length, Math.floor(f * (text.length + 1)));
  switch (m.kind) {
    case 'delete': {
      const at = pos(m.at);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'insert': {
      const at = pos(m.at);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'replace': {
      const at = pos(m.at);
      return text.slice(0, at) + m.text + text.slice(at + m.length);
    }
    case 'duplicate': {
      const at = pos(m.at);
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    }
    case 'line-endings':
      return text.replace(/\r\n|\r|\n/g, m.to);
    case 'truncate':
      return text.slice(0, pos(m.at));
  }
}

/** The seed article after a few random mutations. */
export const mutatedSeed: fc.Arbitrary<string> = fc.array(mutation, { minLength: 1, maxLength: 8 }).map((ms) => ms.reduce(mutate, SEED));

/** Options the editor and the desk can set. */
export const analyzeOptions: fc.Arbitrary<Partial<AnalyzeOptions>> = fc.record(
  {
    format: fc.constantFrom('article' as const, 'markdown' as const, 'plaintext' as const),
    extraCues: fc.array(fc.constantFrom('quipped', 'mused', 'said', '"', ''), { maxLength: 2 }),
    anonymousWords: fc.array(fc.constantFrom('insider', 'source', ''), { maxLength: 2 }),
    styleSheet: fc.array(
      fc.record({ name: fc.constantFrom('Juan Guaidó', 'Nicolás Maduro', 'Trump', ''), aliases: fc.array(fc.constantFrom('Guaido', 'Maduro', 'Trump', ''), { maxLength: 2 }), roles: fc.constant([]) }),
      { maxLength: 2 },
    ),
    keepApart: fc.array(fc.tuple(fc.constantFrom('Trump', 'Maduro'), fc.constantFrom('Guaidó', 'Trump')), { maxLength: 1 }),
  },
  { requiredKeys: ['format'] },
);

/** Escapes a text so a counterexample can be pasted into a test. */
export function literal(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
