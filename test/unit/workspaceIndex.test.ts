import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { WorkspaceIndex } from '../../server/src/lsp/workspaceIndex';

/**
 * A stand-in index worker that delivers the files whose name starts with `delivered-` (with a
 * symbol no analysis would find) and then crashes before the rest.
 */
const FAILING_WORKER = `
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
const results = workerData.jobs
  .filter((j) => basename(j.file).startsWith('delivered-'))
  .map((j) => ({ file: j.file, mtimeMs: statSync(j.file).mtimeMs, symbols: [{ name: 'Worker Stand-In', folded: 'worker stand-in', type: 'person', line: 0, character: 0, endCharacter: 6 }] }));
parentPort.postMessage({ results });
setTimeout(() => { throw new Error('stand-in worker crashed'); }, 20);
`;

describe('workspace index', () => {
  it('after a worker fails, indexes in the server thread only the files that worker had not delivered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-index-fallback-'));
    for (let i = 0; i < 30; i++) {
      for (const prefix of ['delivered', 'lost']) writeFileSync(join(dir, `${prefix}-${i}.article`), `Story ${i}\n\nMayor Alicia Fernández said the budget "is balanced."\n`);
    }
    const worker = join(dir, 'failing-worker.mjs');
    writeFileSync(worker, FAILING_WORKER);
    const traces: string[] = [];
    const index = new WorkspaceIndex([dir], () => ({ options: {}, maxFileSize: 1 << 20 }), worker, (message) => traces.push(message));
    const logged: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string) => (logged.push(String(chunk)), true)) as typeof process.stderr.write;
    let symbols;
    try {
      symbols = await index.query('', 10_000);
    } finally {
      process.stderr.write = write;
    }
    const namesByFile = new Map<string, string[]>();
    for (const s of symbols) {
      const file = basename(fileURLToPath(s.location.uri));
      namesByFile.set(file, [...(namesByFile.get(file) ?? []), s.name]);
    }
    assert.equal(namesByFile.size, 60, 'every file is indexed');
    for (const [file, names] of namesByFile) {
      if (file.startsWith('delivered-')) assert.deepEqual(names, ['Worker Stand-In'], `${file} is kept as the worker delivered it`);
      else assert.ok(names.includes('Alicia Fernández'), `${file} is analysed in the server thread: ${names.join(', ')}`);
    }
    assert.match(logged.join(''), /index worker failed \(stand-in worker crashed\); indexing the 30 undelivered files in the server thread/);
    assert.match(traces.join('\n'), /\(30 on \d worker threads, 30 in the server thread\)/);
  });
});
