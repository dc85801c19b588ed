import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The repository root. */
export const REPO = resolve(__dirname, '..', '..');
/** The bundled CLI under test. */
export const CLI = join(REPO, 'dist', 'cli.js');
/** The shared folder beside the repository (spec and corpus). */
export const SHARED = resolve(REPO, '..', 'shared');
/** Static fixtures of the CLI tests. */
export const FIXTURES = join(REPO, 'test', 'fixtures', 'cli');

function newestMtime(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const p = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Builds dist/cli.js with `node esbuild.mjs` when it is missing or older than the server sources.
 * A lock folder keeps test files running in parallel from building at the same time.
 */
export async function ensureCliBuilt(): Promise<void> {
  const lock = join(REPO, 'dist', '.cli-test-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`build lock ${lock} held for too long`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    let stale = true;
    try {
      stale = statSync(CLI).mtimeMs < Math.max(newestMtime(join(REPO, 'server', 'src')), statSync(join(REPO, 'package.json')).mtimeMs);
    } catch {
      stale = true;
    }
    if (stale) {
      const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
    }
  } finally {
    rmdirSync(lock);
  }
}

/** What one run of the CLI produced. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ...args` in `cwd`, optionally feeding `input` on stdin. */
export function runCli(args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; uid?: number } = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const env = { ...process.env, ...options.env };
    delete env.FORCE_COLOR;
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? REPO, env, stdio: ['pipe', 'pipe', 'pipe'], ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Creates a temporary folder holding `files` (relative path → content). */
export function makeTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return root;
}

/** An article with an unclosed quotation mark (an `unbalanced-quote` error on line 3). */
export const UNBALANCED_ARTICLE = 'Headline here\n\nThe mayor said "this never closes.\n\nNext paragraph is fine.\n';
/** An article with a TK marker (a `tk-marker` warning). */
export const TK_ARTICLE = 'Headline\n\nThe council met on Tuesday. TK\n';
/** An article with nothing to report. */
export const CLEAN_ARTICLE = 'Quiet headline\n\nThe council met on Tuesday and approved the budget.\n';
