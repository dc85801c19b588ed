// The packaged extension, as a user gets it: builds the .vsix, checks what it ships,
// installs it into code-server (an extensions dir, not a development extension), opens an
// article with an unbalanced quotation mark in the real workbench (headless Chromium) and
// waits until the extension has activated and its language server has reported the error.
//
//   node --import tsx test/ui/vsix.ts [--article FILE] [--vsix FILE] [--keep] [--verbose]
//
//   --article FILE  the article to open (default test/fixtures/workspace/unbalanced.article);
//                   a file without an error makes the check fail, which shows it can fail
//   --vsix FILE     skip the build and check/install this .vsix instead
//   --keep          keep the temp dir (packaging copy, code-server data, logs)
//   --verbose       print code-server's output and the browser console as they come
//
// The build runs in a temporary copy of the project (node_modules linked), so the checkout's
// dist/ (the dev build other tests use) is never touched. Exits 0 on success, 1 with the
// failing step, the reason and a screenshot path; code-server and Chromium never outlive it.
// Needs code-server in .tools/code-server (scripts/install-code-server.sh) and /usr/bin/chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import {
  checkTools, closeBrowser, CODE_SERVER_ENTRY, CodeServer, ConsoleTail, guardProcess, isolatedEnv, killGroup, launchBrowser,
  newPage, norm, openWorkbench, ROOT, runSteps, sleep, StepError, UI_MS, writeSettings, type Step,
} from './codeServer';

const DEFAULT_ARTICLE = join(ROOT, 'test/fixtures/workspace/unbalanced.article');
const TOTAL_MS = 170_000;
const DIAGNOSTICS_MS = 60_000;
const MAX_VSIX_BYTES = 2 * 1024 * 1024;
/** The rule the default article breaks; looked for in the Problems panel. */
const EXPECTED_CODE = 'unbalanced-quote';
/** Top-level entries of the checkout that the packaging copy leaves out (git-ignored or huge). */
const NOT_COPIED = new Set(['.git', 'node_modules', 'dist', 'out', '.tools', '.vscode-test']);

// ---------------------------------------------------------------------------
// Child processes: each in its own process group, so that one kill ends it all.
// ---------------------------------------------------------------------------

/** The commands run() is running. */
const children = new Set<ChildProcess>();

/** Runs a command to the end (bounded); fails with its output when it exits non-zero. */
function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs: number; log: string }): Promise<string> {
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let out = '';
    const logStream = createWriteStream(opts.log, { flags: 'a' });
    logStream.write(`$ ${[cmd, ...args].join(' ')}   (in ${opts.cwd})\n`);
    for (const s of [child.stdout, child.stderr]) s?.on('data', (d: Buffer) => { out += d; logStream.write(d); });
    const timer = setTimeout(() => {
      killGroup(child);
      rej(new StepError(`\`${basename(cmd)} ${args.join(' ')}\` did not finish within ${opts.timeoutMs / 1000} s; output in ${opts.log}`));
    }, opts.timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); children.delete(child); logStream.end(); rej(new StepError(`could not run ${cmd}: ${e.message}`)); });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      logStream.end();
      // Whatever the command left behind in its group.
      killGroup(child);
      if (code === 0) res(out);
      else rej(new StepError(`\`${basename(cmd)} ${args.join(' ')}\` failed (${code ?? signal}):\n${out.trim().split('\n').slice(-15).map((l) => `    ${l}`).join('\n')}`));
    });
  });
}

// ---------------------------------------------------------------------------
// A small zip reader: the central directory's names and sizes, and one entry's bytes.
// ---------------------------------------------------------------------------

interface ZipEntry { name: string; size: number; compressedSize: number; method: number; localOffset: number }

function zipEntries(zip: Buffer): ZipEntry[] {
  // The end of central directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new StepError('the .vsix is not a zip file (no end of central directory record)');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new StepError('the .vsix has a broken zip central directory');
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLen),
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function zipRead(zip: Buffer, e: ZipEntry): Buffer {
  const at = e.localOffset;
  if (zip.readUInt32LE(at) !== 0x04034b50) throw new StepError(`the .vsix entry ${e.name} has no local header`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + e.compressedSize);
  if (e.method === 0) return Buffer.from(data);
  if (e.method === 8) return inflateRawSync(data);
  throw new StepError(`the .vsix entry ${e.name} uses zip method ${e.method}`);
}

// ---------------------------------------------------------------------------
// The steps
// ---------------------------------------------------------------------------

interface Options { article: string; vsix?: string; keep: boolean; verbose: boolean }

interface Ctx {
  opts: Options;
  tmp: string;
  version: string;
  vsix: string;
  extensions: string;
  userData: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  observations: string[];
  server?: CodeServer;
  browser?: Browser;
  page?: Page;
  serverLog: string;
  consoleTail: ConsoleTail;
}

/** Builds the production bundles and the .vsix in a temporary copy of the checkout. */
async function buildVsix(ctx: Ctx): Promise<void> {
  const copy = join(ctx.tmp, 'package');
  mkdirSync(copy);
  cpSync(ROOT, copy, {
    recursive: true,
    filter: (src) => {
      const rel = src.slice(ROOT.length + 1);
      if (!rel) return true;
      const top = rel.split('/')[0];
      return !NOT_COPIED.has(top) && !/\.vsix$/.test(rel);
    },
  });
  // The bundler and vsce resolve their packages through it, as in the checkout.
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  const buildLog = join(ctx.tmp, 'build.log');
  await run(process.execPath, ['esbuild.mjs', '--production'], { cwd: copy, timeoutMs: 60_000, log: buildLog });
  const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
  if (!existsSync(vsce)) throw new StepError(`vsce is not installed (no ${vsce}); run npm install`);
  ctx.vsix = join(ctx.tmp, 'copydesk.vsix');
  await run(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', ctx.vsix], { cwd: copy, timeoutMs: 60_000, log: buildLog });
  if (!existsSync(ctx.vsix)) throw new StepError(`vsce did not write ${ctx.vsix}; see ${buildLog}`);
}

/** The .vsix ships the bundles, grammars, language configuration, manifest, readme and licence: nothing else. */
function checkVsix(ctx: Ctx): void {
  const bytes = statSync(ctx.vsix).size;
  const zip = readFileSync(ctx.vsix);
  const entries = zipEntries(zip);
  const names = entries.map((e) => e.name);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes?: { grammars?: { path: string }[] } };
  const inExtension = (p: string) => `extension/${p.replace(/^\.\//, '')}`;
  const required = [
    'extension.vsixmanifest',
    '[Content_Types].xml',
    'extension/package.json',
    'extension/readme.md',
    'extension/LICENSE.txt',
    'extension/language-configuration.json',
    'extension/dist/client.js',
    'extension/dist/server.js',
    'extension/dist/cli.js',
    ...(manifest.contributes?.grammars ?? []).map((g) => inExtension(g.path)),
  ];
  // Allowed by .vscodeignore, not there today.
  const optional = new Set(['extension/changelog.md', 'extension/CHANGELOG.md', 'extension/images/icon.png']);
  const problems: string[] = [];
  const missing = required.filter((r) => !names.includes(r));
  if (missing.length) problems.push(`missing: ${missing.join(', ')}`);
  const forbidden = names.filter((n) => /(^|\/)node_modules\//.test(n) || /\.(ts|tsx|mts|cts)$/.test(n) || /\.map$/.test(n) || /(^|\/)(test|tests|src)\//.test(n) || /\.vsix$/.test(n));
  if (forbidden.length) problems.push(`must not ship: ${forbidden.slice(0, 20).join(', ')}${forbidden.length > 20 ? ` (+${forbidden.length - 20} more)` : ''}`);
  const extra = names.filter((n) => !required.includes(n) && !optional.has(n) && !forbidden.includes(n));
  if (extra.length) problems.push(`unexpected: ${extra.slice(0, 20).join(', ')}${extra.length > 20 ? ` (+${extra.length - 20} more)` : ''}`);
  if (bytes >= MAX_VSIX_BYTES) problems.push(`it is ${(bytes / 1024 / 1024).toFixed(2)} MB (limit 2 MB)`);
  // The bundles are the production build: no source map comments pointing at files that are not shipped.
  for (const e of entries.filter((x) => /^extension\/dist\/.*\.js$/.test(x.name))) {
    const text = zipRead(zip, e).toString('utf8');
    if (/\/\/# sourceMappingURL=/.test(text)) problems.push(`${e.name} refers to a source map`);
  }
  const shipped = entries.find((e) => e.name === 'extension/package.json');
  if (shipped) {
    const pkg = JSON.parse(zipRead(zip, shipped).toString('utf8')) as { version: string; main?: string };
    if (pkg.version !== ctx.version) problems.push(`its package.json has version ${pkg.version}, the checkout ${ctx.version}`);
    if (pkg.main && !names.includes(inExtension(pkg.main))) problems.push(`its package.json's main (${pkg.main}) is not in it`);
  }
  if (problems.length) throw new StepError(`the .vsix ${ctx.vsix} is wrong:\n  - ${problems.join('\n  - ')}\n  entries: ${names.join(', ')}`);
  ctx.observations.push(`vsix: ${(bytes / 1024).toFixed(0)} KiB, ${names.length} entries: ${names.join(', ')}`);
}

async function install(ctx: Ctx): Promise<void> {
  const common = ['--extensions-dir', ctx.extensions, '--user-data-dir', ctx.userData];
  const log = join(ctx.tmp, 'install.log');
  await run(process.execPath, [CODE_SERVER_ENTRY, '--install-extension', ctx.vsix, ...common], { cwd: ctx.tmp, env: ctx.env, timeoutMs: 60_000, log });
  const listed = await run(process.execPath, [CODE_SERVER_ENTRY, '--list-extensions', '--show-versions', ...common], { cwd: ctx.tmp, env: ctx.env, timeoutMs: 30_000, log });
  const want = `copydesk.copydesk@${ctx.version}`;
  const lines = listed.split('\n').map((l) => l.trim()).filter((l) => /^[\w.-]+@/.test(l));
  if (!lines.includes(want)) throw new StepError(`code-server --list-extensions --show-versions does not list ${want}; it lists: ${JSON.stringify(lines)}`);
  ctx.observations.push(`code-server --list-extensions --show-versions: ${lines.join(', ')}`);
}

async function startWorkbench(ctx: Ctx, workspace: string): Promise<void> {
  ctx.server = new CodeServer({ tmp: ctx.tmp, cwd: workspace, env: ctx.env, userData: ctx.userData, extensions: ctx.extensions, log: ctx.serverLog, verbose: ctx.opts.verbose });
  const seconds = await ctx.server.start();
  ctx.log(`  code-server is up on ${ctx.server.url} after ${seconds.toFixed(1)} s`);
  ctx.browser = await launchBrowser(ctx.env);
  ctx.page = await newPage(ctx.browser, ctx.consoleTail);
  // No extensionDevelopmentPath: the workbench loads what the extensions dir holds.
  await openWorkbench(ctx.page, ctx.server.url, workspace, [['skipWelcome', 'true']]);
}

/** The status bar's problems item, e.g. "Errors: 1, Warnings: 0" → { errors: 1, warnings: 0 }. */
async function problemCounts(page: Page): Promise<{ errors: number; warnings: number; text: string } | null> {
  const item = page.locator('[id="status.problems"]').first();
  if (!(await item.count())) return null;
  const label = (await item.getAttribute('aria-label')) ?? (await item.locator('a').first().getAttribute('aria-label').catch(() => null)) ?? '';
  const text = norm(await item.innerText()).replace(/\s+/g, ' ').trim();
  const num = (re: RegExp) => Number(re.exec(label)?.[1] ?? NaN);
  let errors = num(/(\d+)\s*errors?/i);
  let warnings = num(/(\d+)\s*warnings?/i);
  if (Number.isNaN(errors)) errors = num(/errors?:\s*(\d+)/i);
  if (Number.isNaN(warnings)) warnings = num(/warnings?:\s*(\d+)/i);
  if (Number.isNaN(errors)) {
    // The item shows "<errors> <warnings>" beside two icons.
    const nums = text.match(/\d+/g) ?? [];
    errors = Number(nums[0] ?? 0);
    warnings = Number(nums[1] ?? 0);
  }
  return { errors, warnings: Number.isNaN(warnings) ? 0 : warnings, text: label || text };
}

async function openAndWaitForDiagnostics(ctx: Ctx, name: string): Promise<void> {
  const page = ctx.page!;
  // The workbench is ready when the Explorer lists the article.
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => undefined);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: UI_MS });
  await input.pressSequentially(name.replace(/\.[^.]+$/, ''), { delay: 10 });
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible', timeout: UI_MS });
  await page.keyboard.press('Enter');
  await page.locator('.part.editor .tab', { hasText: name }).first().waitFor({ state: 'visible', timeout: UI_MS });
  const mode = page.locator('[id="status.editor.mode"]');
  if (await mode.count()) ctx.observations.push(`language mode: ${norm(await mode.first().innerText()).trim()}`);

  // The extension activates on the article language and starts its server; the first
  // diagnostics show as an error squiggle and in the status bar's problem count.
  const squiggles = page.locator('.part.editor .editor-instance .monaco-editor .squiggly-error');
  const deadline = Date.now() + DIAGNOSTICS_MS;
  let counts: Awaited<ReturnType<typeof problemCounts>> = null;
  let squiggleCount = 0;
  for (;;) {
    counts = await problemCounts(page).catch(() => null);
    squiggleCount = await squiggles.count().catch(() => 0);
    if (squiggleCount > 0 || (counts && counts.errors > 0)) break;
    if (Date.now() > deadline) {
      throw new StepError(`no error from the Copydesk language server ${DIAGNOSTICS_MS / 1000} s after opening ${name}: ` +
        `no error squiggle in the editor, status bar problems: "${counts?.text ?? '(no problems item)'}"`);
    }
    await sleep(250);
  }
  ctx.observations.push(`status bar problems: "${counts?.text ?? '?'}"; error squiggles in the editor: ${squiggleCount}`);

  // The Problems panel names the rule: the error is Copydesk's, not someone else's.
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: EXPECTED_CODE }).first();
  try {
    await row.waitFor({ state: 'visible', timeout: UI_MS });
  } catch {
    const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts().catch(() => []);
    throw new StepError(`the Problems panel has no ${EXPECTED_CODE} problem; it shows: ${JSON.stringify(rows.map((r) => norm(r).replace(/\s+/g, ' ')))}`);
  }
  ctx.observations.push(`Problems panel: ${norm(await row.innerText()).replace(/\s+/g, ' ').trim()}`);
}

async function closeAll(ctx: Ctx): Promise<void> {
  const browser = ctx.browser;
  ctx.browser = undefined;
  await closeBrowser(browser);
  await ctx.server?.stop();
  // Anything left in any group (build tools, code-server's installs).
  for (const c of children) killGroup(c);
}

export async function main(argv: string[]): Promise<number> {
  const usage = 'usage: node --import tsx test/ui/vsix.ts [--article FILE] [--vsix FILE] [--keep] [--verbose]';
  const opts: Options = { article: DEFAULT_ARTICLE, keep: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help') { console.log(usage); return 0; }
    else if (a === '--keep') opts.keep = true;
    else if (a === '--verbose') opts.verbose = true;
    else if ((a === '--article' || a === '--vsix') && argv[i + 1]) opts[a === '--article' ? 'article' : 'vsix'] = resolve(argv[++i]);
    else { console.error(`vsix test: unexpected argument ${a}\n${usage}`); return 2; }
  }

  const started = Date.now();
  const tmp = mkdtempSync(join(tmpdir(), 'copydesk-vsix-'));
  const { env } = isolatedEnv(tmp);
  const ctx: Ctx = {
    opts,
    tmp,
    version: (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    vsix: opts.vsix ?? '',
    extensions: join(tmp, 'ext'),
    userData: join(tmp, 'user'),
    env,
    log: (l) => console.log(l),
    observations: [],
    serverLog: join(tmp, 'code-server.log'),
    consoleTail: new ConsoleTail(opts.verbose),
  };
  const name = basename(opts.article);
  const workspace = join(tmp, 'workspace');

  const lastResort = () => {
    ctx.server?.killNow();
    for (const c of children) killGroup(c);
  };
  const unguard = guardProcess(lastResort, () => closeAll(ctx),
    (signal) => console.error(`vsix test: interrupted (${signal}); closing the browser and code-server`));

  const steps: Step[] = [
    ['preflight', async () => {
      checkTools();
      if (!existsSync(opts.article)) throw new StepError(`no such article: ${opts.article}`);
      if (opts.vsix && !existsSync(opts.vsix)) throw new StepError(`no such .vsix: ${opts.vsix}`);
    }],
    ...(opts.vsix ? [] : [['1. build the .vsix (production bundles, vsce) in a temp copy', () => buildVsix(ctx)] as Step]),
    ['2. check what the .vsix ships', async () => checkVsix(ctx)],
    ['3. code-server --install-extension, --list-extensions', () => install(ctx)],
    ['4. start code-server with the installed extension; open the workspace in Chromium', async () => {
      mkdirSync(workspace);
      copyFileSync(opts.article, join(workspace, name));
      writeSettings(ctx.userData);
      await startWorkbench(ctx, workspace);
    }],
    [`5. open ${name} (Ctrl+P); wait for Copydesk's ${EXPECTED_CODE} error`, () => openAndWaitForDiagnostics(ctx, name)],
  ];

  const failure = await runSteps(steps, {
    timeoutMs: TOTAL_MS,
    timeoutMessage: `the vsix test did not finish within ${TOTAL_MS / 1000} s`,
    log: (l) => console.log(l),
    page: () => ctx.page,
    screenshotPath: join(tmp, 'failure.png'),
  });
  await closeAll(ctx);
  unguard();

  for (const o of ctx.observations) console.log(`  seen: ${o}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failure) {
    console.error(`\nvsix test FAILED at step "${failure.step}":\n  ${failure.message}`);
    if (failure.screenshot) console.error(`  screenshot of the workbench: ${failure.screenshot}`);
    if (existsSync(ctx.serverLog)) console.error(`  code-server log: ${ctx.serverLog}`);
    if (ctx.opts.verbose || ctx.page) for (const l of ctx.consoleTail.tail().slice(-10)) console.error(`  ${l}`);
    console.error(`  temp dir kept: ${tmp} (${seconds} s)`);
    return 1;
  }
  if (opts.keep) console.log(`  temp dir kept: ${tmp}`);
  else {
    try { rmSync(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }); } catch { /* best effort */ }
  }
  console.log(`\nvsix test passed in ${seconds} s: the packaged .vsix installs into code-server, activates and reports ${EXPECTED_CODE}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
