/**
 * Property tests of the analysis core: for random and mutated article text the analysis never
 * throws, every span is well-formed, quotations nest properly, entity links hold and the result
 * is deterministic (see `invariants.ts`). Fixed seeds and bounded runs keep CI deterministic;
 * `npx tsx scripts/fuzz.ts` runs the same properties for much longer.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeArticle, type Article } from '../../server/src/core';
import { articleText, SEED } from './arbitraries';
import { articleViolations, checkAnalysis } from './invariants';
import { PROPERTIES } from './properties';

/** The seed of every property here: change it only on purpose (a failure prints its own). */
const SEED_BASE = 20240601;

const RUNS: Record<keyof typeof PROPERTIES, number> = {
  'article-like text': 400,
  'raw UTF-16 (lone surrogates, controls)': 300,
  'mutated seed article': 150,
  'article-like text glued to mutated seed': 60,
};

describe('core properties (fast-check, fixed seeds)', () => {
  Object.entries(PROPERTIES).forEach(([name, property], i) => {
    it(name, () => {
      fc.assert(property, { seed: SEED_BASE + i, numRuns: RUNS[name as keyof typeof PROPERTIES], includeErrorInReport: true });
    });
  });

  it('edge cases', () => {
    const cases = [
      '', ' ', '\n', '\r', '\r\n', '\n\r', '\u0000', '\ud83d', '\ude00', '\ude00\ud83d', '😀', '"', '“', '”', '«', '„', "'", '’',
      '"\ud83d"', '“😀', '---', '---\n', '---\n---', '---\n---\n', '<!--', '[[', '```', '`', '](', 'TK', '\u0301', '"\r"',
      '"a\r\n\r\n"b', '"😀\n\n"😀', 'TrumpDonald Trump', 'A TrumpDonald John TrumpX MORE', SEED, SEED.replace(/\n/g, '\r\n'), SEED.replace(/\n/g, '\r'),
    ];
    for (const text of cases) {
      for (const format of ['article', 'markdown', 'plaintext'] as const) {
        assert.doesNotThrow(() => checkAnalysis(text, { format }), `${JSON.stringify(text.slice(0, 40))} as ${format}`);
      }
    }
  });
});

/**
 * The properties must be able to fail: each broken analyser below breaks one invariant, and
 * the checker has to notice it (so a green run means something).
 */
describe('the properties can fail', () => {
  const TEXT = 'Headline\n\n“Russia has to get out,” Trump told reporters 😀. "Open\n\nMore.';
  const open = TEXT.indexOf('"');
  /** A valid analysis of TEXT, built by hand so it does not depend on the engines. */
  const base = (): Article => ({
    text: TEXT,
    frontMatter: null,
    headline: { start: 0, end: 8 },
    paragraphs: [
      { index: 0, kind: 'headline', span: { start: 0, end: 8 } },
      { index: 1, kind: 'body', span: { start: 10, end: TEXT.indexOf('\n\nMore') } },
      { index: 2, kind: 'body', span: { start: TEXT.length - 5, end: TEXT.length } },
    ],
    excluded: [],
    quotations: [
      { id: 'q0', span: { start: 10, end: 35 }, text: 'Russia has to get out,', kind: 'direct', style: 'curly', closed: true, parentId: null, paragraph: 1, speaker: null },
      { id: 'q1', span: { start: open, end: TEXT.indexOf('\n\nMore') }, text: 'Open', kind: 'direct', style: 'straight', closed: false, parentId: null, paragraph: 1, speaker: null },
    ],
    mentions: [],
    entities: [],
    findings: [{ code: 'unbalanced-quote', severity: 'error', message: 'never closed', span: { start: open, end: open + 1 } }],
  });
  const fakeEntity = (a: Article) => {
    a.mentions.push({ id: 'mX', span: { start: 35, end: 40 }, text: 'Trump', type: 'person', entityId: 'eX' });
    a.entities.push({ id: 'eX', name: 'Trump', type: 'person', mentionIds: ['mX'], introducedBy: 'mX', roles: [] });
    return a;
  };
  const emoji = TEXT.indexOf('😀');
  const broken: Record<string, (a: Article) => Article> = {
    'span past the end': (a) => ((a.paragraphs[0].span = { start: 0, end: TEXT.length + 1 }), a),
    'reversed span': (a) => ((a.quotations[0].span = { start: 5, end: 4 }), a),
    'negative span': (a) => ((a.findings[0].span = { start: -1, end: 0 }), a),
    'span splitting a surrogate pair': (a) => ((a.paragraphs[1].span = { start: emoji + 1, end: emoji + 2 }), a),
    'fix edit splitting a surrogate pair': (a) => (a.findings[0].fixes = [{ title: 't', edits: [{ span: { start: emoji + 1, end: emoji + 1 }, newText: '' }] }], a),
    'overlapping quotations': (a) => ((a.quotations[1].span = { start: a.quotations[0].span.end - 3, end: a.quotations[0].span.end + 5 }), a),
    'nested quotation without parentId': (a) => ((a.quotations[1].span = { start: a.quotations[0].span.start + 1, end: a.quotations[0].span.end - 1 }), a),
    'speaker inside its quotation': (a) => {
      const q = a.quotations[0];
      q.speaker = { text: 'Russia', span: { start: q.span.start + 1, end: q.span.start + 7 }, kind: 'named', entityId: null, cue: null };
      return a;
    },
    'mention of a missing entity': (a) => ((fakeEntity(a).mentions[0].entityId = 'e404'), a),
    'entity with a missing mention': (a) => (fakeEntity(a).entities[0].mentionIds.push('m404'), a),
    'unknown rule code': (a) => ((a.findings[0].code = 'no-such-rule' as never), a),
    'text not kept': (a) => ({ ...a, text: a.text + ' ' }),
  };
  for (const [name, breakIt] of Object.entries(broken)) {
    it(name, () => {
      assert.deepEqual(articleViolations(TEXT, base()), [], 'the unbroken analysis passes');
      assert.doesNotThrow(() => checkAnalysis(TEXT, {}, base));
      assert.throws(() => checkAnalysis(TEXT, {}, () => breakIt(base())), /invariant/);
    });
  }
  it('an analyser that throws', () => {
    assert.throws(() => checkAnalysis(TEXT, {}, () => { throw new RangeError('boom'); }), /threw: RangeError: boom/);
  });
  it('a nondeterministic analyser', () => {
    let n = 0;
    assert.throws(() => checkAnalysis(TEXT, {}, () => ({ ...base(), headline: n++ ? null : { start: 0, end: 8 } })), /twice gave different/);
  });
  it('fast-check finds and reports a counterexample', () => {
    // a bug that needs a surrogate pair and a quotation mark: the shrunk input shows both
    const buggy = (text: string) => {
      const a = analyzeArticle(text);
      const i = text.search(/[\ud800-\udbff][\udc00-\udfff]/);
      if (i >= 0 && /["“]/.test(text)) a.paragraphs.push({ index: 99, kind: 'body', span: { start: i + 1, end: i + 1 } });
      return a;
    };
    assert.throws(
      () => fc.assert(fc.property(articleText, (t) => void checkAnalysis(t, {}, buggy)), { seed: SEED_BASE, numRuns: 400, includeErrorInReport: true }),
      /Counterexample[\s\S]*splits a surrogate pair/,
    );
  });
});
