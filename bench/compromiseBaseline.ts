/**
 * The `compromise` baseline, timed in a process of its own: `run.ts` calls `timeCompromiseApart`,
 * which starts this file as a script for one text and waits for it:
 *
 *   node --import tsx bench/compromiseBaseline.ts TEXT_FILE REPS STOP_AFTER_MS WARM_UP_RUNS [BATCH ROUNDS]
 *
 * In one process each library's runs disturbed the other's: compromise's runs right before
 * Copydesk's made V8 throw away and recompile the optimised code of about 40 of Copydesk's functions,
 * and compromise ran up to a third slower beside Copydesk (see bench/README.md). The language
 * server never loads compromise; apart, each library is timed in a process that holds only itself.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { REPO, WARM_UP_COMPROMISE_RUNS, warmUpTexts } from './corpus';
import { measureBackToBack, measurer, type Timing } from './timing';

/** What compromise found in a text and how long it took. */
export interface CompromiseResult {
  timing: Timing;
  /** The runs back to back (`measureBackToBack`), when asked for. */
  backToBack: Timing | null;
  /** `people().json().length` */
  people: number;
  /** `quotations().json().length` */
  quotations: number;
}

/** How `timeCompromiseApart` runs compromise. */
export interface CompromiseRuns {
  /** Timed runs (a full GC before each). */
  reps: number;
  /** A folder for the text file the child process reads. */
  dir: string;
  /** No more runs after one longer than this. */
  stopAfterMs: number;
  /** Runs on the bench's warm-up texts before the text's own untimed first run. */
  warmUpRuns?: number;
  /** Also runs back to back, after the timed runs: `rounds` batches of `batch` runs (`measureBackToBack`). */
  backToBack?: { batch: number; rounds: number };
}

/** Time the compromise process may take beyond its runs on the text: loading and the warm-up (about 3 s). */
const WARM_UP_TIMEOUT_MS = 120_000;

/** compromise's people and quotations of `text`, timed in a new process while this one waits. */
export function timeCompromiseApart(text: string, runs: CompromiseRuns): CompromiseResult {
  const file = path.join(runs.dir, 'compromise-text.txt');
  writeFileSync(file, text);
  const b2b = runs.backToBack ?? { batch: 0, rounds: 0 };
  const args = [__filename, file, runs.reps, runs.stopAfterMs, runs.warmUpRuns ?? WARM_UP_COMPROMISE_RUNS, b2b.batch, b2b.rounds].map(String);
  // a hung child must not hang the bench: the text's untimed, timed and back-to-back runs, each at most `stopAfterMs`, and the warm-up
  const timeout = (runs.reps + 1 + b2b.batch * (b2b.rounds + 1)) * runs.stopAfterMs + WARM_UP_TIMEOUT_MS;
  const child = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: REPO, encoding: 'utf8', timeout });
  if (child.error) throw new Error(`the compromise baseline did not start or did not finish in ${timeout} ms: ${child.error.message}`);
  if (child.status !== 0) throw new Error(`the compromise baseline failed (${child.signal ? `killed by ${child.signal}` : `exit ${child.status}`}): ${child.stderr}`);
  return JSON.parse(child.stdout) as CompromiseResult;
}

function main(): void {
  // loaded here only (the process that calls timeCompromiseApart never holds compromise), and by
  // `require`: its npm build (builds/three/compromise-three.cjs, minified), as the bench always timed
  // it; `import()` would load its unminified ESM source tree instead
  const nlp = createRequire(__filename)('compromise') as typeof import('compromise').default;
  const runCompromise = (text: string) => {
    const doc = nlp(text);
    return { people: doc.people().json().length, quotations: doc.quotations().json().length };
  };
  const [file, reps, stopAfterMs, warmUpRuns, batch = '0', rounds = '0'] = process.argv.slice(2);
  const text = readFileSync(file, 'utf8');
  const styles = warmUpTexts();
  for (let i = 0; i < Number(warmUpRuns); i++) runCompromise(styles[i % styles.length]);
  // an untimed first run on this text, as `run.ts` gives Copydesk
  const found = runCompromise(text);
  const timing = measurer(Number(stopAfterMs))(() => runCompromise(text), Number(reps), 0);
  // the same text each run: compromise keeps nothing from one text to the next
  const backToBack = Number(batch) > 0 ? measureBackToBack(runCompromise, Number(batch), Number(rounds), () => text) : null;
  const result: CompromiseResult = { timing, backToBack, ...found };
  process.stdout.write(JSON.stringify(result) + '\n');
}

if (require.main === module) main();
