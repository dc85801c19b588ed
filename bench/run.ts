/**
 * Copydesk performance bench (issue "Performance").
 *
 *   node --import tsx bench/run.ts [--quick] [--json] [--profile] [--no-lsp] [--no-vsix] [--only-throughput] [--only-doubling] [--only-keystrokes] [--only-first-edits]
 *
 * Measures, on deterministic generated news prose and the shared corpus texts:
 * core throughput per size and the growth when doubling, the `compromise` baseline on the same
 * texts (timed in a process of its own: compromiseBaseline.ts), time per pipeline stage, incremental re-analysis and navigation (in-process and over
 * LSP against a fresh build of the real server), cold start, server memory (one 20,000-word
 * article; a workspace of 10,000 articles) and bundle sizes. In-process timings are of the code
 * as shipped: bench/shipped.ts bundled with the server's production esbuild options. Medians of
 * repeated runs after a warm-up, with a full GC before each timed run (not for the one-character edit, typing, the
 * in-process navigation and debounced handler, growth when doubling: see `doubling`, or the throughput of texts up to
 * `BACK_TO_BACK_MAX_WORDS` timed back to back as well: `measureBackToBack`). Prints a Markdown report (or JSON with
 * `--json`) and writes `bench/results/latest.json`. Targets are marked ✅/❌; the exit code is
 * always 0. `dist/` is never written: bundles are built into a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PerformanceObserver, constants as perfConstants } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { cliOptions, clientOptions, serverOptions } from '../scripts/bundleOptions.mjs';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import type { Article } from '../server/src/core';
import { countWords, DENSE_QUOTES, editOffset, generateArticle, generateProse, NAME_HEAVY, readSeed, readSharedCorpus, REPO, variant, WARM_UP_ANALYSES, WARM_UP_COMPROMISE_RUNS, warmUpWith } from './corpus';
import { DIAGNOSTICS_DEBOUNCE_MS, type DiagnosticsTiming } from '../server/src/protocol';
import { IDLE_COLLECT_DELAY_MS, youngCollection } from '../server/src/lsp/idleCollector';
import { BenchClient } from './lsp';
import { median } from './median';
import type { ProfileSummary } from './profile';
import { buildShipped, loadShipped, type Shipped } from './shippedBuild';
import { timeCompromiseApart } from './compromiseBaseline';
import { stageMarks } from './stages';
import { backToBackBatch, BACK_TO_BACK_WORDS, gc, measureAwaiting, measureBackToBack, measurer, timeAwaited, timeOnce, timingOf, type Timing } from './timing';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const JSON_ONLY = args.has('--json');
const PROFILE = args.has('--profile');
const LSP = !args.has('--no-lsp');
const VSIX = !args.has('--no-vsix');
/** Only the warm-up and the throughput table, with the `compromise` baseline (nothing written to bench/results). */
const ONLY_THROUGHPUT = args.has('--only-throughput');
/** Only the growth when doubling (its section of the report; nothing written to bench/results). */
const ONLY_DOUBLING = args.has('--only-doubling');
/** Only the keystroke rows over LSP: a word typed into the 20,000-word article, then typing going on (their rows of the report; nothing written to bench/results). */
const ONLY_KEYSTROKES = args.has('--only-keystrokes');
/** Only the rows of the first edits after opening the 20,000-word article, at once and after a reader's pause (nothing written to bench/results). */
const ONLY_FIRST_EDITS = args.has('--only-first-edits');

/** A single run longer than this stops a size series (the rest is reported as skipped). */
const MAX_RUN_MS = QUICK ? 30_000 : 180_000;

const TARGETS = {
  wordsPerSecond: 1_000_000,
  vsCompromise: 20,
  doubling: 2.2,
  editServerMs: 5,
  navigationMs: 2,
  coldStartMs: 300,
  rss20kMb: 80,
  rssWorkspaceMb: 300,
  serverBundleBytes: 1_000_000,
  vsixBytes: 2_000_000,
};

// ---------------------------------------------------------------------------------------------
// Timing

/** A young-generation collection, as the server runs one between keystrokes. */
const collectYoung = youngCollection(gc);

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

const measure = measurer(MAX_RUN_MS);

/** Median of `reps` runs of `fn`, each on its `input()` after `pauseMs` with the process idle (no forced GC). */
function measurePaused<T>(fn: (x: T) => unknown, reps: number, pauseMs: number, input: () => T): Promise<Timing> {
  return measureAwaiting(async () => {
    const x = input();
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    return timeOnce(fn, x);
  }, reps);
}

/** More repetitions for small inputs, where each run is short and noise is high. */
function repsFor(words: number): number {
  // quick: fewer runs, but not so few that one late major GC decides a doubling ratio
  if (QUICK) return words <= 5_000 ? 7 : 5;
  if (words <= 5_000) return 21;
  if (words <= 40_000) return 9;
  if (words <= 300_000) return 5;
  return 3;
}

/** A variant of `text` the paragraph cache has not seen (a new one on every call). */
let variants = 0;
const fresh = (text: string) => variant(text, ++variants);

/**
 * The analysis core and the LSP feature modules timed in process, as shipped: bench/shipped.ts
 * bundled with the server's production options (set in `main` before anything is timed).
 */
let core: Shipped;

const ok = (pass: boolean) => (pass ? '✅' : '❌');
const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–');

// ---------------------------------------------------------------------------------------------
// Texts

interface NamedText {
  name: string;
  text: string;
  words: number;
}

function namedTexts(): NamedText[] {
  const texts: { name: string; text: string | null }[] = [
    { name: 'seed article', text: readSeed() },
    { name: 'news 1k', text: generateProse(1_000) },
    { name: 'news 20k', text: generateProse(20_000) },
    { name: 'dense quotations 20k', text: generateProse(20_000, 2, DENSE_QUOTES) },
    { name: 'name-heavy 20k', text: generateProse(20_000, 3, NAME_HEAVY) },
    // the long texts last, by size: the memos keep about 310 MB of a 1M-word text's results, and
    // every full collection after it marks them, which made the 20k texts timed after it 2-3 times
    // as slow (the shared corpus was timed after it)
    ...(QUICK ? [] : [{ name: 'news 200k', text: generateProse(200_000) }, { name: 'litbank + GUM (shared corpus)', text: readSharedCorpus() }]),
    ...(QUICK ? [] : [{ name: 'news 1M', text: generateProse(1_000_000) }]),
  ];
  return texts.filter((t): t is { name: string; text: string } => t.text !== null).map((t) => ({ ...t, words: countWords(t.text) }));
}

// ---------------------------------------------------------------------------------------------
// Core: throughput, compromise, doubling, stages

interface ThroughputRow {
  name: string;
  words: number;
  /** First analysis: paragraphs the core's paragraph cache has not seen. */
  copydesk: Timing | null;
  copydeskWps: number;
  /** Analysing the very same text again (every paragraph a cache hit), as after an edit. */
  again: Timing | null;
  compromise: Timing | null;
  compromiseWps: number;
  /** Copydesk words/s divided by compromise words/s (how many times faster). */
  ratio: number;
  /** Both libraries' runs back to back (`measureBackToBack`; texts up to `BACK_TO_BACK_MAX_WORDS`), and the ratio so timed. */
  backToBack: { copydesk: Timing; compromise: Timing | null; ratio: number } | null;
  note?: string;
  counts?: { quotations: number; mentions: number; entities: number; findings: number; compromisePeople: number; compromiseQuotations: number };
}

/**
 * The longest text also timed back to back (`measureBackToBack`): past it a batch is one run, which differs from a
 * run of `measure` only by the forced GC before it (and compromise's back-to-back runs of news 1M would add minutes).
 */
const BACK_TO_BACK_MAX_WORDS = 40_000;
/** Timed batches of back-to-back runs, after an untimed one. */
const BACK_TO_BACK_ROUNDS = QUICK ? 3 : 7;

function throughput(texts: NamedText[], tmp: string): ThroughputRow[] {
  const rows: ThroughputRow[] = [];
  let compromiseWps = NaN;
  for (const t of texts) {
    log(`throughput: ${t.name} (${fmt(t.words)} words)`);
    const reps = repsFor(t.words);
    const article = core.analyzeArticle(t.text);
    // first analysis of unseen paragraphs (the headline number), and re-analysis of the same text
    const copydesk = measure((x) => core.analyzeArticle(x), t.name === 'seed article' ? 51 : reps, 0, () => fresh(t.text));
    const again = t.words <= 300_000 ? measure(() => core.analyzeArticle(t.text), t.name === 'seed article' ? 51 : reps, 1) : null;
    const batch = backToBackBatch(t.words);
    const backToBackRuns = t.words <= BACK_TO_BACK_MAX_WORDS ? { batch, rounds: BACK_TO_BACK_ROUNDS } : undefined;
    const copydeskBackToBack = backToBackRuns ? measureBackToBack((x: string) => core.analyzeArticle(x), batch, BACK_TO_BACK_ROUNDS, () => fresh(t.text)) : null;
    // compromise is 15–35 times slower per word: skip a text whose estimated run is over the limit
    const estimate = Number.isFinite(compromiseWps) ? (t.words / compromiseWps) * 1000 : 0;
    let compromise: Timing | null = null;
    let compromiseBackToBack: Timing | null = null;
    let found = { people: NaN, quotations: NaN };
    let note: string | undefined;
    if (estimate > MAX_RUN_MS) note = `compromise skipped: estimated ${fmt(estimate / 1000)} s per run`;
    else {
      const apart = timeCompromiseApart(t.text, { reps: t.name === 'seed article' ? 11 : Math.min(reps, t.words > 100_000 ? 3 : 5), dir: tmp, stopAfterMs: MAX_RUN_MS, backToBack: backToBackRuns });
      compromiseBackToBack = apart.backToBack;
      found = apart;
      compromise = apart.timing;
      compromiseWps = (t.words / compromise.ms) * 1000;
    }
    const cw = (t.words / copydesk.ms) * 1000;
    const pw = compromise ? (t.words / compromise.ms) * 1000 : NaN;
    rows.push({
      name: t.name,
      words: t.words,
      copydesk,
      copydeskWps: cw,
      again,
      compromise,
      compromiseWps: pw,
      ratio: cw / pw,
      backToBack: copydeskBackToBack && {
        copydesk: copydeskBackToBack,
        compromise: compromiseBackToBack,
        ratio: compromiseBackToBack ? compromiseBackToBack.ms / copydeskBackToBack.ms : NaN,
      },
      note,
      counts: {
        quotations: article.quotations.length,
        mentions: article.mentions.length,
        entities: article.entities.length,
        findings: article.findings.length,
        compromisePeople: found.people,
        compromiseQuotations: found.quotations,
      },
    });
  }
  return rows;
}

interface DoublingRow {
  words: number;
  /** Time per analysis (median over rounds of a batch's wall time divided by its analyses). */
  ms: number;
  /** The same by CPU time (user + system, all threads: the collector's parallel work too). */
  cpuMs: number;
  wps: number;
  /** time(this) / time(previous) in the same round, scaled to exactly twice the words: median over rounds. */
  ratio: number;
  /** The same ratio by CPU time (less sensitive to other processes on a busy machine): the one judged. */
  cpuRatio: number;
  /** Lowest and highest CPU-time ratio of the rounds. */
  cpuRatioRange: [number, number];
  /** The CPU time of all rounds of this size over that of the previous size (scaled as `ratio`): every collection counted, none set aside by a median. */
  totalCpuRatio: number;
  /** Rounds in which a full (mark-compact) collection ended inside this size's batch. */
  majorGcRounds: number;
  /** Analyses per batch. */
  batch: number;
  rounds: number;
}

/** Fewest words a doubling batch analyses: enough allocation for several young-generation collections. */
const BATCH_WORDS = QUICK ? 64_000 : 128_000;
/**
 * Rounds of the doubling measure (each times every size once). From 128,000 words a batch is one
 * analysis, and a full collection of the memos' heap (about 310 MB of heap after a 1M-word
 * text) lands in one of them or not: with 7 rounds, the median of the
 * same build's 128k→256k ratio ranged about 1.9–2.4 (7 of 15 rounds drawn, 5th–95th percentile).
 */
const DOUBLING_ROUNDS = 13;

/**
 * Growth when doubling (1k → 1M words). No forced GC: a run right after a full GC finds the young
 * generation empty, so a text whose allocations fit in it ran without a single scavenge while a
 * larger one paid for all of its own, and the first analysis after a full GC is a few ms slower
 * (single ratios swung 1.2–3.2× for the same build). Instead every size is timed as a batch of
 * consecutive first analyses (at least `BATCH_WORDS` words), its time per analysis the batch's
 * time divided by its analyses: the collections the analyses cause stay in, shared out as they
 * fall. The sizes are interleaved in rounds after one untimed batch each, so the machine's load
 * and the heap (memos full of the longest text's paragraphs) are alike for all; a ratio is the
 * median over rounds of time(2n)/time(n) within the same round.
 */
async function doubling(): Promise<{ rows: DoublingRow[]; skipped: number[] }> {
  const all: number[] = [];
  for (let n = 1_000; n <= (QUICK ? 64_000 : 1_024_000); n *= 2) all.push(n);
  const sizes: { text: string; words: number; batch: number }[] = [];
  const skipped: number[] = [];
  const batchOf = (size: { text: string; batch: number }) => {
    const inputs = Array.from({ length: size.batch }, () => fresh(size.text));
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const x of inputs) core.analyzeArticle(x);
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    return { ms: (t1 - t0) / size.batch, cpuMs: (c.user + c.system) / 1000 / size.batch, t0, t1 };
  };
  // full collections, to say in how many rounds one fell in a size's batch (entries come after the round, once the event loop turns)
  const majors: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if ((e as { detail?: { kind?: number } }).detail?.kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR) majors.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  // warm-up: one untimed batch per size, smallest first; a size whose analysis takes too long ends the series
  let stop = false;
  for (const n of all) {
    if (stop) {
      skipped.push(n);
      continue;
    }
    const text = generateProse(n);
    const words = countWords(text);
    const size = { text, words, batch: Math.max(1, Math.ceil(BATCH_WORDS / words)) };
    log(`doubling: warm-up ${fmt(words)} words (${size.batch} per batch)`);
    const t = batchOf(size);
    sizes.push(size);
    if (t.ms * 2.2 > MAX_RUN_MS) stop = true;
  }
  const ms: number[][] = sizes.map(() => []);
  const cpu: number[][] = sizes.map(() => []);
  const majorGcRounds: number[] = sizes.map(() => 0);
  for (let r = 0; r < DOUBLING_ROUNDS; r++) {
    log(`doubling: round ${r + 1} of ${DOUBLING_ROUNDS}`);
    const spans = sizes.map((size, i) => {
      const t = batchOf(size);
      ms[i].push(t.ms);
      cpu[i].push(t.cpuMs);
      return t;
    });
    // a collection's entry reaches the observer two turns of the event loop later
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
    spans.forEach((t, i) => {
      if (majors.some((g) => g.end > t.t0 && g.end <= t.t1)) majorGcRounds[i]++;
    });
    majors.length = 0;
  }
  observer.disconnect();
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const rows = sizes.map((size, i): DoublingRow => {
    const prev = sizes[i - 1];
    const scale = prev ? (2 * prev.words) / size.words : NaN;
    const ratios = (xs: number[][]) => (prev ? xs[i].map((x, r) => (x / xs[i - 1][r]) * scale) : [NaN]);
    const cpuRatios = ratios(cpu);
    return {
      words: size.words,
      ms: median(ms[i]),
      cpuMs: median(cpu[i]),
      wps: (size.words / median(ms[i])) * 1000,
      ratio: median(ratios(ms)),
      cpuRatio: median(cpuRatios),
      cpuRatioRange: [Math.min(...cpuRatios), Math.max(...cpuRatios)],
      totalCpuRatio: prev ? (sum(cpu[i]) / sum(cpu[i - 1])) * scale : NaN,
      majorGcRounds: majorGcRounds[i],
      batch: size.batch,
      rounds: DOUBLING_ROUNDS,
    };
  });
  return { rows, skipped };
}

interface StageSplit {
  name: string;
  words: number;
  stages: { stage: string; ms: number; pct: number }[];
  totalMs: number;
}

/** Times the stages of `analyzeArticle` separately, on its own sequence (`stageMarks`: `analyzeArticleInStages`). */
function stages(name: string, text: string): StageSplit {
  const opts = core.defaultOptions({});
  const samples: number[][] = core.ANALYSIS_STAGES.map(() => []);
  const reps = repsFor(countWords(text));
  for (let i = -1; i < reps; i++) {
    const input = fresh(text);
    gc();
    const t = stageMarks(core, input, opts);
    if (i >= 0) for (let s = 0; s < core.ANALYSIS_STAGES.length; s++) samples[s].push(t[s + 1] - t[s]);
  }
  const ms = samples.map(median);
  const total = ms.reduce((a, b) => a + b, 0);
  return { name, words: countWords(text), stages: core.ANALYSIS_STAGES.map((stage, s) => ({ stage, ms: ms[s], pct: (100 * ms[s]) / total })), totalMs: total };
}

// ---------------------------------------------------------------------------------------------
// In-process editor paths: incremental re-analysis, navigation

/** A position on a person mentioned many times, in the middle of the text. */
function navigationTarget(article: Article): number {
  const counts = new Map<string, number>();
  for (const m of article.mentions) if (m.entityId) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const ms = article.mentions.filter((m) => m.entityId === best);
  const m = ms[ms.length >> 1] ?? article.mentions[article.mentions.length >> 1];
  return m ? m.span.start + 1 : 0;
}

/**
 * Where typing changes a name: the end of the first person's name of two words after the middle
 * of the text whose entity is named at least three times (typing there makes each keystroke's
 * text a new name: "Susan Novak" → "Susan Novaka" …), with that name and its mention count.
 */
function nameEnd(article: Article): { at: number; name: string; mentions: number } {
  const middle = article.text.length >> 1;
  for (const m of article.mentions) {
    const e = article.entities.find((x) => x.id === m.entityId);
    if (m.span.start > middle && e?.type === 'person' && e.mentionIds.length >= 3 && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(m.text)) return { at: m.span.end, name: m.text, mentions: e.mentionIds.length };
  }
  throw new Error('no person named at least three times, once with two words after the middle of the text');
}

/** The word typed keystroke by keystroke, in process and over LSP (longer than warm-up + timed keystrokes, twice). */
const TYPED = 'abcdefghijklmnopqrstuvwxyz'.repeat(6);

/** Keystrokes typed, each waiting for its diagnostics, before the steady-typing keystrokes are timed. */
const STEADY_TYPING_WARM_UP = 200;
/** Keystrokes timed over LSP, typing a word and typing going on (after their warm-up). */
const LSP_TYPING_KEYSTROKES = QUICK ? 21 : 61;

interface InProcess {
  words: number;
  analyzeEditedMs: Timing;
  /** Keystrokes in a row: each run a new one-character insertion, no forced GC between them. */
  typingMs: Timing;
  /**
   * The same typing going on, each keystroke after a pause as long as the server's debounce: what
   * the server's analysis meets (the process idle in between, its caches cold), without LSP.
   */
  typingPausedMs: Timing;
  /** The same, typing at the end of a name (each keystroke changes that name): `name`, named `mentions` times. */
  typingInName: { name: string; mentions: number; ms: Timing };
  cacheEditMs: Timing;
  navigation: Record<string, Timing>;
}

async function inProcess(text: string): Promise<InProcess> {
  const at = editOffset(text);
  log('in-process: analyzeArticle after a one-character edit');
  // each run a new character at `at` (its paragraph analysed afresh, the others from the caches), after a young collection,
  // as the server runs one in its debounce pause. Not the same edited text with a full GC before each run, as this row was: from the
  // second run that re-analysed a text already analysed, while the collector swept on the other core (CPU 14 ms a run)
  let edits = 0;
  const oneCharacterEdit = () => {
    collectYoung();
    return text.slice(0, at) + TYPED[edits++ % TYPED.length] + text.slice(at);
  };
  const analyzeEditedMs = measure((t: string) => core.analyzeArticle(t), repsFor(20_000), 1, oneCharacterEdit, false);
  // typing a word: every keystroke a text the caches have not seen, and the collector left to run
  // as it does in the server (a forced full GC before each run makes the next allocations dearer)
  log('in-process: analyzeArticle per keystroke, typing');
  // warm-up and timed runs share `input`: the timed ones go on typing after the warm-up's keystrokes
  let keystrokes = 0;
  const typingMs = measure((t: string) => core.analyzeArticle(t), 61, 5, () => text.slice(0, at) + TYPED.slice(0, ++keystrokes) + text.slice(at), false);
  log('in-process: analyzeArticle per keystroke, typing with a pause before each keystroke');
  const typingPausedMs = await measurePaused((t: string) => core.analyzeArticle(t), 61, DIAGNOSTICS_DEBOUNCE_MS, () => text.slice(0, at) + TYPED.slice(0, ++keystrokes) + text.slice(at));
  log('in-process: analyzeArticle per keystroke, typing at the end of a name with a pause before each keystroke');
  const name = nameEnd(core.analyzeArticle(text));
  let nameKeystrokes = 0;
  const typedInName = () => text.slice(0, name.at) + TYPED.slice(0, ++nameKeystrokes) + text.slice(name.at);
  const typingInName = { name: name.name, mentions: name.mentions, ms: await measurePaused((t: string) => core.analyzeArticle(t), 61, DIAGNOSTICS_DEBOUNCE_MS, typedInName) };

  log('in-process: ArticleCache after a one-character edit');
  const settings = { options: { format: 'article' as const }, maxFileSize: 2 * 1024 * 1024 };
  const cache = new core.ArticleCache(() => settings);
  const workspace = new core.WorkspaceIndex([], () => settings);
  const uri = 'file:///bench/article.article';
  // the server's own document type, updated change by change with its one line index (`lsp/documents.ts`)
  const doc = core.trackedDocuments.create(uri, 'article', 1, text);
  cache.get(doc);
  let version = 1;
  let inserted = false;
  const edit = () => {
    // (the same position in both texts: the character comes and goes at `at`)
    const change = toggledChange(doc.lines.positionAt(at), inserted);
    inserted = !inserted;
    core.trackedDocuments.update(doc, [change], ++version);
    // the server's young collection in the debounce pause, after the change has been read
    collectYoung();
  };
  // what the debounced diagnostics handler does: analyse (through the cache), index, convert
  const handler = () => {
    const analyzed = cache.get(doc);
    workspace.updateOpen(uri, analyzed.article);
    return core.diagnosticsFor(analyzed);
  };
  // warmed up like the navigation rows, so that the median is not V8 compiling the handler's own code
  const cacheEditMs = measure(handler, repsFor(20_000), 20, edit, false);

  log('in-process: navigation on the analysed article');
  const analyzed = cache.get(doc);
  const position = analyzed.lines.positionAt(navigationTarget(analyzed.article));
  const params = { textDocument: { uri }, position };
  const navigation: Record<string, Timing> = {
    hover: measure(() => core.hoverFor(analyzed, params), 201, 20, undefined, false),
    definition: measure(() => core.definitionFor(analyzed, position), 201, 20, undefined, false),
    references: measure(() => core.referencesFor(analyzed, position), 201, 20, undefined, false),
    documentHighlight: measure(() => core.highlightsFor(analyzed, position), 201, 20, undefined, false),
  };
  return { words: countWords(text), analyzeEditedMs, typingMs, typingPausedMs, typingInName, cacheEditMs, navigation };
}

// ---------------------------------------------------------------------------------------------
// Bundles and the real server

/** Where esbuild writes a bundle for the bench: a temporary folder, never `dist/`. */
const into = (outfile: string) => ({ outfile, logLevel: 'silent' as const });

async function buildBundles(dir: string): Promise<{ server: string; serverBytes: number; serverGzipBytes: number }> {
  const server = path.join(dir, 'server.js');
  await build({ ...serverOptions(true), ...into(server) });
  const bytes = readFileSync(server);
  return { server, serverBytes: bytes.length, serverGzipBytes: gzipSync(bytes).length };
}

interface VsixInfo {
  existing: { file: string; bytes: number; modified: string } | null;
  fresh: { bytes: number } | null;
  error?: string;
}

/** The committed-tree `.vsix` if there is one, and a fresh one packaged in a temporary copy. */
async function vsix(dir: string): Promise<VsixInfo> {
  const found = readdirSync(REPO).filter((f) => /^copydesk-.*\.vsix$/.test(f)).sort();
  const existing = found.length
    ? (() => {
        const file = found[found.length - 1];
        const s = statSync(path.join(REPO, file));
        return { file, bytes: s.size, modified: s.mtime.toISOString() };
      })()
    : null;
  if (!VSIX) return { existing, fresh: null };
  try {
    const stage = path.join(dir, 'vsix');
    mkdirSync(stage, { recursive: true });
    for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'language-configuration.json', '.vscodeignore', 'syntaxes', 'images']) {
      if (existsSync(path.join(REPO, f))) cpSync(path.join(REPO, f), path.join(stage, f), { recursive: true });
    }
    await build({ ...clientOptions(true), ...into(path.join(stage, 'dist/client.js')) });
    await build({ ...serverOptions(true), ...into(path.join(stage, 'dist/server.js')) });
    await build({ ...cliOptions(true), ...into(path.join(stage, 'dist/cli.js')) });
    const out = path.join(dir, 'copydesk.vsix');
    const vsce = path.join(REPO, 'node_modules/.bin/vsce');
    const r = spawnSync(vsce, ['package', '--no-dependencies', '--out', out, '--baseContentUrl', 'https://localhost/', '--baseImagesUrl', 'https://localhost/'], { cwd: stage, input: 'y\ny\ny\n', timeout: 180_000, encoding: 'utf8' });
    if (r.status !== 0 || !existsSync(out)) return { existing, fresh: null, error: `vsce: ${(r.stderr || r.stdout || String(r.error)).trim().split('\n').slice(-3).join(' ')}` };
    return { existing, fresh: { bytes: statSync(out).size } };
  } catch (e) {
    return { existing, fresh: null, error: String(e) };
  }
}

interface LspResults {
  bundle: string;
  /**
   * Starts with the code cache an earlier start wrote (every start but a new build's first):
   * wall time median, min, max; the server's CPU time (all threads) to its first diagnostics; and
   * the first start of this build, which compiles the bundle and writes the cache.
   */
  coldStart: { ms: number; minMs: number; maxMs: number; initializeMs: number; serverCpuMs: number; runs: number; all: number[]; firstStartMs: number };
  /**
   * The first edits after opening, at once and after `READING_PAUSE_MS` in another server: the client's wall time
   * (and minus the debounce), and the server's own time and CPU time (`copydesk/diagnosticsTiming`).
   */
  edit: {
    e2eMs: Timing;
    minusDebounceMs: number;
    serverMs: Timing;
    serverCpuMs: Timing;
    afterPauseMinusDebounceMs: number;
    afterPauseServerMs: Timing;
    afterPauseServerCpuMs: Timing;
    words: number;
  };
  /**
   * Typing a word, one keystroke per change, each waiting for its diagnostics: the server's own
   * time (`copydesk/diagnosticsTiming`: debounce timer fired → publishDiagnostics written), its
   * CPU time and its parts, and the client's wall time minus the debounce.
   */
  typing: { serverMs: Timing; serverCpuMs: Timing; parts: Record<'analyzeMs' | 'indexMs' | 'convertMs' | 'sendMs', number>; wallMinusDebounceMs: Timing; diagnostics: number };
  /** The same typing after `STEADY_TYPING_WARM_UP` keystrokes not counted (and after the memory readings). */
  steadyTyping: LspResults['typing'];
  navigation: Record<string, Timing>;
  /** After initialize, no document open. */
  rssIdle: { rssMb: number; peakMb: number } | null;
  /** Right after the edits, typing and navigation. */
  rss20kBusy: { rssMb: number; peakMb: number } | null;
  /** The same server after 5 s without activity (it collects after `IDLE_COLLECT_DELAY_MS`; a busy machine delays that). */
  rss20k: { rssMb: number; peakMb: number } | null;
  idleWaitMs: number;
  workspace: { articles: number; words: number; firstQueryMs: number; secondQueryMs: number; symbols: number; rssMb: number; peakMb: number } | null;
}

/**
 * Server starts on the seed, spawn → first diagnostics. The bundle is a new build: its first start
 * has no code cache yet (as after an install or update) and is reported on its own; the `reps`
 * starts after it read the cache that start wrote, as every later start does. The servers get a
 * temporary folder of their own for the cache, so an earlier bench run's cache of the same
 * (deterministic) build cannot make the first start a cached one.
 */
async function coldStart(server: string, seed: string, reps: number): Promise<LspResults['coldStart']> {
  const all: number[] = [];
  const init: number[] = [];
  const cpu: number[] = [];
  let firstStartMs = NaN;
  const cacheHome = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-cache-'));
  for (let i = -1; i < reps; i++) {
    const t0 = performance.now();
    const c = new BenchClient(server, { TMPDIR: cacheHome });
    await c.initialize(null);
    const initializeMs = performance.now() - t0;
    await c.open('file:///bench/seed.article', seed);
    const ms = performance.now() - t0;
    const cpuMs = c.cpuMs();
    await c.stop();
    if (i < 0) {
      firstStartMs = ms;
      continue;
    }
    all.push(ms);
    init.push(initializeMs);
    if (cpuMs !== null) cpu.push(cpuMs);
  }
  rmSync(cacheHome, { recursive: true, force: true });
  return { ms: median(all), minMs: Math.min(...all), maxMs: Math.max(...all), initializeMs: median(init), serverCpuMs: cpu.length ? median(cpu) : NaN, runs: reps, all, firstStartMs };
}

async function lsp(server: string, seed: string | null, text20k: string): Promise<LspResults> {
  log('lsp: cold start');
  const cold = await coldStart(server, seed ?? generateProse(450), QUICK ? 7 : 15);

  log('lsp: 20,000-word article — open, edits, navigation, memory');
  await writeCodeCache(server);
  const { c, rssIdle, uri, lines, at } = await newServerWithArticle20k(server, text20k);
  const atOnce = await firstEdits(c, uri, at, FIRST_EDITS_UNTIMED);
  const typing = await lspTyping(c, uri, at, LSP_TYPING_KEYSTROKES, 5);

  const position = lines.positionAt(navigationTarget(core.analyzeArticle(text20k)));
  const tp = { textDocument: { uri }, position };
  // (no forced GC: the work happens in another process)
  const nav = async (method: string, params: object) => measureAwaiting(() => timeAwaited(() => c.request(method, params)), QUICK ? 21 : 101, 5);
  const navigation: Record<string, Timing> = {
    hover: await nav('textDocument/hover', tp),
    definition: await nav('textDocument/definition', tp),
    references: await nav('textDocument/references', { ...tp, context: { includeDeclaration: true } }),
    documentHighlight: await nav('textDocument/documentHighlight', tp),
  };
  const rss20kBusy = c.memory();
  // what the user's editor sees a moment later, while the user reads: the server idle, after its
  // idle-time collection (under load the collection itself can take a second)
  const idleWaitMs = core.IDLE_COLLECT_DELAY_MS + 3_500;
  await new Promise((resolve) => setTimeout(resolve, idleWaitMs));
  const rss20k = c.memory();
  // a user who has been typing a while: the server's code optimised for it (V8 still optimises a
  // few functions per keystroke through the first ~35 keystrokes after opening); after the memory
  // readings, so they stay those of the shorter session above
  log('lsp: steady typing');
  const steadyTyping = await lspTyping(c, uri, at, LSP_TYPING_KEYSTROKES, STEADY_TYPING_WARM_UP);
  await c.stop();

  const afterPause = await firstEditsInNewServer(server, text20k, READING_PAUSE_MS, 0);
  const workspace = await workspaceMemory(server, QUICK ? 1_000 : 10_000);
  const edit = firstEditResults(atOnce, afterPause, text20k);
  return { bundle: server, coldStart: cold, edit, typing, steadyTyping, navigation, rssIdle, rss20kBusy, rss20k, idleWaitMs, workspace };
}

/**
 * Starts the server, has it analyse a short article, and stops it, so that the servers started after it load their code
 * with the cache it writes at exit (the analysis' code in it too), as a user's do after a first session (a server never
 * writes again a cache it accepted). The bench's servers keep it in a folder of their own (the test client's
 * `SERVERS_TMPDIR`), which starts empty; `coldStart` gives its servers another, for the first start of a new build.
 */
async function writeCodeCache(server: string): Promise<void> {
  const c = new BenchClient(server);
  await c.initialize(null);
  await c.open('file:///bench/first-session.article', generateProse(450));
  await c.stop();
}

/** The first edits after opening, at once and after a reader's pause, as `LspResults` keeps them. */
function firstEditResults(atOnce: FirstEditTimes, afterPause: FirstEditTimes, text20k: string): LspResults['edit'] {
  return {
    e2eMs: atOnce.e2eMs,
    minusDebounceMs: atOnce.e2eMs.ms - DIAGNOSTICS_DEBOUNCE_MS,
    serverMs: atOnce.serverMs,
    serverCpuMs: atOnce.serverCpuMs,
    afterPauseMinusDebounceMs: afterPause.e2eMs.ms - DIAGNOSTICS_DEBOUNCE_MS,
    afterPauseServerMs: afterPause.serverMs,
    afterPauseServerCpuMs: afterPause.serverCpuMs,
    words: countWords(text20k),
  };
}

/**
 * The first edits in a new server with the 20,000-word article open, started as `lsp` starts its own: after
 * `pauseMs` (`READING_PAUSE_MS`: a user who reads first, whose first edits, all counted, are the ones the rehearsal
 * in the pause is for; 0: at once), the first `untimed` of them left out.
 */
async function firstEditsInNewServer(server: string, text20k: string, pauseMs: number, untimed: number): Promise<FirstEditTimes> {
  log(pauseMs > 0 ? 'lsp: the first edits after a pause of a reader' : 'lsp: the first edits right after opening');
  const { c, uri, at } = await newServerWithArticle20k(server, text20k);
  if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const ms = await firstEdits(c, uri, at, untimed);
  await c.stop();
  return ms;
}

/** The first edits right after opening left untimed (`lsp`'s row and `--only-first-edits` alike): the row is the median of the rest. */
const FIRST_EDITS_UNTIMED = 2;

/**
 * How long a user reads an article they opened before typing, in the row that waits (the server
 * rehearses typing then: `lsp/editWarmUp.ts`): past the server's idle collection
 * (`IDLE_COLLECT_DELAY_MS` after its last activity) and the collection's own time, so that the
 * first edit meets neither the collection nor the rehearsal (a pause as long as the idle delay
 * timed a race between the first edit and the collection).
 */
const READING_PAUSE_MS = IDLE_COLLECT_DELAY_MS + 1_500;

/**
 * `change` made to the document `uri` open in `c`: the client's wall time, didChange → publishDiagnostics, and the
 * server's own times for it (`copydesk/diagnosticsTiming`).
 */
async function timedChange(c: BenchClient, uri: string, change: TextDocumentContentChangeEvent): Promise<{ wallMs: number; t: DiagnosticsTiming }> {
  const t0 = performance.now();
  const published = await c.change(uri, [change]);
  const wallMs = performance.now() - t0;
  return { wallMs, t: await c.timingOf(uri, published.version!) };
}

/**
 * A first edit's change, alternately a character typed at `at` and deleted again (`inserted`: it is there), so that
 * the text never drifts: the in-process handler's row and `firstEdits`.
 */
function toggledChange(at: { line: number; character: number }, inserted: boolean): TextDocumentContentChangeEvent {
  return inserted ? { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' } : { range: { start: at, end: at }, text: 'x' };
}

/** The first edits' times: the client's, didChange → publishDiagnostics, and the server's own (`copydesk/diagnosticsTiming`). */
interface FirstEditTimes {
  e2eMs: Timing;
  serverMs: Timing;
  serverCpuMs: Timing;
}

/**
 * The first edits of the document `uri` open in `c`: a character inserted at `at` and deleted again, in turn; the medians
 * of those after the first `untimed`.
 */
async function firstEdits(c: BenchClient, uri: string, at: { line: number; character: number }, untimed: number): Promise<FirstEditTimes> {
  const wall: number[] = [];
  const server: number[] = [];
  const cpu: number[] = [];
  let inserted = false;
  for (let k = 0; k < untimed + (QUICK ? 5 : 15); k++) {
    const change = toggledChange(at, inserted);
    inserted = !inserted;
    const { wallMs, t } = await timedChange(c, uri, change);
    if (k < untimed) continue;
    wall.push(wallMs);
    server.push(t.totalMs);
    cpu.push(t.cpuMs);
  }
  if (inserted) await c.change(uri, [toggledChange(at, true)]);
  return { e2eMs: timingOf(wall), serverMs: timingOf(server), serverCpuMs: timingOf(cpu) };
}

/**
 * A new server with the 20,000-word article open, as `lsp` and both first-edit rows start theirs (alike, so that the
 * rows differ only in the reader's pause): initialized, given a moment to settle, its memory read then (no document
 * open: `rssIdle`), and the article opened.
 */
async function newServerWithArticle20k(server: string, text20k: string): Promise<{ c: BenchClient; rssIdle: LspResults['rssIdle'] } & Article20k> {
  const c = new BenchClient(server);
  await c.initialize(null);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const rssIdle = c.memory();
  return { c, rssIdle, ...(await openArticle20k(c, text20k)) };
}

/** The 20,000-word article open in a client: its URI, its lines, and where `lspTyping` types in it (`editOffset`). */
interface Article20k {
  uri: string;
  lines: InstanceType<Shipped['LineIndex']>;
  at: { line: number; character: number };
}

/** Opens `text20k` in `c` as the 20,000-word article. */
async function openArticle20k(c: BenchClient, text20k: string): Promise<Article20k> {
  const uri = 'file:///bench/article20k.article';
  await c.open(uri, text20k);
  const lines = new core.LineIndex(text20k);
  return { uri, lines, at: lines.positionAt(editOffset(text20k)) };
}

/**
 * The keystroke rows alone (`--only-keystrokes`): a fresh server with the 20,000-word article open,
 * a word typed as `lsp` types it, then typing going on after `STEADY_TYPING_WARM_UP` keystrokes
 * more (without the navigation and idle wait `lsp` has between them).
 */
async function lspKeystrokes(server: string, text20k: string): Promise<Pick<LspResults, 'typing' | 'steadyTyping'>> {
  const c = new BenchClient(server);
  await c.initialize(null);
  const { uri, at } = await openArticle20k(c, text20k);
  log('lsp: typing');
  const typing = await lspTyping(c, uri, at, LSP_TYPING_KEYSTROKES, 5);
  log('lsp: steady typing');
  const steadyTyping = await lspTyping(c, uri, at, LSP_TYPING_KEYSTROKES, STEADY_TYPING_WARM_UP);
  await c.stop();
  return { typing, steadyTyping };
}

/**
 * Types a word at `at`, one character per change, waiting for each keystroke's diagnostics (as
 * a user typing slower than the debounce), and reads the server's timing of each; the text
 * typed is deleted afterwards. The first `warm` keystrokes are not counted.
 */
async function lspTyping(c: BenchClient, uri: string, at: { line: number; character: number }, keystrokes: number, warm: number): Promise<LspResults['typing']> {
  const server: number[] = [];
  const cpu: number[] = [];
  const wall: number[] = [];
  const parts = { analyzeMs: [] as number[], indexMs: [] as number[], convertMs: [] as number[], sendMs: [] as number[] };
  let diagnostics = 0;
  for (let k = 0; k < warm + keystrokes; k++) {
    const p = { line: at.line, character: at.character + k };
    const { wallMs, t } = await timedChange(c, uri, { range: { start: p, end: p }, text: TYPED[k % TYPED.length] });
    if (k < warm) continue;
    wall.push(wallMs - DIAGNOSTICS_DEBOUNCE_MS);
    server.push(t.totalMs);
    cpu.push(t.cpuMs);
    for (const key of Object.keys(parts) as (keyof typeof parts)[]) parts[key].push(t[key]);
    diagnostics = t.diagnostics;
  }
  await c.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + warm + keystrokes } }, text: '' }]);
  return {
    serverMs: timingOf(server),
    serverCpuMs: timingOf(cpu),
    parts: { analyzeMs: median(parts.analyzeMs), indexMs: median(parts.indexMs), convertMs: median(parts.convertMs), sendMs: median(parts.sendMs) },
    wallMinusDebounceMs: timingOf(wall),
    diagnostics,
  };
}

async function workspaceMemory(server: string, articles: number): Promise<LspResults['workspace']> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-ws-'));
  try {
    log(`lsp: workspace of ${fmt(articles)} generated articles in ${dir}`);
    let words = 0;
    for (let i = 0; i < articles; i++) {
      const sub = path.join(dir, `desk-${Math.floor(i / 500)}`);
      if (i % 500 === 0) mkdirSync(sub);
      const text = generateArticle(i);
      words += countWords(text);
      writeFileSync(path.join(sub, `story-${i}.article`), text);
    }
    const c = new BenchClient(server);
    try {
      await c.initialize(pathToFileURL(dir).toString());
      log(`lsp: workspace/symbol over ${fmt(words)} words`);
      let t0 = performance.now();
      const first = await c.request<unknown[]>('workspace/symbol', { query: '' });
      const firstQueryMs = performance.now() - t0;
      t0 = performance.now();
      await c.request<unknown[]>('workspace/symbol', { query: 'smith' });
      const secondQueryMs = performance.now() - t0;
      const m = c.memory();
      return { articles, words, firstQueryMs, secondQueryMs, symbols: first.length, rssMb: m?.rssMb ?? NaN, peakMb: m?.peakMb ?? NaN };
    } finally {
      await c.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function gitInfo(): { commit: string; dirty: boolean } {
  const rev = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' });
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO, encoding: 'utf8' });
  return { commit: rev.stdout.trim(), dirty: status.stdout.trim().length > 0 };
}

/** The report's section on growth when doubling. */
function doublingReport(doubled: Results['doubling']): string[] {
  const out: string[] = [];
  const p = (s = '') => out.push(s);
  p(`## Growth when doubling (target ≤ ${TARGETS.doubling}×)`);
  p();
  p(`Each size is a batch of consecutive first analyses (at least ${fmt(BATCH_WORDS)} words; no forced GC, so the collections the analyses cause are in the time, shared out over the batch), the sizes interleaved in ${DOUBLING_ROUNDS} rounds after an untimed batch each; a ratio is the median over rounds of time(2n)/time(n) in the same round, judged by CPU time (all threads: the collector's parallel work too; other processes on the machine inflate wall time). A forced full GC before each run, as before, made single ratios swing 1.2–3.2×: it empties the young generation, so a text whose allocations fit in it ran without any scavenge while a larger one paid for all of its own. From 128,000 words a batch is one analysis, so a full collection (of everything the memos keep: about 310 MB of heap once a 1M-word text was analysed) falls in one round's analysis or not; the last columns say in how many rounds one did, and give the ratio of the CPU time of all rounds, every collection counted (less robust to other load, but nothing set aside by the median).`);
  p();
  p('| words | ms per analysis | CPU ms | words/s | time(2n)/time(n) | by CPU time (rounds: min–max) | all rounds\' CPU time | rounds with a full GC | analyses × rounds |');
  p('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const d of doubled.rows) {
    const cpuRatio = Number.isFinite(d.cpuRatio) ? `${d.cpuRatio.toFixed(2)} ${ok(d.cpuRatio <= TARGETS.doubling)} (${d.cpuRatioRange[0].toFixed(2)}–${d.cpuRatioRange[1].toFixed(2)})` : '–';
    p(`| ${fmt(d.words)} | ${fmt(d.ms, 1)} | ${fmt(d.cpuMs, 1)} | ${fmt(d.wps)} | ${Number.isFinite(d.ratio) ? d.ratio.toFixed(2) : '–'} | ${cpuRatio} | ${Number.isFinite(d.totalCpuRatio) ? d.totalCpuRatio.toFixed(2) : '–'} | ${d.majorGcRounds} | ${d.batch} × ${d.rounds} |`);
  }
  if (doubled.skipped.length) p(`| ${doubled.skipped.map((n) => fmt(n)).join(', ')} | skipped: a run would exceed ${MAX_RUN_MS / 1000} s | | | | | | | |`);
  const big = doubled.rows.filter((d) => d.words >= 8_000 && Number.isFinite(d.cpuRatio));
  if (big.length) {
    const first = doubled.rows[0];
    const last = doubled.rows[doubled.rows.length - 1];
    p();
    p(`Worst doubling from 8,000 words up, by CPU time: ${Math.max(...big.map((d) => d.cpuRatio)).toFixed(2)}×; overall ${fmt(first.words)} → ${fmt(last.words)} words: ${(last.cpuMs / first.cpuMs).toFixed(0)}× the CPU time for ${(last.words / first.words).toFixed(0)}× the words.`);
  }
  return out;
}

/** The header of the report's editor paths table, on an article of `words` words (`note`: said after them). */
function editorPathsHeader(words: number, note = ''): string[] {
  return [`| measure (${fmt(words)}-word article${note}) | value | target |`, '|---|---:|---|'];
}

/** The report's rows on the first edits after opening (in the full report and with `--only-first-edits`). */
function firstEditRows(edit: LspResults['edit']): string[] {
  return [
    `| LSP: didChange → publishDiagnostics, end to end | ${fmt(edit.e2eMs.ms, 1)} ms | |`,
    `| LSP: the same minus the server's ${DIAGNOSTICS_DEBOUNCE_MS} ms debounce | ${fmt(edit.minusDebounceMs, 1)} ms ${ok(edit.minusDebounceMs < TARGETS.editServerMs)} | < ${TARGETS.editServerMs} ms |`,
    `| … of it, the server's own time, debounce timer fired → publishDiagnostics written (\`copydesk/diagnosticsTiming\`; median), and its CPU time (median) | ${fmt(edit.serverMs.ms, 1)} ms ${ok(edit.serverMs.ms < TARGETS.editServerMs)}, CPU ${fmt(edit.serverCpuMs.ms, 1)} ms | < ${TARGETS.editServerMs} ms |`,
    `| LSP: the same after a ${READING_PAUSE_MS} ms pause after opening, in a new server (the user reading first; the first edits counted) | ${fmt(edit.afterPauseMinusDebounceMs, 1)} ms ${ok(edit.afterPauseMinusDebounceMs < TARGETS.editServerMs)} | < ${TARGETS.editServerMs} ms |`,
    `| … of it, the server's own time (median), and its CPU time (median) | ${fmt(edit.afterPauseServerMs.ms, 1)} ms ${ok(edit.afterPauseServerMs.ms < TARGETS.editServerMs)}, CPU ${fmt(edit.afterPauseServerCpuMs.ms, 1)} ms | < ${TARGETS.editServerMs} ms |`,
  ];
}

/** The report's rows on typing over LSP (in the full report and with `--only-keystrokes`). */
function keystrokeRows({ typing: ty, steadyTyping: st }: Pick<LspResults, 'typing' | 'steadyTyping'>): string[] {
  return [
    `| LSP, typing a word (${ty.serverMs.runs} keystrokes, each waiting for its diagnostics): server time, debounce timer fired → publishDiagnostics written (\`copydesk/diagnosticsTiming\`; median, min) | ${fmt(ty.serverMs.ms, 1)} ms, ${fmt(ty.serverMs.minMs, 1)} ms ${ok(ty.serverMs.ms < TARGETS.editServerMs)} | < ${TARGETS.editServerMs} ms |`,
    `| … of it: analysis ${fmt(ty.parts.analyzeMs, 2)} ms, workspace index ${fmt(ty.parts.indexMs, 2)} ms, diagnostics conversion ${fmt(ty.parts.convertMs, 2)} ms, serialising and writing ${fmt(ty.parts.sendMs, 2)} ms (medians; ${fmt(ty.diagnostics)} diagnostics); server CPU time (all threads; median, min) | ${fmt(ty.serverCpuMs.ms, 1)} ms, ${fmt(ty.serverCpuMs.minMs, 1)} ms | |`,
    `| … the same keystrokes, client wall time didChange → publishDiagnostics minus the ${DIAGNOSTICS_DEBOUNCE_MS} ms debounce (median, min) | ${fmt(ty.wallMinusDebounceMs.ms, 1)} ms, ${fmt(ty.wallMinusDebounceMs.minMs, 1)} ms | |`,
    `| LSP, typing going on (${st.serverMs.runs} keystrokes after ${STEADY_TYPING_WARM_UP} more, the server's code optimised for typing): server time (median, min); analysis and writing (medians); server CPU (median); client wall time minus the debounce (median) | ${fmt(st.serverMs.ms, 1)} ms, ${fmt(st.serverMs.minMs, 1)} ms; ${fmt(st.parts.analyzeMs, 2)} ms and ${fmt(st.parts.sendMs, 2)} ms; CPU ${fmt(st.serverCpuMs.ms, 1)} ms; client ${fmt(st.wallMinusDebounceMs.ms, 1)} ms | |`,
  ];
}

/** The throughput table: Copydesk's first analyses and the `compromise` baseline, text by text. */
function throughputReport(rows: ThroughputRow[]): string[] {
  const out: string[] = [];
  const p = (s = '') => out.push(s);
  p('## Core throughput (`analyzeArticle`) and the `compromise` baseline');
  p();
  p('"Copydesk ms" is a first analysis: each run gets a variant of the text (a few spaces per line made no-break) whose paragraphs the core\'s paragraph cache has not seen. "Same text again" re-analyses identical text (every paragraph a cache hit, as after an edit). compromise: `nlp(text)`, `.people().json()`, `.quotations().json()`.');
  p();
  p(`| text | words | Copydesk ms | Copydesk words/s (≥ ${fmt(TARGETS.wordsPerSecond)}) | words/s by CPU time | same text again ms | compromise ms | compromise words/s | Copydesk ÷ compromise (≥ ${TARGETS.vsCompromise}×) |`);
  p('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const t of rows) {
    p(
      `| ${t.name} | ${fmt(t.words)} | ${fmt(t.copydesk?.ms ?? NaN, 1)} | ${fmt(t.copydeskWps)} ${ok(t.copydeskWps >= TARGETS.wordsPerSecond)} | ${fmt(t.copydesk ? (t.words / t.copydesk.cpuMs) * 1000 : NaN)} | ${t.again ? fmt(t.again.ms, 1) : '–'} | ${t.compromise ? fmt(t.compromise.ms, 1) : '–'} | ${fmt(t.compromiseWps)} | ${
        Number.isFinite(t.ratio) ? `${fmt(t.ratio, 1)}× ${ok(t.ratio >= TARGETS.vsCompromise)}` : (t.note ?? '–')
      } |`,
    );
  }
  const together = rows.filter((t) => t.backToBack !== null);
  if (together.length === 0) return out;
  p();
  p(
    `The same texts up to ${fmt(BACK_TO_BACK_MAX_WORDS)} words timed back to back, as a batch job runs them (\`copydesk check\` over a folder): no forced GC before a run, so each pays the collections its and earlier runs' garbage cause; batches of runs of at least ${fmt(BACK_TO_BACK_WORDS)} words together (Copydesk a new variant each run, compromise the same text: it keeps nothing from one run to the next), the median over ${BACK_TO_BACK_ROUNDS} batches after an untimed one of a run's share of its batch. Either table may show the higher ratio: the forced GC collects outside the timed run the garbage of the runs before, and each library's runs gain or lose by it in their own way.`,
  );
  p();
  p(`| text | words | runs a batch | Copydesk ms | Copydesk words/s | compromise ms | compromise words/s | Copydesk ÷ compromise (≥ ${TARGETS.vsCompromise}×) |`);
  p('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const t of together) {
    const b = t.backToBack!;
    const wps = (timing: Timing | null) => (timing ? fmt((t.words / timing.ms) * 1000) : '–');
    p(
      `| ${t.name} | ${fmt(t.words)} | ${backToBackBatch(t.words)} | ${fmt(b.copydesk.ms, 2)} | ${wps(b.copydesk)} | ${b.compromise ? fmt(b.compromise.ms, 1) : '–'} | ${wps(b.compromise)} | ${
        Number.isFinite(b.ratio) ? `${fmt(b.ratio, 1)}× ${ok(b.ratio >= TARGETS.vsCompromise)}` : (t.note ?? '–')
      } |`,
    );
  }
  return out;
}

function report(r: Results): string {
  const out: string[] = [];
  const p = (s = '') => out.push(s);
  p(`# Copydesk bench ${r.quick ? '(quick)' : ''}`);
  p();
  p(`${r.env.date} · node ${r.env.node} · ${r.env.cpus} × ${r.env.cpuModel} · load average ${r.env.loadStart.map((l) => l.toFixed(1)).join(' ')} → ${r.env.loadEnd.map((l) => l.toFixed(1)).join(' ')} · commit ${r.env.git.commit}${r.env.git.dirty ? ' (dirty)' : ''}`);
  p(`Times are medians of repeated runs after a warm-up (${WARM_UP_ANALYSES} first analyses of unseen 20,000-word texts, ${WARM_UP_COMPROMISE_RUNS} runs of \`compromise\` in its own process, where it is timed, so that neither library's runs disturb the other's code or heap: the JIT's steady state; cold start is timed separately) (wall clock; CPU time in the JSON). A load average above the core count inflates wall times.`);
  p('In-process times are of the code users run: the core and the LSP feature modules bundled with the language server\'s production esbuild options (minified, name data precomputed; scripts/bundleOptions.mjs), as `compromise` is timed as its npm build.');
  p();
  out.push(...throughputReport(r.throughput));
  p();
  out.push(...doublingReport(r.doubling));
  p();
  p('## Where `analyzeArticle` spends its time (its stages timed separately)');
  p();
  p(`| text | words | ${r.stages[0]?.stages.map((s) => s.stage).join(' | ')} | total ms |`);
  p(`|---|---:|${r.stages[0]?.stages.map(() => '---:').join('|')}|---:|`);
  for (const s of r.stages) p(`| ${s.name} | ${fmt(s.words)} | ${s.stages.map((x) => `${fmt(x.ms, 1)} (${x.pct.toFixed(0)}%)`).join(' | ')} | ${fmt(s.totalMs, 1)} |`);
  p();
  p('## Editor paths');
  p();
  const ip = r.inProcess;
  const nav = (t: Timing) => `${fmt(t.ms, 3)} ${ok(t.ms < TARGETS.navigationMs)}`;
  out.push(...editorPathsHeader(ip.words));
  p(`| in-process: \`analyzeArticle\` after a one-character edit (each run a new character at the same place, after the server's young collection) | ${fmt(ip.analyzeEditedMs.ms, 1)} ms ${ok(ip.analyzeEditedMs.ms < TARGETS.editServerMs)} | < ${TARGETS.editServerMs} ms |`);
  p(`| in-process: \`analyzeArticle\` per keystroke while typing a word (61 keystrokes, each a new text, no forced GC; median, min) | ${fmt(ip.typingMs.ms, 1)} ms, ${fmt(ip.typingMs.minMs, 1)} ms ${ok(ip.typingMs.ms < TARGETS.editServerMs)} | < ${TARGETS.editServerMs} ms |`);
  p(`| … the same typing going on, each keystroke after a ${DIAGNOSTICS_DEBOUNCE_MS} ms pause with the process idle, as in the server (61 keystrokes; median, min; CPU median) | ${fmt(ip.typingPausedMs.ms, 1)} ms, ${fmt(ip.typingPausedMs.minMs, 1)} ms; CPU ${fmt(ip.typingPausedMs.cpuMs, 1)} ms | |`);
  const inName = ip.typingInName;
  p(`| … typing at the end of a name instead ("${inName.name}", a person named ${inName.mentions} times: each keystroke makes a new name, so clustering and the part-name index start over), each keystroke after a ${DIAGNOSTICS_DEBOUNCE_MS} ms pause (61 keystrokes; median, min; CPU median) | ${fmt(inName.ms.ms, 1)} ms, ${fmt(inName.ms.minMs, 1)} ms; CPU ${fmt(inName.ms.cpuMs, 1)} ms | |`);
  p(`| in-process: edit → ArticleCache.get + workspace index + diagnosticsFor (the server's debounced handler) | ${fmt(ip.cacheEditMs.ms, 1)} ms ${ok(ip.cacheEditMs.ms < TARGETS.editServerMs)} | < ${TARGETS.editServerMs} ms |`);
  if (r.lsp) {
    out.push(...firstEditRows(r.lsp.edit));
    out.push(...keystrokeRows(r.lsp));
  }
  for (const k of Object.keys(ip.navigation)) {
    p(`| ${k}: in-process | ${nav(ip.navigation[k])} ms | < ${TARGETS.navigationMs} ms |`);
    if (r.lsp) p(`| ${k}: LSP round trip | ${nav(r.lsp.navigation[k])} ms | < ${TARGETS.navigationMs} ms |`);
  }
  if (r.lsp) {
    const l = r.lsp;
    const cs = l.coldStart;
    p(`| cold start: spawn → initialize → open seed → first diagnostics (median of ${cs.runs} starts with the code cache of an earlier start; min–max) | ${fmt(cs.ms)} ms (${fmt(cs.minMs)}–${fmt(cs.maxMs)}) ${ok(cs.ms < TARGETS.coldStartMs)} | < ${TARGETS.coldStartMs} ms |`);
    p(`| cold start: the server's CPU time to its first diagnostics, all threads (median) | ${fmt(cs.serverCpuMs)} ms | |`);
    p(`| cold start: spawn → initialize result (median) | ${fmt(cs.initializeMs)} ms | |`);
    p(`| first start of a new build (no code cache yet, as after an install): spawn → first diagnostics | ${fmt(cs.firstStartMs)} ms | |`);
    if (l.rssIdle) p(`| server RSS after initialize, no document open | ${fmt(l.rssIdle.rssMb, 1)} MB | |`);
    if (l.rss20kBusy) p(`| server RSS with the ${fmt(ip.words)}-word article open, right after the edits, typing and navigation (peak) | ${fmt(l.rss20kBusy.rssMb, 1)} MB (${fmt(l.rss20kBusy.peakMb, 1)}) | |`);
    if (l.rss20k) p(`| server RSS with the ${fmt(ip.words)}-word article open, after ${fmt(l.idleWaitMs / 1000, 1)} s idle as in an editor while the user reads (the server collects after ${fmt(core.IDLE_COLLECT_DELAY_MS / 1000, 1)} s without activity) | ${fmt(l.rss20k.rssMb, 1)} MB ${ok(l.rss20k.rssMb < TARGETS.rss20kMb)} | < ${TARGETS.rss20kMb} MB |`);
    if (l.workspace) {
      const w = l.workspace;
      p(`| server RSS with ${fmt(w.articles)} articles (${fmt(w.words)} words) indexed (peak) | ${fmt(w.rssMb, 1)} MB (${fmt(w.peakMb, 1)}) ${ok(w.rssMb < TARGETS.rssWorkspaceMb)} | < ${TARGETS.rssWorkspaceMb} MB${w.articles < 10_000 ? ' (for 10,000)' : ''} |`);
      p(`| first workspace/symbol (indexes every file) → ${fmt(w.symbols)} symbols | ${fmt(w.firstQueryMs)} ms | |`);
      p(`| second workspace/symbol (mtime check only) | ${fmt(w.secondQueryMs)} ms | |`);
    }
  }
  p();
  p('## Bundles');
  p();
  p('| artefact | bytes | target |');
  p('|---|---:|---|');
  p(`| server.js, minified (fresh esbuild build) | ${fmt(r.bundles.serverBytes)} ${ok(r.bundles.serverBytes < TARGETS.serverBundleBytes)} | < ${fmt(TARGETS.serverBundleBytes)} |`);
  p(`| server.js, minified + gzip | ${fmt(r.bundles.serverGzipBytes)} | |`);
  if (r.vsix.fresh) p(`| .vsix, packaged now from the working tree | ${fmt(r.vsix.fresh.bytes)} ${ok(r.vsix.fresh.bytes < TARGETS.vsixBytes)} | < ${fmt(TARGETS.vsixBytes)} |`);
  if (r.vsix.existing) p(`| ${r.vsix.existing.file} in the repository folder (${r.vsix.existing.modified}) | ${fmt(r.vsix.existing.bytes)} ${ok(r.vsix.existing.bytes < TARGETS.vsixBytes)} | < ${fmt(TARGETS.vsixBytes)} |`);
  if (r.vsix.error) p(`| .vsix packaging failed: ${r.vsix.error} | | |`);
  if (r.profile) {
    p();
    p(`## Profile: \`analyzeArticle\` on ${fmt(r.profile.words)} words (${r.profile.file})`);
    p();
    p('Profiled on the TypeScript sources as tsx runs them (readable names and files), not on the minified bundle the timings above use.');
    p();
    p('| self ms | self % | total % | function | file |');
    p('|---:|---:|---:|---|---|');
    for (const f of r.profile.functions.slice(0, 20)) p(`| ${fmt(f.selfMs)} | ${f.selfPct.toFixed(1)} | ${f.totalPct.toFixed(1)} | ${f.name} | ${f.file}${f.line ? `:${f.line}` : ''} |`);
    p();
    p('| self ms | self % | file |');
    p('|---:|---:|---|');
    for (const f of r.profile.files.slice(0, 12)) p(`| ${fmt(f.selfMs)} | ${f.selfPct.toFixed(1)} | ${f.file} |`);
  }
  return out.join('\n');
}

interface Results {
  quick: boolean;
  env: { date: string; node: string; cpus: number; cpuModel: string; loadStart: number[]; loadEnd: number[]; git: { commit: string; dirty: boolean } };
  targets: typeof TARGETS;
  throughput: ThroughputRow[];
  doubling: { rows: DoublingRow[]; skipped: number[] };
  stages: StageSplit[];
  inProcess: InProcess;
  lsp: LspResults | null;
  bundles: { serverBytes: number; serverGzipBytes: number };
  vsix: VsixInfo;
  profile: (ProfileSummary & { words: number; file: string }) | null;
}

/**
 * Brings Copydesk's code to the JIT's steady state, as in an editor that has been open a while:
 * without it the first timed texts measure the compiler (a first analysis of 20,000 words takes 3-5
 * times as long in the first five runs of a fresh process). `compromise` warms up in its own
 * process (`compromiseBaseline.ts`).
 * Copydesk gets unseen variants, so the code paths of a first analysis warm up, not the caches'.
 */
function warmUp(): void {
  log('warm-up');
  warmUpWith((text) => core.analyzeArticle(fresh(text)));
}

/**
 * Some LSP rows of the 20,000-word article alone (`--only-keystrokes`, `--only-first-edits`): the
 * server bundle built in `tmp`, `rows` measured with it, written under the table's header.
 */
async function onlyLspRows(tmp: string, rows: (server: string, text20k: string) => Promise<string[]>): Promise<void> {
  log('bundles');
  const { server } = await buildBundles(tmp);
  await writeCodeCache(server);
  const text20k = generateProse(20_000);
  const measured = await rows(server, text20k);
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  process.stdout.write([...editorPathsHeader(countWords(text20k), `; load average ${load}`), ...measured].join('\n') + '\n');
}

async function main(): Promise<void> {
  const loadStart = os.loadavg();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));
  try {
    log('building the core as shipped (the server\'s production esbuild options)');
    core = loadShipped(await buildShipped(tmp));
    if (ONLY_DOUBLING) {
      process.stdout.write(doublingReport(await doubling()).join('\n') + '\n');
      return;
    }
    if (ONLY_KEYSTROKES) {
      await onlyLspRows(tmp, async (server, text20k) => keystrokeRows(await lspKeystrokes(server, text20k)));
      return;
    }
    if (ONLY_FIRST_EDITS) {
      await onlyLspRows(tmp, async (server, text20k) =>
        firstEditRows(firstEditResults(await firstEditsInNewServer(server, text20k, 0, FIRST_EDITS_UNTIMED), await firstEditsInNewServer(server, text20k, READING_PAUSE_MS, 0), text20k)),
      );
      return;
    }
    warmUp();

    const texts = namedTexts();
    if (ONLY_THROUGHPUT) {
      process.stdout.write(throughputReport(throughput(texts, tmp)).join('\n') + '\n');
      return;
    }
    const text20k = texts.find((t) => t.name === 'news 20k')!.text;
    const through = throughput(texts, tmp);
    const doubled = await doubling();
    log('stages');
    // the long texts' kept results (about 310 MB) go, as the idle server drops them once they are no
    // longer analysed (forgetParagraphsNotUsedRecently): every forced full GC would mark them and
    // slow the stages 2-3 times
    core.clearMemos();
    const stageRows = texts.filter((t) => ['news 20k', 'news 200k', 'dense quotations 20k', 'name-heavy 20k'].includes(t.name)).map((t) => stages(t.name, t.text));
    const ip = await inProcess(text20k);

    log('bundles');
    const bundles = await buildBundles(tmp);
    const vsixInfo = await vsix(tmp);
    const lspResults = LSP ? await lsp(bundles.server, readSeed(), text20k) : null;

    let prof: Results['profile'] = null;
    if (PROFILE) {
      const words = QUICK ? 20_000 : 200_000;
      log(`profile: ${fmt(words)} words`);
      // loaded only now: it profiles the tsx sources, a second copy of the core the timings above never touch
      const { profileCore } = await import('./profile');
      prof = { ...(await profileCore(words, QUICK ? 3 : 2)), words };
    }

    const results: Results = {
      quick: QUICK,
      env: { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '?', loadStart, loadEnd: os.loadavg(), git: gitInfo() },
      targets: TARGETS,
      throughput: through,
      doubling: doubled,
      stages: stageRows,
      inProcess: ip,
      lsp: lspResults,
      bundles: { serverBytes: bundles.serverBytes, serverGzipBytes: bundles.serverGzipBytes },
      vsix: vsixInfo,
      profile: prof,
    };
    const dir = path.join(REPO, 'bench/results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
    if (JSON_ONLY) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
    else {
      const md = report(results);
      writeFileSync(path.join(dir, 'latest.md'), md + '\n');
      process.stdout.write(md + '\n');
    }
    log(`wrote ${path.join(dir, 'latest.json')}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(0); // a bench never fails the build
  },
);
