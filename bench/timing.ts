/**
 * Timing in process, shared by `run.ts` and the `compromise` baseline's own process
 * (`compromiseBaseline.ts`): one run timed by wall clock and CPU, medians of repeated runs with a
 * full GC before each (`measurer`), of batches of runs back to back (`measureBackToBack`), and of
 * awaited runs (`measureAwaiting`).
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import type { NodeGc } from '../server/src/lsp/idleCollector';
import { median } from './median';

// (not the server's `exposedGc`, which turns the flag off again: the bench's numbers were measured with it left on, and
// in 5 alternating pairs of `--quick --only-throughput` with it off, news 20k had medians of 45 and 48 ms against at most 35)
setFlagsFromString('--expose-gc');
/** V8's `gc()`, exposed at run time (no `--expose-gc` on the command line needed). */
export const gc = runInNewContext('gc') as NodeGc;

/** The medians of repeated runs. */
export interface Timing {
  /** Median wall-clock time of one run. */
  ms: number;
  /** Median CPU time (user + system, all threads of this process: includes parallel GC). */
  cpuMs: number;
  minMs: number;
  runs: number;
}

/** The time of one run: wall-clock and CPU milliseconds (CPU NaN when not measured). */
export interface RunTime {
  ms: number;
  cpuMs: number;
}

/** One run of `fn(x)`, timed: wall-clock and CPU milliseconds. */
export function timeOnce<T>(fn: (x: T) => unknown, x: T): RunTime {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn(x);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000 };
}

/**
 * One awaited run of `fn`, timed by wall clock to the end of its promise; no CPU time, its work being done in
 * another process (a request to the server).
 */
export async function timeAwaited(fn: () => Promise<unknown>): Promise<RunTime> {
  const t0 = performance.now();
  await fn();
  return { ms: performance.now() - t0, cpuMs: NaN };
}

/** The medians (and the fastest run) of runs timed by `timeOnce`; without `cpu` (not measured), a CPU time of NaN. */
export function timingOf(wall: number[], cpu?: number[]): Timing {
  return { ms: median(wall), cpuMs: cpu ? median(cpu) : NaN, minMs: Math.min(...wall), runs: wall.length };
}

/**
 * A `measure` whose series stops after a run longer than `stopAfterMs` (the rest reported as not run).
 * `measure(fn, reps, warm, input, collect)`: the median of `reps` runs of `fn` after `warm` untimed
 * runs; a full GC before each run unless `collect` is false. With `input`, each run gets its own
 * input, made before the clock starts.
 */
export function measurer(stopAfterMs: number) {
  return function measure<T = undefined>(fn: (x: T) => unknown, reps: number, warm = 1, input?: (i: number) => T, collect = true): Timing {
    const next = (i: number) => (input ? input(i) : (undefined as T));
    for (let i = 0; i < warm; i++) fn(next(i));
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < reps; i++) {
      const x = next(i);
      if (collect) gc();
      const t = timeOnce(fn, x);
      wall.push(t.ms);
      cpu.push(t.cpuMs);
      if (t.ms > stopAfterMs) break;
    }
    return timingOf(wall, cpu);
  };
}

/**
 * Runs timed back to back, as a batch job makes them (`copydesk check` over a folder of articles): no forced GC, so a
 * run pays the collections that its own garbage and earlier runs' cause, and starts with the caches as the run before
 * left them. `rounds` batches of `batch` runs after one untimed batch; a batch's inputs are made before its clock
 * starts; the medians over batches of a run's share (the batch's time over its runs).
 */
export function measureBackToBack<T>(fn: (x: T) => unknown, batch: number, rounds: number, input: () => T): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = -1; r < rounds; r++) {
    const inputs = Array.from({ length: batch }, input);
    const t = timeOnce((xs: T[]) => {
      for (const x of xs) fn(x);
    }, inputs);
    if (r < 0) continue;
    wall.push(t.ms / batch);
    cpu.push(t.cpuMs / batch);
  }
  return timingOf(wall, cpu);
}

/** Runs in a back-to-back batch (`measureBackToBack`) of a text of `words` words: together at least `BACK_TO_BACK_WORDS`. */
export function backToBackBatch(words: number): number {
  return Math.max(1, Math.ceil(BACK_TO_BACK_WORDS / Math.max(1, words)));
}

/** The words a back-to-back batch analyses at least: a seed article's runs are 45 to a batch. */
export const BACK_TO_BACK_WORDS = 20_000;

/**
 * `measure` for a series that waits between its runs (a pause, a server's reply), which a synchronous loop
 * cannot: the medians of `reps` runs of `run` after `warm` untimed ones, with no forced GC. `run` does its own
 * waiting and times only its work (`timeOnce`, `timeAwaited`).
 */
export async function measureAwaiting(run: () => Promise<RunTime>, reps: number, warm = 0): Promise<Timing> {
  for (let i = 0; i < warm; i++) await run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = await run();
    wall.push(t.ms);
    cpu.push(t.cpuMs);
  }
  return timingOf(wall, cpu);
}
