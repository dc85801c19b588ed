/**
 * The long fuzz run: the core properties of `test/fuzz/core.property.test.ts` with a random
 * (or given) seed and many more runs.
 *
 *   npx tsx scripts/fuzz.ts [--runs 20000] [--seed N] [--property NAME] [--verbose]
 *
 * Prints the seed first, then, for a failure, the shrunk counterexample as a pasteable string
 * literal with the broken invariants, and the command line that replays it. Exits 1 on failure.
 */
import fc from 'fast-check';
import { literal } from '../test/fuzz/arbitraries';
import { checkAnalysis } from '../test/fuzz/invariants';
import { PROPERTIES } from '../test/fuzz/properties';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

const runs = Number(arg('runs') ?? 20_000);
const seed = arg('seed') !== undefined ? Number(arg('seed')) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
const only = arg('property');
const verbose = process.argv.includes('--verbose');
if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) {
  console.error('usage: npx tsx scripts/fuzz.ts [--runs N] [--seed N] [--property NAME] [--verbose]');
  process.exit(2);
}

const names = Object.keys(PROPERTIES).filter((n) => !only || n.includes(only));
if (!names.length) {
  console.error(`no property matches "${only}"; properties: ${Object.keys(PROPERTIES).join(', ')}`);
  process.exit(2);
}
console.log(`copydesk fuzz: seed ${seed}, ${runs} runs per property, properties: ${names.join(', ')}`);

/** The violations of one text, or undefined when every invariant holds. */
function failureOf(text: string, options: object): string | undefined {
  try {
    checkAnalysis(text, options);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** The first violation without its numbers, so minimising keeps the same bug. */
function kindOf(failure: string): string {
  const first = failure.split('\n')[1]?.trim() ?? failure;
  return first.replace(/\b(?:q|m|e)\d+\b/g, '#').replace(/\d+/g, '#').replace(/"[^"]*"/g, '""');
}

/**
 * Delta debugging on top of fast-check's shrinking: removes chunks of the text (halves down to
 * single code units) while the same kind of violation remains. Bounded in time.
 */
function minimise(text: string, options: object, kind: string, budgetMs = 30_000): string {
  const deadline = Date.now() + budgetMs;
  const stillFails = (t: string) => {
    const f = failureOf(t, options);
    return f !== undefined && kindOf(f) === kind;
  };
  let best = text;
  for (let size = Math.max(1, best.length >> 1); size >= 1 && Date.now() < deadline; size = size === 1 ? 0 : Math.max(1, size >> 1)) {
    let progress = true;
    while (progress && Date.now() < deadline) {
      progress = false;
      for (let at = 0; at < best.length && Date.now() < deadline; ) {
        const candidate = best.slice(0, at) + best.slice(at + size);
        if (stillFails(candidate)) {
          best = candidate;
          progress = true;
        } else at += size;
      }
    }
  }
  return best;
}

let failed = false;
for (const [i, name] of names.entries()) {
  const property = PROPERTIES[name as keyof typeof PROPERTIES];
  const propertySeed = seed + i;
  const started = Date.now();
  const details = fc.check(property, { seed: propertySeed, numRuns: runs, verbose: verbose ? 1 : 0 });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!details.failed) {
    console.log(`ok    ${name}: ${details.numRuns} runs in ${seconds} s`);
    continue;
  }
  failed = true;
  console.log(`FAIL  ${name} after ${details.numRuns} runs (${seconds} s; shrunk ${details.numShrinks} times)`);
  console.log(`  replay: npx tsx scripts/fuzz.ts --seed ${seed} --runs ${runs} --property '${name}'`);
  console.log(`  fast-check: { seed: ${details.seed}, path: "${details.counterexamplePath}" }`);
  const example = details.counterexample ?? [];
  // the text the analysis saw: the properties take the text (or two parts of it) first
  example.forEach((value, k) => console.log(`  argument ${k}: ${typeof value === 'string' ? literal(value) : JSON.stringify(value)}`));
  const text = typeof example[0] === 'string' && typeof example[1] === 'string' ? (example[2] ? example[0] + example[1] : example[1] + example[0]) : example[0];
  const options = typeof example[1] === 'object' ? example[1] : {};
  if (typeof text === 'string') {
    console.log(`  text (${text.length} code units): ${literal(text)}`);
    const failure = failureOf(text, options as object);
    if (!failure) console.log('  (the text passes on its own: the failure depends on the other arguments)');
    else {
      console.log(`  ${failure.replace(/\n/g, '\n  ')}`);
      const small = minimise(text, options as object, kindOf(failure));
      if (small !== text) {
        console.log(`  minimised (${small.length} code units), options ${JSON.stringify(options)}: ${literal(small)}`);
        console.log(`  ${(failureOf(small, options as object) ?? '').replace(/\n/g, '\n  ')}`);
      }
    }
  } else console.log(`  error: ${String(details.errorInstance)}`);
}
console.log(failed ? `FAILED (seed ${seed})` : `all properties hold (seed ${seed})`);
process.exit(failed ? 1 : 0);
