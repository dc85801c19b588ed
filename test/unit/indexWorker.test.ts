import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/core/analyze';
import { indexFile, symbolsOf } from '../../server/src/lsp/indexWorker';

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
  it('lists no entity named only inside a longer name ("Copenhagen" in "University of Copenhagen")', () => {
    const article = analyzeArticle('Headline\n\nShe studied at the University of Copenhagen and lived in Boston. The Boston Red Sox signed her.\n');
    assert.ok(article.mentions.some((m) => m.text === 'Copenhagen' && m.within !== undefined), 'Copenhagen is a nested mention');
    const names = symbolsOf(article).map((s) => s.name);
    assert.ok(names.includes('University of Copenhagen') && names.includes('Boston'), JSON.stringify(names));
    assert.ok(!names.includes('Copenhagen'), JSON.stringify(names));
  });
});
