import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { TestClient } from './client';

const SEED = path.resolve(__dirname, '../../../shared/corpus/seed/trump-russia-venezuela.txt');

describe('language server round trip', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(async () => {
    const code = await client.stop();
    assert.equal(code, 0, 'server exits cleanly after shutdown/exit');
  });

  it('announces itself and its capabilities', () => {
    assert.ok(client.capabilities.textDocumentSync, 'textDocumentSync');
  });

  it('reports one unbalanced-quote error for a quotation that is never closed', async () => {
    const diagnostics = await client.open('file:///tmp/unbalanced.article', 'Headline here\n\n"Russia has to get out, Trump told reporters.\n\nThe next paragraph.\n');
    const unbalanced = diagnostics.diagnostics.filter((d) => d.code === 'unbalanced-quote');
    assert.equal(unbalanced.length, 1);
    assert.equal(unbalanced[0].severity, DiagnosticSeverity.Error);
    assert.deepEqual(unbalanced[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } });
    assert.equal(unbalanced[0].source, 'copydesk');
  });

  it('does not report a quotation that runs over paragraphs', async () => {
    const text = 'Headline\n\n"First paragraph of the quote.\n\n"Second and last," she said.\n';
    const diagnostics = await client.open('file:///tmp/runover.article', text);
    assert.deepEqual(diagnostics.diagnostics.filter((d) => d.code === 'unbalanced-quote'), []);
  });

  it('finds no unbalanced quotation in the seed article, and exactly one when a closing mark is removed', async () => {
    const seed = readFileSync(SEED, 'utf8');
    const clean = await client.open('file:///tmp/seed.txt', seed, 'plaintext');
    assert.deepEqual(clean.diagnostics.filter((d) => d.code === 'unbalanced-quote'), []);
    const broken = seed.replace('get out," Trump told', 'get out, Trump told');
    assert.notEqual(broken, seed);
    const after = await client.open('file:///tmp/seed-broken.txt', broken, 'plaintext');
    assert.equal(after.diagnostics.filter((d) => d.code === 'unbalanced-quote').length, 1);
  });

  it('updates diagnostics after an incremental edit', async () => {
    const uri = 'file:///tmp/edit.article';
    await client.open(uri, 'Title\n\n"Closed," he said.\n');
    const next = await client.change(uri, [{ range: { start: { line: 2, character: 8 }, end: { line: 2, character: 9 } }, text: '' }]);
    assert.equal(next.diagnostics.filter((d) => d.code === 'unbalanced-quote').length, 1);
  });

  it('clears diagnostics when a document is closed', async () => {
    const uri = 'file:///tmp/close.article';
    await client.open(uri, 'Title\n\n"Never closed.\n');
    const cleared = client.nextDiagnostics(uri);
    await client.close(uri);
    assert.deepEqual((await cleared).diagnostics, []);
  });
});
