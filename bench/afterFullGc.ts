/**
 * Why a small text's first analysis is slower right after a full GC (as when a document is opened
 * after the server's idle collection). Times first analyses of unseen 1,000-word texts, stage by
 * stage, in four conditions, each in its own process, alternating, several rounds:
 *
 * - warm-up: 30 first analyses of 20,000-word texts as `run.ts` warms up (no full GC), or with a
 *   full GC before each (`gc warm-up`);
 * - timed: each analysis right after the one before (`stream`) or right after a full GC (`after gc`).
 *
 * It also counts, in one extra traced process per condition (V8's `--trace-opt --trace-deopt`),
 * what the JIT does during the timed analyses: optimised code thrown away because objects it
 * embeds died in a full GC ("weak objects"), other deoptimisations, and functions optimised again.
 * Those counts do not depend on the machine's load; the times do (the load average is printed).
 *
 *   node --import tsx bench/afterFullGc.ts [shipped-core.js] [rounds]
 *
 * Without a bundle it builds the core as shipped (`shippedBuild.ts`) into a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import { generateProse, variant, warmUpWith } from './corpus';
import { upperMedian } from './median';
import { loadShipped, withShippedBundle, type Shipped } from './shippedBuild';
import { stageMarks } from './stages';

/** Untimed 1k analyses in the timed condition first: the JIT settles into that condition. */
const SETTLE = 10;
const TIMED = 31;
/** The columns: the analysis' stages, read off the bundle (an import of the core's sources would load them all into the timed process), and the total. */
const stagesOf = (core: Shipped) => [...core.ANALYSIS_STAGES, 'total'];

interface Condition {
  gcInWarmUp: boolean;
  gcBeforeEach: boolean;
}

const CONDITIONS: Condition[] = [
  { gcInWarmUp: false, gcBeforeEach: false },
  { gcInWarmUp: false, gcBeforeEach: true },
  { gcInWarmUp: true, gcBeforeEach: false },
  { gcInWarmUp: true, gcBeforeEach: true },
];

const TIMED_MARK = '=== timed analyses';

function collect(): void {
  (globalThis as unknown as { gc: () => void }).gc();
}

/** The child: warms up, settles, times, and prints the stage medians as one JSON line. */
function child(bundle: string, condition: Condition): void {
  const core = loadShipped(bundle);
  const STAGES = stagesOf(core);
  const opts = core.defaultOptions({});
  const small = generateProse(1_000);
  let k = 0;
  warmUpWith((text) => {
    if (condition.gcInWarmUp) collect();
    core.analyzeArticle(variant(text, ++k));
  });
  for (let i = 0; i < SETTLE; i++) {
    if (condition.gcBeforeEach) collect();
    core.analyzeArticle(variant(small, ++k));
  }
  console.log(TIMED_MARK);
  const samples: number[][] = STAGES.map(() => []);
  for (let i = 0; i < TIMED; i++) {
    const input = variant(small, ++k);
    if (condition.gcBeforeEach) collect();
    const t = stageMarks(core, input, opts);
    for (let s = 0; s < STAGES.length - 1; s++) samples[s].push(t[s + 1] - t[s]);
    samples[STAGES.length - 1].push(t[t.length - 1] - t[0]);
  }
  console.log(JSON.stringify(samples.map(upperMedian)));
}

function runChild(bundle: string, condition: Condition, v8Flags: string[]): string {
  const args = ['--expose-gc', ...v8Flags, '--import', 'tsx', __filename, '--child', bundle, String(condition.gcInWarmUp), String(condition.gcBeforeEach)];
  return execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** What V8's traces say the JIT did during the timed analyses. */
function jitCounts(trace: string): { weakObjects: number; deopts: number; optimised: number } {
  const timed = trace.slice(trace.indexOf(TIMED_MARK));
  const count = (re: RegExp) => timed.match(re)?.length ?? 0;
  return { weakObjects: count(/reason: weak objects/g), deopts: count(/\[bailout/g), optimised: count(/\[completed optimizing/g) };
}

function nameOf(c: Condition): string {
  return `${c.gcInWarmUp ? 'gc warm-up' : 'plain warm-up'}, ${c.gcBeforeEach ? 'after gc' : 'stream'}`;
}

async function main(): Promise<void> {
  const [bundleArg, roundsArg] = process.argv.slice(2);
  await withShippedBundle(bundleArg, 'copydesk-aftergc-', async (bundle) => {
    const rounds = Number(roundsArg ?? 5);
    const load = os.loadavg()[0];
    const results = CONDITIONS.map(() => [] as number[][]);
    for (let r = 0; r < rounds; r++) {
      CONDITIONS.forEach((c, i) => {
        const out = runChild(bundle, c, []).trim().split('\n');
        results[i].push(JSON.parse(out[out.length - 1]) as number[]);
      });
    }
    const jit = CONDITIONS.map((c) => jitCounts(runChild(bundle, c, ['--trace-opt', '--trace-deopt'])));
    const STAGES = stagesOf(loadShipped(bundle));
    console.log(`first analyses of 1,000-word texts: medians of ${rounds} processes' medians of ${TIMED} (load average ${load.toFixed(1)} → ${os.loadavg()[0].toFixed(1)})`);
    console.log(`| condition | ${STAGES.join(' | ')} | JIT in ${TIMED} timed: code lost to GC / deopts / optimised |`);
    console.log(`|---|${STAGES.map(() => '---:').join('|')}|---:|`);
    CONDITIONS.forEach((c, i) => {
      const ms = STAGES.map((_, s) => upperMedian(results[i].map((run) => run[s])).toFixed(2));
      console.log(`| ${nameOf(c)} | ${ms.join(' | ')} | ${jit[i].weakObjects} / ${jit[i].deopts} / ${jit[i].optimised} |`);
    });
  });
}

if (process.argv[2] === '--child') child(process.argv[3], { gcInWarmUp: process.argv[4] === 'true', gcBeforeEach: process.argv[5] === 'true' });
else void main();
