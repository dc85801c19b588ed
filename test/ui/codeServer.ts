// What the workbench UI test (workbench.ts), the packaged-extension test (vsix.ts) and the
// extension-host test launcher (test/e2e/launcher.ts) share:
// an isolated environment, code-server in its own process group, headless Chromium on the
// workbench, a step runner with an overall limit, and clean-up on exit and on signals.
//
// Needs code-server in .tools/code-server (scripts/install-code-server.sh) and /usr/bin/chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';

/** The checkout's root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CODE_SERVER_DIR = resolve(process.env.COPYDESK_CODE_SERVER_DIR || join(ROOT, '.tools/code-server'));
const CODE_SERVER_PACKAGE = join(CODE_SERVER_DIR, 'node_modules/code-server');
/** code-server's Node entry point (run with `process.execPath`). */
export const CODE_SERVER_ENTRY = join(CODE_SERVER_PACKAGE, 'out/node/entry.js');
/** The Chromium that playwright-core drives. */
export const CHROMIUM = process.env.COPYDESK_E2E_CHROMIUM || '/usr/bin/chromium';
/** code-server binds here, on a free port. */
export const HOST = '127.0.0.1';
/** The browser window's size. */
export const VIEWPORT = { width: 1400, height: 900 };
/** Default timeout of the page's actions and waits. */
export const UI_MS = 15_000;

/** A failure whose message says it all (no stack trace in the report). */
export class StepError extends Error {}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
/** Reads U+00A0 (the workbench's spaces) as a space. */
export const norm = (s: string) => s.replace(/\u00a0/g, ' ');

/** Signals a process group (the child was spawned with `detached: true`); quiet when it is gone. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid) {
    try { process.kill(-child.pid, signal); } catch { /* gone */ }
  }
}

/** A TCP port on HOST that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, HOST, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

/** Fails with a StepError (and what to do) when code-server or Chromium is not (fully) installed. */
export function checkTools(): void {
  if (!existsSync(CODE_SERVER_ENTRY)) throw new StepError(`code-server is not installed (no ${CODE_SERVER_ENTRY}); run scripts/install-code-server.sh`);
  if (!existsSync(join(CODE_SERVER_PACKAGE, 'lib/vscode/node_modules.asar'))) {
    throw new StepError(`code-server ${codeServerVersion()} in ${CODE_SERVER_DIR} is incompletely installed; run scripts/install-code-server.sh --force`);
  }
  if (!existsSync(CHROMIUM)) throw new StepError(`Chromium not found at ${CHROMIUM}; run scripts/install-code-server.sh or set COPYDESK_E2E_CHROMIUM`);
}

/** The installed code-server's version. */
export function codeServerVersion(): string {
  return (JSON.parse(readFileSync(join(CODE_SERVER_PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The workbench's URI of a file or folder on code-server's machine. */
export function remoteUri(authority: string, absPath: string): string {
  return `vscode-remote://${authority}${absPath.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * An environment that keeps code-server and Chromium inside `tmp`: XDG dirs and TMPDIR there
 * (created), no extension gallery, none of the parent VS Code's variables. Returns the
 * environment and the XDG variables alone.
 */
export function isolatedEnv(tmp: string): { env: NodeJS.ProcessEnv; xdg: Record<string, string> } {
  const xdg = {
    XDG_DATA_HOME: join(tmp, 'xdg/data'),
    XDG_CONFIG_HOME: join(tmp, 'xdg/config'),
    XDG_CACHE_HOME: join(tmp, 'xdg/cache'),
    XDG_STATE_HOME: join(tmp, 'xdg/state'),
  };
  for (const d of Object.values(xdg)) mkdirSync(d, { recursive: true });
  mkdirSync(join(tmp, 'tmp'), { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, ...xdg, TMPDIR: join(tmp, 'tmp'), EXTENSIONS_GALLERY: '{}' };
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  return { env, xdg };
}

/**
 * Writes the User and Machine settings.json of `userData`: a quiet workbench (no welcome,
 * tips, experiments, telemetry, updates, workspace trust, git or AI features), then `extra`.
 */
export function writeSettings(userData: string, extra: Record<string, unknown> = {}): void {
  const settings = JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.enableExperiments': false,
    'workbench.tips.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'chat.disableAIFeatures': true,
    ...extra,
  }, null, 2);
  for (const d of ['User', 'Machine']) {
    mkdirSync(join(userData, d), { recursive: true });
    writeFileSync(join(userData, d, 'settings.json'), settings);
  }
}

export interface CodeServerOptions {
  /** Where config.yaml goes. */
  tmp: string;
  /** code-server's working directory (the workspace). */
  cwd: string;
  env: NodeJS.ProcessEnv;
  userData: string;
  extensions: string;
  /** code-server's stdout and stderr go here. */
  log: string;
  /** Also print code-server's output as it comes. */
  verbose?: boolean;
}

/**
 * code-server (no auth, no telemetry, no update check, no workspace trust) in its own process
 * group. Keep the object before awaiting start(): stop() and killNow() then end the group
 * even when start() fails or is abandoned half-way.
 */
export class CodeServer {
  process?: ChildProcess;
  /** host:port, known once start() has picked the port. */
  authority = '';
  private readonly lastLines: string[] = [];
  private partLine = '';

  constructor(private readonly opts: CodeServerOptions) {}

  /**
   * Starts code-server on a free port and waits (up to 60 s) until /healthz answers;
   * resolves with the seconds that took.
   */
  async start(): Promise<number> {
    const o = this.opts;
    const port = await freePort();
    const authority = `${HOST}:${port}`;
    this.authority = authority;
    const config = join(o.tmp, 'config.yaml');
    writeFileSync(config, `bind-addr: ${authority}\nauth: none\ncert: false\n`);
    const started = Date.now();
    const logStream = createWriteStream(o.log);
    const server = spawn(process.execPath, [
      CODE_SERVER_ENTRY,
      '--auth', 'none',
      '--bind-addr', authority,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--config', config,
      '--user-data-dir', o.userData,
      '--extensions-dir', o.extensions,
    ], { cwd: o.cwd, env: o.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = server;
    for (const s of [server.stdout, server.stderr]) {
      s?.on('data', (d: Buffer) => {
        logStream.write(d);
        this.remember(String(d));
        if (o.verbose) process.stdout.write(`[code-server] ${d}`);
      });
    }
    server.on('exit', () => logStream.end());

    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null || server.signalCode !== null) throw new StepError(`code-server exited early (${server.exitCode ?? server.signalCode}); see ${o.log}`);
      if (Date.now() > deadline) throw new StepError(`code-server did not answer on http://${authority}/healthz within 60 s`);
      try {
        const res = await fetch(`http://${authority}/healthz`, { signal: AbortSignal.timeout(2000) });
        if (res.ok) break;
      } catch { /* not up yet */ }
      await sleep(250);
    }
    return (Date.now() - started) / 1000;
  }

  /** The last 80 lines code-server wrote, oldest first (for failure reports). */
  outputTail(): string[] {
    return this.partLine ? [...this.lastLines, this.partLine] : [...this.lastLines];
  }

  private remember(text: string): void {
    const lines = (this.partLine + text).split('\n');
    this.partLine = lines.pop()!;
    this.lastLines.push(...lines);
    if (this.lastLines.length > 80) this.lastLines.splice(0, this.lastLines.length - 80);
  }

  /** The workbench's address. */
  get url(): string {
    return `http://${this.authority}`;
  }

  /**
   * SIGTERM to the group, SIGKILL after 5 s; then SIGKILL to whatever is left in the group
   * (extension host, language server, watchers).
   */
  async stop(): Promise<void> {
    const server = this.process;
    if (!server?.pid) return;
    if (server.exitCode === null && server.signalCode === null) {
      const gone = new Promise((r) => server.once('exit', r));
      killGroup(server, 'SIGTERM');
      const done = await Promise.race([gone.then(() => true), sleep(5000).then(() => false)]);
      if (!done) {
        killGroup(server);
        await Promise.race([gone, sleep(2000)]);
      }
    }
    killGroup(server);
  }

  /** Synchronous last resort (process 'exit'): SIGKILL to the group. */
  killNow(): void {
    if (this.process) killGroup(this.process);
  }
}

/** Headless Chromium (without playwright's own signal handlers: the caller's close both). */
export async function launchBrowser(env: NodeJS.ProcessEnv): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    env: env as Record<string, string>,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-breakpad'],
  });
}

/** Closes the browser, giving up after 5 s. */
export async function closeBrowser(browser: Browser | undefined): Promise<void> {
  if (browser) await Promise.race([browser.close().catch(() => undefined), sleep(5000)]);
}

/** The last 40 lines of the browser console and page errors (printed as they come with `verbose`). */
export class ConsoleTail {
  private readonly lines: string[] = [];

  constructor(private readonly verbose = false) {}

  /** Listens to the page's console and page errors. */
  attach(page: Page): void {
    page.on('console', (msg) => this.remember(`[browser ${msg.type()}] ${msg.text()}`));
    page.on('pageerror', (e) => this.remember(`[browser pageerror] ${e.message}`));
  }

  /** A copy of the lines kept, oldest first. */
  tail(): string[] {
    return [...this.lines];
  }

  private remember(line: string): void {
    this.lines.push(line);
    if (this.lines.length > 40) this.lines.shift();
    if (this.verbose) console.log(line);
  }
}

/** A page of VIEWPORT size with UI_MS as its default timeout, its console going to `consoleTail`. */
export async function newPage(browser: Browser, consoleTail: ConsoleTail): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(UI_MS);
  consoleTail.attach(page);
  return page;
}

/**
 * Opens `folder` (a folder, a `.code-workspace` file, or an empty window when undefined) in the
 * workbench at `url`, with the given workbench payload; waits up to `timeoutMs` for the page.
 */
export async function openWorkbench(page: Page, url: string, folder: string | undefined, payload: [string, string][], timeoutMs = 60_000): Promise<void> {
  const query = new URLSearchParams();
  if (folder === undefined) query.set('ew', 'true');
  else query.set(folder.endsWith('.code-workspace') ? 'workspace' : 'folder', folder);
  query.set('payload', JSON.stringify(payload));
  await page.goto(`${url}/?${query}`, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
}

/**
 * Until the returned function is called: on process exit, `killNow()`; on SIGINT, SIGTERM or
 * SIGHUP, `announce(signal)`, then `close()` and exit 130 (SIGINT) or 143.
 */
export function guardProcess(killNow: () => void, close: () => Promise<unknown>, announce: (signal: NodeJS.Signals) => void): () => void {
  const interrupted = (signal: NodeJS.Signals) => {
    announce(signal);
    void close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  process.once('exit', killNow);
  for (const sig of signals) process.once(sig, interrupted);
  return () => {
    process.removeListener('exit', killNow);
    for (const sig of signals) process.removeListener(sig, interrupted);
  };
}

/** A screenshot of `page` at a failure into `path` (giving up after 5 s); false when there is no page or it is gone. */
export async function failureScreenshot(page: Page | undefined, path: string): Promise<boolean> {
  if (!page) return false;
  try {
    await Promise.race([page.screenshot({ path }), sleep(5000).then(() => { throw new Error('timeout'); })]);
    return true;
  } catch {
    return false; // the page may be gone
  }
}

export type Step = [name: string, run: () => Promise<void>];

export interface StepFailure {
  step: string;
  message: string;
  /** A screenshot of the page at the failure, when there was one. */
  screenshot?: string;
}

export interface RunStepsOptions {
  /** Overall limit. */
  timeoutMs: number;
  /** The failure message when the limit is reached. */
  timeoutMessage: string;
  /** Gets "  ok  <step> (<seconds> s)" after each step. */
  log: (line: string) => void;
  /** The page to take the failure screenshot of, if any. */
  page: () => Page | undefined;
  /** Where the failure screenshot goes. */
  screenshotPath: string;
}

/**
 * Runs the steps in order within one overall limit; stops at the first failure and reports
 * it with a screenshot of the page (a StepError's message as it is, another error's first
 * stack lines). Resolves with undefined when all passed.
 */
export async function runSteps(steps: Step[], opts: RunStepsOptions): Promise<StepFailure | undefined> {
  let failure: StepFailure | undefined;
  let current = steps[0][0];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, rej) => {
    timer = setTimeout(() => rej(new StepError(opts.timeoutMessage)), opts.timeoutMs);
  });
  try {
    for (const [name, run] of steps) {
      current = name;
      const t = Date.now();
      const running = run();
      running.catch(() => undefined); // after a timeout it may still fail while the workbench closes
      await Promise.race([running, timeout]);
      opts.log(`  ok  ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    }
  } catch (e) {
    // Playwright errors carry a long call log: its first lines say what went wrong.
    const message = e instanceof StepError ? e.message : e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 8).join('\n') : String(e);
    failure = { step: current, message };
    if (await failureScreenshot(opts.page(), opts.screenshotPath)) failure.screenshot = opts.screenshotPath;
  } finally {
    clearTimeout(timer);
    timeout.catch(() => undefined);
  }
  return failure;
}
