/**
 * No superlinear blow-up: adversarial inputs are analysed at two sizes, n and 8n (the minimum
 * of up to three runs each), and time(8n)/time(n) must stay under a generous bound. Never an
 * absolute time, so a slow CI machine does not fail it. When a case fails, the 8n run is
 * profiled and the message names the source files that took the time (the module to fix).
 */
import assert from 'node:assert/strict';
import { Session } from 'node:inspector';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArticle, type AnalyzeOptions } from '../../server/src/core';
import { QUOTE_MARKS, SEED } from './arbitraries';

/** Linear is 8; n log n is about 9 to 10; quadratic is 64. */
const BOUND = 24;
/** Below this, timer noise dominates: the sizes are doubled until time(n) reaches it. */
const MIN_MS = 8;

/** A deterministic pseudo-random generator (mulberry32), so the inputs never change. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
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

interface Case {
  name: string;
  /** The input for size n (n counts items: marks, words, characters…). */
  make: (n: number) => string;
  /** The smaller size; the larger is 8n. */
  n: number;
  options?: Partial<AnalyzeOptions>;
}

const CASES: Case[] = [
  { name: 'quotation marks of every kind, with words', n: 12_500, make: (n) => many(n, (_, r) => pick(r, QUOTE_MARKS) + pick(r, ['', 'a', 'word ', ' ', 'Trump said ', '\n\n'])) },
  { name: 'quotation marks of every kind, glued', n: 12_500, make: (n) => many(n, (_, r) => pick(r, QUOTE_MARKS)) },
  { name: 'balanced quotations with speakers', n: 4_000, make: (n) => many(n, (i, r) => `"We will ${pick(r, ['win', 'go', 'stay'])}," ${pick(r, ['Trump', 'Maduro', 'he', 'she', 'a senior official'])} said. `, ' ') },
  { name: 'capitalised words in a row', n: 12_500, make: (n) => many(n, (_, r) => capitalised(r), ' ') },
  { name: 'capitalised words in a row, with said', n: 6_000, make: (n) => many(n, (i, r) => capitalised(r) + (i % 7 === 6 ? ' said "yes." ' : ' ')) },
  { name: 'a paragraph of prose (5 MB at 8n)', n: 640_000, make: (n) => prose.repeat(Math.ceil(n / prose.length) + 1).slice(0, n) },
  { name: 'paragraphs of the seed article', n: 150_000, make: (n) => SEED.repeat(Math.ceil(n / SEED.length)).slice(0, n) },
  { name: 'deeply nested quotations "\'"\'…', n: 12_500, make: (n) => many(n, (i) => (i % 2 ? "'" : '"')) + ' inner ' + many(n, (i) => ((n - 1 - i) % 2 ? "'" : '"')) },
  { name: 'nested curly quotations “‘“‘…', n: 12_500, make: (n) => many(n, (i) => (i % 2 ? '‘' : '“')) + 'inner' + many(n, (i) => ((n - 1 - i) % 2 ? '’' : '”')) },
  { name: 'apostrophes', n: 12_500, make: (n) => many(n, (_, r) => pick(r, ["'", "' ", "don't ", "'90s ", "rock 'n' roll ", 'it’s ', '’', "O'Brien's "])) },
  { name: 'TK markers', n: 12_500, make: (n) => many(n, (_, r) => pick(r, ['TK', 'TK ', 'TKTK ', '[TK] ', 'tk '])) },
  { name: 'one long word', n: 100_000, make: (n) => 'a'.repeat(n) },
  { name: 'glued capitalised names without spaces', n: 12_500, make: (n) => many(n, (_, r) => pick(r, ['Trump', 'Maduro', 'Guaidó', 'Pompeo'])) },
  { name: 'glued names with a full name and no MORE (hover-card candidates)', n: 3_000, make: (n) => many(n, () => 'President TrumpDonald John TrumpDefense ', '') },
  { name: 'unclosed [[ notes', n: 12_500, make: (n) => many(n, () => '[[a ') },
  { name: 'unclosed ]( link targets', n: 12_500, make: (n) => many(n, () => 'x]( ') },
  { name: 'unclosed code spans and comments', n: 12_500, make: (n) => many(n, (_, r) => pick(r, ['``x ', '<!- ', '<https://', ' `a'])) },
  { name: 'paragraphs each opening an unclosed quotation (run-over chain)', n: 6_000, make: (n) => many(n, () => '"Run on and on\n\n') },
  { name: 'one-line paragraphs with a name and a pronoun quote', n: 3_000, make: (n) => many(n, (_, r) => `${capitalised(r)} ${capitalised(r)} arrived.\n\n"Yes," he said.\n\n`) },
  { name: 'lines without spaces of mixed punctuation', n: 25_000, make: (n) => many(n, (_, r) => pick(r, ['.', ',', '-', '—', '…', '?', '!', ':', ';', '(', ')'])) },
  { name: 'CR-only line endings', n: 12_500, make: (n) => many(n, (_, r) => `${capitalised(r)} said "x."\r`) },
  { name: 'surrogate pairs and lone surrogates', n: 12_500, make: (n) => many(n, (_, r) => pick(r, ['😀', '\ud83d', '\ude00', ' ', '"', 'é\u0301'])) },
  { name: 'front matter with many keys', n: 3_000, make: (n) => `---\n${many(n, (i) => `k${i}: "v ${i}"\n`)}---\nBody "quote," he said.\n` },
];

/** Milliseconds of one analysis. */
function time(text: string, options?: Partial<AnalyzeOptions>): number {
  const t0 = process.hrtime.bigint();
  analyzeArticle(text, options);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** The minimum of up to `runs` timings; stops early once `enough` says so. */
function minTime(text: string, options: Partial<AnalyzeOptions> | undefined, runs: number, enough: (ms: number) => boolean = () => false): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    best = Math.min(best, time(text, options));
    if (enough(best)) break;
  }
  return best;
}

/** Which source files took the time of one analysis (self time from a CPU profile). */
async function hotFiles(text: string, options?: Partial<AnalyzeOptions>): Promise<string> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
  try {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
    await post('Profiler.start');
    analyzeArticle(text, options);
    const { profile } = await post<{ profile: { nodes: { callFrame: { url: string; functionName: string }; hitCount?: number }[] } }>('Profiler.stop');
    const byFile = new Map<string, number>();
    let total = 0;
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      total += hits;
      const url = node.callFrame.url.replace(/^file:\/\//, '');
      const file = url.includes('/node_modules/') ? `node_modules/${url.split('/node_modules/')[1].split('/')[0]}` : url ? path.relative(path.resolve(__dirname, '../..'), url) : `(${node.callFrame.functionName || 'native'})`;
      const key = `${file} ${node.callFrame.functionName || '(anonymous)'}`;
      byFile.set(key, (byFile.get(key) ?? 0) + hits);
    }
    return [...byFile]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([k, hits]) => `${Math.round((100 * hits) / Math.max(1, total))}% ${k}`)
      .join('; ');
  } finally {
    session.disconnect();
  }
}

describe(`analysis time grows linearly: time(8n)/time(n) < ${BOUND}`, () => {
  for (const c of CASES) {
    it(c.name, async (t) => {
      let n = c.n;
      let small = c.make(n);
      time(small, c.options); // warm up the JIT
      let tn = minTime(small, c.options, 3);
      // tiny timings are noise: grow until the small size is measurable
      while (tn < MIN_MS && n < c.n * 64) {
        n *= 2;
        small = c.make(n);
        tn = minTime(small, c.options, 3);
      }
      const large = c.make(8 * n);
      const t8n = minTime(large, c.options, 3, (ms) => ms / tn < BOUND);
      const ratio = t8n / tn;
      t.diagnostic(`n=${n} (${small.length} code units): ${tn.toFixed(1)} ms; 8n (${large.length}): ${t8n.toFixed(1)} ms; ratio ${ratio.toFixed(1)}`);
      if (ratio >= BOUND) {
        const hot = await hotFiles(large, c.options);
        assert.fail(
          `superlinear analysis time for "${c.name}": time(8n)/time(n) = ${ratio.toFixed(1)} (bound ${BOUND}; ` +
            `n=${small.length} code units took ${tn.toFixed(1)} ms, 8n took ${t8n.toFixed(1)} ms). ` +
            `Hot spots at 8n (self time; the module to look at): ${hot}`,
        );
      }
    });
  }
});
