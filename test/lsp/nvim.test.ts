import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { SERVERS_TMPDIR } from './client';

// Drives the bundled server from headless Neovim with its built-in LSP client
// (test/nvim/init.lua starts the server, test/nvim/check.lua runs the checks).

const REPO = path.resolve(__dirname, '../..');
const SEED = path.resolve(REPO, '../shared/corpus/seed/trump-russia-venezuela.txt');
const SERVER = path.join(REPO, 'dist/server.js');
const INIT = path.join(REPO, 'test/nvim/init.lua');
const CHECK = path.join(REPO, 'test/nvim/check.lua');

interface Report {
  nvim: string;
  failed: number;
  checks: { name: string; ok: boolean; detail: string }[];
}

const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const nvimVersion = probe.error ? null : (probe.stdout.split('\n')[0] ?? '').trim();
const skip = nvimVersion ? false : 'nvim is not installed (scripts/setup.sh installs Debian\'s neovim); set COPYDESK_REQUIRE_NVIM=1 to fail instead';

/** Runs the Neovim check on a fresh copy of the seed article. */
function runNeovim(env: Record<string, string> = {}): { status: number | null; signal: string | null; output: string; report: Report | null } {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-nvim-'));
  try {
    const file = path.join(dir, path.basename(SEED));
    copyFileSync(SEED, file);
    const resultFile = path.join(dir, 'result.json');
    const run = spawnSync('nvim', ['--headless', '--clean', '-u', INIT, '-c', `luafile ${CHECK}`, file], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      killSignal: 'SIGKILL',
      // the server's code cache in the tests' folder (test/lsp/client.ts), not in the user's, which keeps the four newest
      env: { ...process.env, TMPDIR: SERVERS_TMPDIR, COPYDESK_SERVER: SERVER, COPYDESK_NVIM_RESULT: resultFile, ...env },
    });
    const output = `$ nvim --headless --clean -u ${INIT} -c 'luafile ${CHECK}' ${file}\n` +
      `exit ${run.status} signal ${run.signal}${run.error ? ` error ${String(run.error)}` : ''}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
    const report = existsSync(resultFile) ? (JSON.parse(readFileSync(resultFile, 'utf8')) as Report) : null;
    return { status: run.status, signal: run.signal, output, report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Neovim built-in LSP client', () => {
  it('has nvim (or is skipped only because it is missing)', { skip: process.env.COPYDESK_REQUIRE_NVIM ? false : skip }, (t) => {
    assert.ok(nvimVersion, 'nvim is not installed but COPYDESK_REQUIRE_NVIM is set');
    t.diagnostic(nvimVersion);
  });

  it('gets diagnostics, hover and definition on the seed article', { skip, timeout: 90_000 }, () => {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run \`node esbuild.mjs\` first`);
    assert.ok(existsSync(SEED), `${SEED} is missing: shared/ must be beside the repository`);
    const run = runNeovim();
    const checks = Object.fromEntries((run.report?.checks ?? []).map((c) => [c.name, c.ok]));
    assert.deepEqual(
      { status: run.status, checks },
      { status: 0, checks: { attach: true, diagnostics: true, hover: true, definition: true } },
      run.output,
    );
  });

  it('fails when the expected hover text is wrong (the check can fail)', { skip, timeout: 90_000 }, () => {
    const run = runNeovim({ COPYDESK_EXPECT_HOVER: 'Donald Jimmy Trump' });
    const hover = run.report?.checks.find((c) => c.name === 'hover');
    assert.equal(run.status, 1, run.output);
    assert.equal(hover?.ok, false, run.output);
    assert.equal(run.report?.failed, 1, run.output);
  });
});
