/**
 * Why an analysis right after a full GC is slower than one right after another, without the GC: times the same
 * analyses in four conditions, interleaved round by round in one process (so that the machine's load falls on all alike):
 *
 * - `back to back`: right after an analysis of the same row (which every condition has first, untimed);
 * - `after a full GC`: right after `gc()`, as the bench's first throughput table times them;
 * - `after 20 ms asleep`: after a 20 ms timer and no GC at all;
 * - `after 20 ms busy`: after 20 ms of a loop that touches no memory, and no GC.
 *
 * If the two pauses cost as much as the GC, what makes the run slower is the time it waited, not the collector's work: the
 * CPU caches the analysis had filled (its code, its tables, the memory it allocates into) are cold again, on a machine
 * whose other work (the host's, other processes') used them meanwhile. A server meets that after every idle moment.
 *
 * The texts: first analyses of texts from a few words to 4,000 (each run a new variant), and edits of a 20,000-word
 * article (one letter typed at one place, two from the 27th run: each run a text not seen before), the server's
 * keystroke path. The conditions run in the orders of a balanced Latin square, round by round, so that each follows
 * each other as often; the last row counts the collections that started inside each condition's timed runs.
 *
 *   node --import tsx bench/coldCaches.ts [shipped-core.js] [rounds]
 *
 * Without a bundle it builds the core as shipped (`withShippedBundle`) into a temporary folder.
 */
import * as os from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { countWords, editOffset, generateProse, readSeed, variant, warmUpWith } from './corpus';
import { upperMedian } from './median';
import { loadShipped, withShippedBundle } from './shippedBuild';
import { gc } from './timing';

const PAUSE_MS = 20;

interface Condition {
  name: string;
  /** What happens between the untimed input's making and the timed analysis. */
  before: () => Promise<void> | void;
}

const CONDITIONS: Condition[] = [
  { name: 'back to back', before: () => undefined },
  { name: 'after a full GC', before: () => gc() },
  { name: `after ${PAUSE_MS} ms asleep`, before: () => new Promise((resolve) => setTimeout(resolve, PAUSE_MS)) },
  {
    name: `after ${PAUSE_MS} ms busy`,
    before: () => {
      const until = performance.now() + PAUSE_MS;
      while (performance.now() < until);
    },
  },
];

/** The conditions' orders, one a round in turn: a balanced Latin square, each condition right after each other once in four rounds. */
const ORDERS: readonly (readonly number[])[] = [
  [0, 1, 3, 2],
  [1, 2, 0, 3],
  [2, 3, 1, 0],
  [3, 0, 2, 1],
];

/** One row: a name and the next input to analyse (each call a text the paragraph caches have not seen). */
interface Row {
  name: string;
  words: number;
  next: () => string;
}

function rowsOf(): Row[] {
  const seed = readSeed();
  const news = (words: number, seedNumber: number) => generateProse(words, seedNumber);
  const texts: [string, string][] = [
    ['one sentence', '“We will win,” said Mayor Tom Reed on Tuesday.'],
    ['one paragraph', news(60, 11)],
    ...(seed ? [['the seed', seed] as [string, string]] : []),
    ['news 1k', news(1_000, 12)],
    ['news 4k', news(4_000, 13)],
  ];
  let k = 0;
  const rows: Row[] = texts.map(([name, text]) => ({ name, words: countWords(text), next: () => variant(text, ++k) }));
  // the keystroke path: a new character each run at one place of a 20,000-word article
  const article = news(20_000, 14);
  const at = editOffset(article);
  let typed = 0;
  // (a new text every run, never one typed before: a text seen again would be a paragraph-cache hit)
  rows.push({ name: 'news 20k, an edit', words: countWords(article), next: () => article.slice(0, at) + editOf(typed++) + article.slice(at) });
  return rows;
}

/** The `n`-th edit: one character, or more once the 26 letters are used up, so that no two edits give the same text. */
function editOf(n: number): string {
  let s = '';
  do {
    s += 'abcdefghijklmnopqrstuvwxyz'[n % 26];
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

async function main(): Promise<void> {
  const [bundleArg, roundsArg] = process.argv.slice(2);
  await withShippedBundle(bundleArg, 'copydesk-cold-', async (bundle) => {
    const core = loadShipped(bundle);
    const rounds = Number(roundsArg ?? 31);
    let k = 0;
    warmUpWith((text) => core.analyzeArticle(variant(text, ++k)));
    const rows = rowsOf();
    // the JIT settles on every row first, and the 20k article is in the caches as the server has an open document
    for (const row of rows) for (let i = 0; i < 10; i++) core.analyzeArticle(row.next());
    const load = os.loadavg()[0];
    const times = rows.map(() => CONDITIONS.map(() => [] as number[]));
    // the timed runs' windows by condition, to count the collections that fell in them (V8's gc entries, read at the end)
    const windows = CONDITIONS.map(() => [] as [number, number][]);
    const collections: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) collections.push(e.startTime);
    });
    observer.observe({ entryTypes: ['gc'] });
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < rows.length; i++) {
        for (const c of ORDERS[r % ORDERS.length]) {
          // each condition starts from the same state: right after an untimed analysis of the same row
          core.analyzeArticle(rows[i].next());
          const input = rows[i].next();
          await CONDITIONS[c].before();
          const t0 = performance.now();
          core.analyzeArticle(input);
          const t1 = performance.now();
          times[i][c].push(t1 - t0);
          windows[c].push([t0, t1]);
        }
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    const inWindows = (c: number) => collections.filter((start) => windows[c].some(([a, b]) => start >= a && start < b)).length;
    console.log(`analyzeArticle, ms: medians of ${rounds} rounds, the conditions interleaved (load average ${load.toFixed(1)} → ${os.loadavg()[0].toFixed(1)})`);
    console.log(`| text | words | ${CONDITIONS.map((c) => c.name).join(' | ')} |`);
    console.log(`|---|---:|${CONDITIONS.map(() => '---:').join('|')}|`);
    rows.forEach((row, i) => console.log(`| ${row.name} | ${row.words.toLocaleString('en-US')} | ${times[i].map((ts) => upperMedian(ts).toFixed(2)).join(' | ')} |`));
    console.log(`| collections that started inside the ${rows.length * rounds} timed runs of each | | ${CONDITIONS.map((_, c) => inWindows(c)).join(' | ')} |`);
  });
}

void main();
