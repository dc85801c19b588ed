/**
 * CPU profile of the analysis core on generated news prose.
 *
 *   node --import tsx bench/profile.ts [words=200000] [runs=3]
 *
 * Warms up as the bench does, then runs `runs` first analyses (each of a variant of the text whose
 * paragraphs the core's cache has not seen: the same text again would profile cache hits) under the V8 sampling profiler
 * (node:inspector, the same data as `node --cpu-prof`), writes the raw profile to
 * `bench/results/core-<words>.cpuprofile` (open it in Chrome DevTools or VS Code) and prints
 * the hottest functions by self time and the time per source file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import * as path from 'node:path';
import { analyzeArticle } from '../server/src/core';
import { generateProse, REPO, variant, WARM_UP_ANALYSES, warmUpWith } from './corpus';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction {
  name: string;
  file: string;
  line: number;
  selfMs: number;
  selfPct: number;
  totalMs: number;
  totalPct: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: HotFunction[];
  files: { file: string; selfMs: number; selfPct: number }[];
}

/** A source location relative to the repository ("server/src/core/entities/findMentions.ts"). */
function shortFile(url: string): string {
  if (!url) return '(native)';
  let f = url.replace(/^file:\/\//, '');
  if (f.startsWith(REPO + '/')) f = f.slice(REPO.length + 1);
  return f.replace(/^node_modules\/\.pnpm\/[^/]+\/node_modules\//, 'node_modules/');
}

/**
 * The line of a function's definition in a repository source file, found by name (tsx's
 * transformed code has no useful line numbers in a profile); 0 when not found.
 */
function definitionLine(file: string, name: string): number {
  if (!/^[\w$]+$/.test(name) || !file.endsWith('.ts')) return 0;
  let lines: string[];
  try {
    lines = readFileSync(path.join(REPO, file), 'utf8').split('\n');
  } catch {
    return 0;
  }
  const patterns = [new RegExp(`\\bfunction\\s+${name}\\b`), new RegExp(`\\b(?:const|let)\\s+${name}\\s*=`), new RegExp(`^\\s+(?:private\\s+|static\\s+|async\\s+)*${name}\\s*\\(.*\\)[^;]*\\{\\s*$`)];
  for (const re of patterns) {
    const i = lines.findIndex((l) => re.test(l));
    if (i >= 0) return i + 1;
  }
  return 0;
}

/** Whether node `id`'s stack is inside the inspector session's `post` (the profiler's own calls, native `dispatch` under it). */
function inProfilerCall(id: number, byId: ReadonlyMap<number, ProfileNode>, parent: ReadonlyMap<number, number>): boolean {
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const frame = byId.get(cur)!.callFrame;
    if (frame.url === 'node:inspector') return true;
  }
  return false;
}

/** Self and total time per function, and self time per file, from a V8 CPU profile. */
export function summarize(profile: CpuProfile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // each sample's stack holds from its time until the next sample's (as a timeline draws it), the last one's until the
  // end: charging a sample the delta before it gave the profiler's start-up (tens of milliseconds before the first sample)
  // to the native `dispatch` of `Profiler.start`, a third of a short profile; a sample inside the profiler's own calls is
  // no function's
  let at = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    at += deltas[i] ?? 0;
    const until = i + 1 < samples.length ? at + (deltas[i + 1] ?? 0) : Math.max(at, profile.endTime);
    if (inProfilerCall(samples[i], byId, parent)) continue;
    selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + (until - at));
  }
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0) || 1;

  // functions are told apart by name and file (tsx's line numbers are not the source's)
  // an anonymous function is named after the nearest named function that called it
  const nameOf = (n: ProfileNode): string => {
    if (n.callFrame.functionName) return n.callFrame.functionName;
    for (let p = parent.get(n.id); p !== undefined; p = parent.get(p)) {
      const caller = byId.get(p)!.callFrame.functionName;
      if (caller) return `(anonymous in ${caller})`;
    }
    return '(anonymous)';
  };
  const key = (n: ProfileNode) => `${nameOf(n)}\u0000${shortFile(n.callFrame.url)}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const n = byId.get(id)!;
    self.set(key(n), (self.get(key(n)) ?? 0) + us);
    // total: count once per distinct function on the stack (recursion is not double counted)
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + us);
    }
  }
  const functions = [...self.entries()]
    .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(root)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, us]) => {
      const [name, file] = k.split('\u0000');
      const t = total.get(k) ?? us;
      return { name, file, line: definitionLine(file, name), selfMs: us / 1000, selfPct: (100 * us) / totalUs, totalMs: t / 1000, totalPct: (100 * t) / totalUs };
    });
  const perFile = new Map<string, number>();
  for (const [k, us] of self) {
    const file = k.split('\u0000')[1];
    perFile.set(file, (perFile.get(file) ?? 0) + us);
  }
  const files = [...perFile.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([file, us]) => ({ file, selfMs: us / 1000, selfPct: (100 * us) / totalUs }));
  return { totalMs: totalUs / 1000, functions, files };
}

/** Profiles `work` with the inspector's sampling profiler (100 µs interval). */
export async function profile(work: () => void): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  work();
  const { profile: p } = await post<{ profile: CpuProfile }>('Profiler.stop');
  session.disconnect();
  return p;
}

/** Profiles the core on `words` words of generated news prose, `runs` analyses. */
export async function profileCore(words: number, runs: number, outDir = path.join(REPO, 'bench/results')): Promise<ProfileSummary & { file: string }> {
  const text = generateProse(words);
  warmUpWith((warmUpText, i) => analyzeArticle(variant(warmUpText, i + 1)));
  const variants = Array.from({ length: runs }, (_, i) => variant(text, WARM_UP_ANALYSES + i + 1));
  const p = await profile(() => {
    for (const v of variants) analyzeArticle(v);
  });
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `core-${words}.cpuprofile`);
  writeFileSync(file, JSON.stringify(p));
  return { ...summarize(p), file };
}

if (require.main === module) {
  const words = Number(process.argv[2] ?? 200_000);
  const runs = Number(process.argv[3] ?? 3);
  void profileCore(words, runs).then((s) => {
    console.log(`profile: ${s.file} (${(s.totalMs / 1000).toFixed(1)} s sampled)\n`);
    console.log('| self ms | self % | total % | function | file:line |\n|---:|---:|---:|---|---|');
    for (const f of s.functions) console.log(`| ${f.selfMs.toFixed(0)} | ${f.selfPct.toFixed(1)} | ${f.totalPct.toFixed(1)} | ${f.name} | ${f.file}${f.line ? `:${f.line}` : ''} |`);
    console.log('\n| self ms | self % | file |\n|---:|---:|---|');
    for (const f of s.files) console.log(`| ${f.selfMs.toFixed(0)} | ${f.selfPct.toFixed(1)} | ${f.file} |`);
  });
}
