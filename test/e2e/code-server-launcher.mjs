#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests()
// would launch (`vscodeExecutablePath`): desktop VS Code cannot be downloaded
// here, so this runs the same extension tests in code-server (VS Code's server
// + web workbench, installed by scripts/install-code-server.sh) driven by a
// headless Chromium through playwright-core.
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
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CODE_SERVER_DIR = resolve(process.env.COPYDESK_CODE_SERVER_DIR || join(ROOT, '.tools/code-server'));
const CODE_SERVER_PKG = join(CODE_SERVER_DIR, 'node_modules/code-server');
const CODE_SERVER_ENTRY = join(CODE_SERVER_PKG, 'out/node/entry.js');
const CHROMIUM = process.env.COPYDESK_E2E_CHROMIUM || '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.COPYDESK_E2E_TIMEOUT_MS) || 5 * 60_000;
const VERBOSE = process.env.COPYDESK_E2E_VERBOSE === '1';
const KEEP_TMP = process.env.COPYDESK_E2E_KEEP_TMP === '1';
const HOST = '127.0.0.1';
// Workbench log lines that say nothing about the tests (shown with COPYDESK_E2E_VERBOSE=1).
const NOISE = /^(?:Ignoring fetching additional builtin extensions from gallery|Updating additional builtin extensions cache|ChatSessionStore: )/;

const say = (...args) => console.log('[code-server-launcher]', ...args);
const fail = (...args) => console.error('[code-server-launcher] ERROR:', ...args);

// ---------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------
const VALUE_OPTIONS = new Set([
  'extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir',
  'locale', 'log', 'logsPath', 'inspect-extensions', 'inspect-brk-extensions',
]);

function parseArgs(argv) {
  const opts = { extensionDevelopmentPath: [], extensionTestsPath: undefined, positional: [], ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      opts.positional.push(arg);
      continue;
    }
    let name = arg.slice(2);
    let value;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    } else if (VALUE_OPTIONS.has(name) && i + 1 < argv.length) {
      value = argv[++i];
    }
    if (name === 'extensionDevelopmentPath') opts.extensionDevelopmentPath.push(value);
    else if (name === 'extensionTestsPath') opts.extensionTestsPath = value;
    else opts.ignored.push(value === undefined ? `--${name}` : `--${name}=${value}`);
  }
  return opts;
}

/** A file path or file: URI to an absolute path. */
function toPath(p) {
  if (p.startsWith('file:')) return fileURLToPath(p);
  return resolve(p);
}

function remoteUri(authority, absPath) {
  return `vscode-remote://${authority}${absPath.split('/').map(encodeURIComponent).join('/')}`;
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------
function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForServer(url, child, deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited early (${child.exitCode ?? child.signalCode})`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error(`code-server did not answer at ${url} in time`);
}

/** Keeps the last lines of a stream for error reports. */
class Tail {
  constructor(max = 80) { this.max = max; this.lines = []; }
  push(line) { this.lines.push(line); if (this.lines.length > this.max) this.lines.shift(); }
  dump(title) {
    if (!this.lines.length) return;
    console.error(`----- last lines of ${title} -----`);
    for (const l of this.lines) console.error(l);
    console.error(`----- end of ${title} -----`);
  }
}

function onLines(stream, fn) {
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      fn(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
  });
  stream.on('end', () => { if (buf) fn(buf); });
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------
const opts = parseArgs(process.argv.slice(2));
let serverProc;
let browser;
let tmp;
let exiting = false;
const serverTail = new Tail();
const browserTail = new Tail();

async function cleanup() {
  if (browser) {
    const b = browser;
    browser = undefined;
    await Promise.race([b.close().catch(() => {}), sleep(5000)]);
  }
  if (serverProc && serverProc.exitCode === null && serverProc.signalCode === null) {
    const p = serverProc;
    const gone = new Promise((r) => p.once('exit', r));
    // code-server runs in its own process group, with its extension hosts,
    // file watchers and terminals: end the whole group.
    try { process.kill(-p.pid, 'SIGTERM'); } catch { /* already gone */ }
    const done = await Promise.race([gone.then(() => true), sleep(5000).then(() => false)]);
    if (!done) {
      try { process.kill(-p.pid, 'SIGKILL'); } catch { /* already gone */ }
      await Promise.race([gone, sleep(2000)]);
    }
  }
  if (serverProc) {
    // Anything left in the group (e.g. an extension host that outlived the server).
    try { process.kill(-serverProc.pid, 'SIGKILL'); } catch { /* nothing left */ }
  }
  if (tmp && !KEEP_TMP) {
    try { rmSync(tmp, { recursive: true, force: true }); } catch { /* best effort */ }
  } else if (tmp) {
    say(`kept ${tmp}`);
  }
}

let page;

async function finish(code, reason) {
  if (exiting) return;
  exiting = true;
  if (reason) {
    fail(reason);
    if (page) {
      // What the workbench showed when things went wrong.
      const shot = join(tmpdir(), `copydesk-e2e-failure-${process.pid}.png`);
      try {
        await Promise.race([page.screenshot({ path: shot }), sleep(5000).then(() => { throw new Error('timeout'); })]);
        fail(`screenshot of the workbench: ${shot}`);
      } catch { /* the page may be gone */ }
    }
    serverTail.dump('code-server output');
    browserTail.dump('browser console');
  }
  await cleanup();
  process.exit(code);
}

process.on('SIGINT', () => finish(130, 'interrupted'));
process.on('SIGTERM', () => finish(143, 'terminated'));
process.on('uncaughtException', (e) => finish(1, `uncaught exception: ${e?.stack || e}`));
process.on('unhandledRejection', (e) => finish(1, `unhandled rejection: ${e?.stack || e}`));

async function main() {
  if (!existsSync(CODE_SERVER_ENTRY)) {
    fail(`code-server is not installed (no ${CODE_SERVER_ENTRY}).`);
    fail(`Run scripts/install-code-server.sh first (it installs code-server into ${CODE_SERVER_DIR}).`);
    process.exit(1);
  }
  const csVersion = JSON.parse(readFileSync(join(CODE_SERVER_PKG, 'package.json'), 'utf8')).version;
  if (!existsSync(join(CODE_SERVER_PKG, 'lib/vscode/node_modules.asar'))) {
    fail(`code-server ${csVersion} in ${CODE_SERVER_DIR} is incompletely installed; run scripts/install-code-server.sh --force`);
    process.exit(1);
  }
  if (!existsSync(CHROMIUM)) {
    fail(`Chromium not found at ${CHROMIUM}; run scripts/install-code-server.sh (installs Debian's chromium) or set COPYDESK_E2E_CHROMIUM`);
    process.exit(1);
  }
  if (!opts.extensionTestsPath || opts.extensionDevelopmentPath.length === 0) {
    fail('expected --extensionDevelopmentPath=... and --extensionTestsPath=... (as passed by @vscode/test-electron runTests)');
    process.exit(2);
  }
  const devPaths = opts.extensionDevelopmentPath.map(toPath);
  const testsPath = toPath(opts.extensionTestsPath);
  for (const p of [...devPaths]) {
    if (!existsSync(p)) { fail(`extensionDevelopmentPath does not exist: ${p}`); process.exit(2); }
  }
  if (!existsSync(testsPath) && !existsSync(`${testsPath}.js`)) {
    fail(`extensionTestsPath does not exist: ${testsPath}`);
    process.exit(2);
  }
  let folder;
  let workspaceFile;
  if (opts.positional.length) {
    const w = toPath(opts.positional[opts.positional.length - 1]);
    if (!existsSync(w)) { fail(`workspace does not exist: ${w}`); process.exit(2); }
    if (statSync(w).isDirectory()) folder = w;
    else if (w.endsWith('.code-workspace')) workspaceFile = w;
    else { folder = dirname(w); say(`opening the folder of ${w}`); }
  }
  if (opts.ignored.length && VERBOSE) say(`ignoring arguments: ${opts.ignored.join(' ')}`);

  tmp = mkdtempSync(join(tmpdir(), 'copydesk-e2e-'));
  const userDataDir = join(tmp, 'user-data');
  const extensionsDir = join(tmp, 'extensions');
  const configFile = join(tmp, 'config.yaml');
  const settings = JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.enableExperiments': false,
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'chat.disableAIFeatures': true,
  }, null, 2);
  for (const d of ['User', 'Machine']) {
    mkdirSync(join(userDataDir, d), { recursive: true });
    writeFileSync(join(userDataDir, d, 'settings.json'), settings);
  }
  mkdirSync(extensionsDir, { recursive: true });
  const port = await freePort();
  const authority = `${HOST}:${port}`;
  writeFileSync(configFile, `bind-addr: ${authority}\nauth: none\ncert: false\n`);

  const deadline = Date.now() + TIMEOUT_MS;
  const timer = setTimeout(() => {
    finish(1, `timed out after ${Math.round(TIMEOUT_MS / 1000)}s waiting for the extension tests to finish ` +
      '(set COPYDESK_E2E_TIMEOUT_MS to change; COPYDESK_E2E_VERBOSE=1 shows code-server and browser output)');
  }, TIMEOUT_MS);
  timer.unref();

  // ---- code-server ----
  // Everything code-server, its extension hosts and Chromium write (logs,
  // sockets, caches, crash reports) goes below the temp dir, not into $HOME or /tmp.
  const xdg = {
    XDG_DATA_HOME: join(tmp, 'xdg/data'),
    XDG_CONFIG_HOME: join(tmp, 'xdg/config'),
    XDG_CACHE_HOME: join(tmp, 'xdg/cache'),
    XDG_STATE_HOME: join(tmp, 'xdg/state'),
  };
  for (const d of Object.values(xdg)) mkdirSync(d, { recursive: true });
  const serverTmp = join(tmp, 'tmp');
  mkdirSync(serverTmp, { recursive: true });
  const env = { ...process.env, ...xdg, TMPDIR: serverTmp, EXTENSIONS_GALLERY: '{}' };
  // Inside a VS Code terminal these would make code-server hand the folder to
  // that VS Code instead of starting a server.
  for (const k of Object.keys(env)) {
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  }
  const serverArgs = [
    CODE_SERVER_ENTRY,
    '--auth', 'none',
    '--bind-addr', authority,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--config', configFile,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  say(`starting code-server ${csVersion} on http://${authority}`);
  const started = Date.now();
  const serverLog = createWriteStream(join(tmp, 'code-server.log'));
  serverProc = spawn(process.execPath, serverArgs, {
    cwd: folder || ROOT,
    env,
    detached: true, // own process group, so cleanup() can end all of it
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const onServerLine = (line) => {
    serverLog.write(`${line}\n`);
    serverTail.push(line);
    if (VERBOSE) console.log(`[code-server] ${line}`);
  };
  onLines(serverProc.stdout, onServerLine);
  onLines(serverProc.stderr, onServerLine);
  serverProc.on('exit', (code, signal) => {
    if (!exiting) finish(1, `code-server exited unexpectedly (${code ?? signal})`);
  });
  serverProc.on('error', (e) => { if (!exiting) finish(1, `could not start code-server: ${e.message}`); });

  await waitForServer(`http://${authority}/healthz`, serverProc, Math.min(deadline, Date.now() + 90_000));
  say(`code-server is up after ${((Date.now() - started) / 1000).toFixed(1)}s`);

  // ---- browser ----
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, ...xdg },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-breakpad',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();

  let resolveExit;
  const exitCode = new Promise((r) => { resolveExit = r; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // args are console.log's arguments from the extension host (a format
    // string first, e.g. mocha's '  %d passing (%s)'): format them the same way.
    const parts = Array.isArray(args) ? args : [args];
    const text = parts.length ? format(...parts) : '';
    if (!VERBOSE && NOISE.test(text)) return;
    console.log(text);
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    resolveExit(typeof code === 'number' ? code : Number(code) || 0);
  });
  page.on('console', (msg) => {
    const line = `[browser ${msg.type()}] ${msg.text()}`;
    browserTail.push(line);
    if (VERBOSE) console.log(line);
  });
  page.on('pageerror', (e) => {
    const line = `[browser pageerror] ${e.stack || e.message}`;
    browserTail.push(line);
    if (VERBOSE) console.log(line);
  });
  page.on('crash', () => finish(1, 'the browser page crashed'));

  const payload = [
    ...devPaths.map((p) => ['extensionDevelopmentPath', remoteUri(authority, p)]),
    ['extensionTestsPath', remoteUri(authority, testsPath)],
    ['skipWelcome', 'true'],
  ];
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  else if (workspaceFile) query.set('workspace', workspaceFile);
  else query.set('ew', 'true');
  query.set('payload', JSON.stringify(payload));
  const url = `http://${authority}/?${query}`;
  say(`opening ${VERBOSE ? url : `http://${authority}/?folder=${folder ?? ''}`}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: Math.max(1000, deadline - Date.now()) });

  const code = await exitCode;
  clearTimeout(timer);
  say(`extension tests finished with exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)}s`);
  await finish(code);
}

main().catch((e) => finish(1, e?.stack || String(e)));
