#!/usr/bin/env node
// `npm start`: builds the extension and opens the sample articles in a real VS Code —
// desktop `code` when it is on the PATH, otherwise code-server in the browser (URL printed).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

run(process.execPath, ['esbuild.mjs']);

// the workspace: our sample articles plus the seed article from ../shared when it is there
const workspace = path.join(root, '.tools', 'demo', 'workspace');
rmSync(workspace, { recursive: true, force: true });
mkdirSync(workspace, { recursive: true });
cpSync(path.join(root, 'samples'), workspace, { recursive: true });
const seed = path.resolve(root, '../shared/corpus/seed/trump-russia-venezuela.txt');
if (existsSync(seed)) cpSync(seed, path.join(workspace, 'trump-russia-venezuela.txt'));

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  console.log('Opening the sample articles in desktop VS Code with Copydesk loaded…');
  run('code', ['--new-window', `--extensionDevelopmentPath=${root}`, workspace, ...readdirSync(workspace).map((f) => path.join(workspace, f))]);
  process.exit(0);
}

const codeServer = path.join(root, '.tools', 'code-server', 'node_modules', '.bin', 'code-server');
if (!existsSync(codeServer)) {
  console.error('copydesk demo: code-server is not installed: run `bash scripts/setup.sh` first.');
  process.exit(2);
}
// install the packaged extension, as a user would
run('npm', ['run', '--silent', 'package']);
const version = JSON.parse(execFileSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json").version)'], { cwd: root, encoding: 'utf8' }));
const vsix = path.join(root, `copydesk-${version}.vsix`);
const data = path.join(root, '.tools', 'demo');
const dirs = ['--user-data-dir', path.join(data, 'user'), '--extensions-dir', path.join(data, 'extensions')];
run(codeServer, [...dirs, '--install-extension', vsix, '--force']);

const port = Number(process.env.PORT ?? 8080);
const server = spawn(
  codeServer,
  ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', ...dirs, workspace],
  { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, EXTENSIONS_GALLERY: '{}' } },
);
console.log(`\nCopydesk is running in VS Code (code-server): open http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}\nPress Ctrl+C to stop.\n`);
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
