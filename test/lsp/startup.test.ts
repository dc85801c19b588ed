/**
 * What a server start loads: Node modules the server does not use until later (or never) stay
 * unloaded until the first diagnostics, since with the client's V8 flags Node compiles each of
 * its own modules from source (scripts/lazyBuiltins.mjs, lsp/lspApi.ts, the index worker's argv);
 * and no extra CA certificates (SERVER_PROCESS_ENV); the tests' servers keep their code cache to themselves.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { SERVER_NODE_FLAGS, SERVER_PROCESS_ENV } from '../../server/src/protocol';
import { preloadedClient, SERVERS_TMPDIR, TestClient } from './client';

const SEED = path.resolve(__dirname, '../../../shared/corpus/seed/trump-russia-venezuela.txt');

describe('server start', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-startup-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reaches the first diagnostics of the seed without loading crypto, child_process, worker_threads or perf_hooks', async () => {
    // preloaded into the server: writes the Node modules loaded so far once it has published diagnostics
    const preload = path.join(dir, 'modules.cjs');
    const list = path.join(dir, 'modules.json');
    const client = preloadedClient(
      preload,
      `const write = process.stdout.write.bind(process.stdout);
let done = false;
process.stdout.write = function (chunk, ...rest) {
  if (!done && String(chunk).includes('textDocument/publishDiagnostics')) {
    done = true;
    require('fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList));
  }
  return write(chunk, ...rest);
};
`,
    );
    try {
      await client.initialize();
      const published = await client.open('file:///tmp/seed.article', readFileSync(SEED, 'utf8'));
      assert.ok(published.diagnostics.length > 0, 'the seed has diagnostics');
    } finally {
      await client.stop();
    }
    const loaded = (JSON.parse(readFileSync(list, 'utf8')) as string[]).filter((m) => m.startsWith('NativeModule '));
    assert.ok(loaded.includes('NativeModule net'), 'the list is the server process\'s');
    const unwanted = loaded.filter((m) => /^NativeModule (crypto|child_process|worker_threads|perf_hooks|internal\/perf\/performance)$/.test(m));
    assert.deepEqual(unwanted, []);
  });

  it('starts without NODE_EXTRA_CA_CERTS in its environment, even when the client has it', { skip: process.platform !== 'linux' && 'reads /proc' }, async () => {
    // Node parses the named certificates before any script runs; the server never opens a connection
    const certificates = path.join(dir, 'extra-ca.pem');
    writeFileSync(certificates, '');
    const client = new TestClient(['--stdio'], undefined, SERVER_NODE_FLAGS, { NODE_EXTRA_CA_CERTS: certificates, ...SERVER_PROCESS_ENV, COPYDESK_NO_CODE_CACHE: '1' });
    try {
      await client.initialize();
      const environment = readFileSync(`/proc/${client.process.pid}/environ`, 'utf8').split('\0');
      assert.ok(environment.includes('MALLOC_TRIM_THRESHOLD_=131072'), 'the environment is the server process\'s');
      assert.ok(environment.includes('MALLOC_MMAP_THRESHOLD_=32768'), 'blocks of 32 KB and more get mappings of their own');
      assert.deepEqual(environment.filter((v) => v.startsWith('NODE_EXTRA_CA_CERTS=')), []);
    } finally {
      await client.stop();
    }
  });

  it('writes its code cache in the tests\' own folder, not in the user\'s (which keeps the four newest)', async () => {
    const folder = path.join(SERVERS_TMPDIR, `copydesk-code-cache${process.getuid ? `-${process.getuid()}` : ''}`);
    rmSync(folder, { recursive: true, force: true });
    const client = new TestClient(['--stdio'], undefined, SERVER_NODE_FLAGS, SERVER_PROCESS_ENV);
    await client.initialize();
    await client.stop();
    assert.match(readdirSync(folder).join(' '), /^server-\S+\.bin$/);
  });
});
