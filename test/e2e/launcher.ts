// Stands in for the VS Code executable that @vscode/test-electron's runTests()
// would launch (`vscodeExecutablePath`, through code-server-launcher.mjs): desktop
// VS Code cannot be downloaded here, so this runs the same extension tests in
// code-server (VS Code's server + web workbench, installed by
// scripts/install-code-server.sh) driven by a headless Chromium through
// playwright-core. Code-server, the browser and the clean-up are the UI tests'
// (test/ui/codeServer.ts).
//
// It understands the arguments runTests passes:
//   --extensionDevelopmentPath=DIR (repeatable)  --extensionTestsPath=FILE
//   a workspace folder (or .code-workspace file) as positional argument
//   --user-data-dir=DIR --extensions-dir=DIR (ignored: fresh temp dirs are used)
//   --disable-extensions, --no-sandbox, --skip-welcome, ... (ignored)
// and exits with the exit code of the extension test suite.
//
// Environment:
//   COPYDESK_CODE_SERVER_DIR  where code-server is installed (default .tools/code-server)
//   COPYDESK_E2E_CHROMIUM     Chromium executable (default /usr/bin/chromium)
//   COPYDESK_E2E_TIMEOUT_MS   overall timeout (default 300000)
//   COPYDESK_E2E_VERBOSE=1    also print code-server's and the browser console's output
//   COPYDESK_E2E_KEEP_TMP=1   keep the temporary user-data/extensions dirs
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import {
  checkTools, closeBrowser, codeServerVersion, CodeServer, ConsoleTail, failureScreenshot, guardProcess, isolatedEnv, launchBrowser, newPage,
  openWorkbench, remoteUri, ROOT, StepError, writeSettings,
} from '../ui/codeServer';

const TIMEOUT_MS = Number(process.env.COPYDESK_E2E_TIMEOUT_MS) || 5 * 60_000;
const VERBOSE = process.env.COPYDESK_E2E_VERBOSE === '1';
const KEEP_TMP = process.env.COPYDESK_E2E_KEEP_TMP === '1';
// Workbench log lines that say nothing about the tests (shown with COPYDESK_E2E_VERBOSE=1).
const NOISE = /^(?:Ignoring fetching additional builtin extensions from gallery|Updating additional builtin extensions cache|ChatSessionStore: )/;

const say = (...args: unknown[]) => console.log('[code-server-launcher]', ...args);
const fail = (...args: unknown[]) => console.error('[code-server-launcher] ERROR:', ...args);

// ---------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------
const VALUE_OPTIONS = new Set([
  'extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir',
  'locale', 'log', 'logsPath', 'inspect-extensions', 'inspect-brk-extensions',
]);

interface LaunchArgs {
  extensionDevelopmentPath: string[];
  extensionTestsPath?: string;
  positional: string[];
  ignored: string[];
}

function parseArgs(argv: string[]): LaunchArgs {
  const opts: LaunchArgs = { extensionDevelopmentPath: [], extensionTestsPath: undefined, positional: [], ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      opts.positional.push(arg);
      continue;
    }
    let name = arg.slice(2);
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    } else if (VALUE_OPTIONS.has(name) && i + 1 < argv.length) {
      value = argv[++i];
    }
    if (name === 'extensionDevelopmentPath' && value !== undefined) opts.extensionDevelopmentPath.push(value);
    else if (name === 'extensionTestsPath') opts.extensionTestsPath = value;
    else opts.ignored.push(value === undefined ? `--${name}` : `--${name}=${value}`);
  }
  return opts;
}

/** A file path or file: URI to an absolute path. */
function toPath(p: string): string {
  return p.startsWith('file:') ? fileURLToPath(p) : resolve(p);
}

/** What to run: the extensions, the suite and the folder (or workspace file) to open; exits 2 on bad arguments. */
function checkedArgs(opts: LaunchArgs): { devPaths: string[]; testsPath: string; folder?: string } {
  const usage = (message: string): never => {
    fail(message);
    process.exit(2);
  };
  if (!opts.extensionTestsPath || opts.extensionDevelopmentPath.length === 0) {
    usage('expected --extensionDevelopmentPath=... and --extensionTestsPath=... (as passed by @vscode/test-electron runTests)');
  }
  const devPaths = opts.extensionDevelopmentPath.map(toPath);
  const testsPath = toPath(opts.extensionTestsPath!);
  for (const p of devPaths) if (!existsSync(p)) usage(`extensionDevelopmentPath does not exist: ${p}`);
  if (!existsSync(testsPath) && !existsSync(`${testsPath}.js`)) usage(`extensionTestsPath does not exist: ${testsPath}`);
  let folder: string | undefined;
  if (opts.positional.length) {
    const w = toPath(opts.positional[opts.positional.length - 1]);
    if (!existsSync(w)) usage(`workspace does not exist: ${w}`);
    if (statSync(w).isDirectory() || w.endsWith('.code-workspace')) folder = w;
    else {
      folder = dirname(w);
      say(`opening the folder of ${w}`);
    }
  }
  if (opts.ignored.length && VERBOSE) say(`ignoring arguments: ${opts.ignored.join(' ')}`);
  return { devPaths, testsPath, folder };
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------
let server: CodeServer | undefined;
let browser: Browser | undefined;
let page: Page | undefined;
let tmp: string | undefined;
let exiting = false;
const consoleTail = new ConsoleTail(VERBOSE);

/** Ends the browser and code-server's process group; removes the temp dir unless kept. */
async function cleanup(): Promise<void> {
  const b = browser;
  browser = undefined;
  await closeBrowser(b);
  await server?.stop();
  if (tmp && !KEEP_TMP) {
    try { rmSync(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }); } catch { /* best effort */ }
  } else if (tmp) {
    say(`kept ${tmp}`);
  }
}

function dump(title: string, lines: string[]): void {
  if (!lines.length) return;
  console.error(`----- last lines of ${title} -----`);
  for (const l of lines) console.error(l);
  console.error(`----- end of ${title} -----`);
}

async function finish(code: number, reason?: string): Promise<never> {
  if (!exiting) {
    exiting = true;
    if (reason) {
      fail(reason);
      // What the workbench showed when things went wrong.
      const shot = join(tmpdir(), `copydesk-e2e-failure-${process.pid}.png`);
      if (await failureScreenshot(page, shot)) fail(`screenshot of the workbench: ${shot}`);
      dump('code-server output', server?.outputTail() ?? []);
      dump('browser console', consoleTail.tail());
    }
    await cleanup();
    process.exit(code);
  }
  return new Promise<never>(() => undefined); // already finishing
}

async function main(): Promise<void> {
  checkTools();
  const { devPaths, testsPath, folder } = checkedArgs(parseArgs(process.argv.slice(2)));

  tmp = mkdtempSync(join(tmpdir(), 'copydesk-e2e-'));
  const userData = join(tmp, 'user-data');
  const extensions = join(tmp, 'extensions');
  writeSettings(userData);
  mkdirSync(extensions, { recursive: true });

  const deadline = Date.now() + TIMEOUT_MS;
  const timer = setTimeout(() => {
    void finish(1, `timed out after ${Math.round(TIMEOUT_MS / 1000)}s waiting for the extension tests to finish ` +
      '(set COPYDESK_E2E_TIMEOUT_MS to change; COPYDESK_E2E_VERBOSE=1 shows code-server and browser output)');
  }, TIMEOUT_MS);
  timer.unref();

  // Everything code-server, its extension hosts and Chromium write (logs, sockets, caches,
  // crash reports) goes below the temp dir, not into $HOME or /tmp.
  const { env, xdg } = isolatedEnv(tmp);
  const cs = new CodeServer({ tmp, cwd: folder && !folder.endsWith('.code-workspace') ? folder : ROOT, env, userData, extensions, log: join(tmp, 'code-server.log'), verbose: VERBOSE });
  server = cs;
  say(`starting code-server ${codeServerVersion()}`);
  const started = Date.now();
  const seconds = await cs.start();
  say(`code-server is up on ${cs.url} after ${seconds.toFixed(1)}s`);
  cs.process?.on('exit', (code, signal) => {
    if (!exiting) void finish(1, `code-server exited unexpectedly (${code ?? signal})`);
  });

  browser = await launchBrowser({ ...process.env, ...xdg });
  page = await newPage(browser, consoleTail);
  let resolveExit!: (code: number) => void;
  const exitCode = new Promise<number>((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (_type: unknown, args: unknown) => {
    // args are console.log's arguments from the extension host (a format
    // string first, e.g. mocha's '  %d passing (%s)'): format them the same way.
    const parts = Array.isArray(args) ? args : [args];
    const text = parts.length ? format(...(parts as [unknown, ...unknown[]])) : '';
    if (!VERBOSE && NOISE.test(text)) return;
    console.log(text);
  });
  await page.exposeFunction('codeAutomationExit', (code: unknown) => {
    resolveExit(typeof code === 'number' ? code : Number(code) || 0);
  });
  page.on('crash', () => void finish(1, 'the browser page crashed'));

  const payload: [string, string][] = [
    ...devPaths.map((p): [string, string] => ['extensionDevelopmentPath', remoteUri(cs.authority, p)]),
    ['extensionTestsPath', remoteUri(cs.authority, testsPath)],
    ['skipWelcome', 'true'],
  ];
  say(`opening ${cs.url}/?folder=${folder ?? ''}`);
  await openWorkbench(page, cs.url, folder, payload, Math.max(1000, deadline - Date.now()));

  const code = await exitCode;
  clearTimeout(timer);
  say(`extension tests finished with exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)}s`);
  await finish(code);
}

let signalled: NodeJS.Signals | undefined;
guardProcess(() => server?.killNow(), () => finish(signalled === 'SIGINT' ? 130 : 143, `interrupted (${signalled})`), (signal) => (signalled = signal));
process.on('uncaughtException', (e) => void finish(1, `uncaught exception: ${e?.stack || e}`));
process.on('unhandledRejection', (e) => void finish(1, `unhandled rejection: ${e instanceof Error ? e.stack : String(e)}`));
main().catch((e: unknown) => finish(1, e instanceof StepError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)));
