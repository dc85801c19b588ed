import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { indexFile } from '../../server/src/lsp/indexWorker';

describe('workspace index worker', () => {
  it('reads a file with a UTF-8 byte order mark as an editor does: symbol positions as without it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-index-'));
    const body = 'Juan Guaidó meets Nicolás Maduro in Caracas\n';
    writeFileSync(join(dir, 'bom.article'), '\ufeff' + body);
    writeFileSync(join(dir, 'plain.article'), body);
    const job = (file: string) => ({ file: join(dir, file), options: {}, maxFileSize: 1 << 20 });
    const [bom, plain] = await Promise.all([indexFile(job('bom.article')), indexFile(job('plain.article'))]);
    assert.ok(plain && plain.symbols.length >= 2, JSON.stringify(plain));
    assert.deepEqual(bom?.symbols, plain.symbols);
  });
});
