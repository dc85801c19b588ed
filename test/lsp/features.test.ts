import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CodeLensRequest,
  DefinitionRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  HoverRequest,
  InlayHintRequest,
  LogTraceNotification,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensRequest,
  SetTraceNotification,
  WorkspaceSymbolRequest,
  type DocumentSymbol,
  type Location,
  type LogTraceParams,
  type MarkupContent,
  type Position,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../../server/src/core/positions';
import { TestClient } from './client';

const SEED = readFileSync(path.resolve(__dirname, '../../../shared/corpus/seed/trump-russia-venezuela.txt'), 'utf8');
const lines = new LineIndex(SEED);
const URI = 'file:///seed/trump-russia-venezuela.txt';
const td = { uri: URI };

/** The position of the n-th occurrence of `needle` in the seed, plus `delta` characters. */
function at(needle: string, n = 0, delta = 1): Position {
  let i = -1;
  for (let k = 0; k <= n; k++) i = SEED.indexOf(needle, i + 1);
  assert.ok(i >= 0, `"${needle}" #${n} is in the seed`);
  return lines.positionAt(i + delta);
}

function textOf(loc: { range: { start: Position; end: Position } }): string {
  return SEED.slice(lines.offsetAt(loc.range.start), lines.offsetAt(loc.range.end));
}

describe('editor features on the seed article, through the real server', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(URI, SEED, 'plaintext');
  });
  after(async () => {
    await client.stop();
  });
  const request = <R>(type: { method: string }, params: object) => client.connection.sendRequest(type.method, params) as Promise<R>;

  it('hover on Trump shows the entity card with the fullest name and counts', async () => {
    const hover = await request<{ contents: MarkupContent } | null>(HoverRequest.type, { textDocument: td, position: at('Trump told') });
    assert.ok(hover, 'a hover');
    assert.match(hover.contents.value, /Donald John Trump/);
    assert.match(hover.contents.value, /person/);
    assert.match(hover.contents.value, /\d+ mentions · 8 quotations/);
  });

  it('hover on a quotation says who said it', async () => {
    const hover = await request<{ contents: MarkupContent } | null>(HoverRequest.type, { textDocument: td, position: at('But I’ll fix it') });
    assert.ok(hover);
    assert.match(hover.contents.value, /Donald John Trump/);
    assert.match(hover.contents.value, /added/);
  });

  it('go to definition on "Guaido" lands on the introducing "Juan Guaidó"', async () => {
    const def = await request<Location | null>(DefinitionRequest.type, { textDocument: td, position: at('Juan Guaido,', 0, 6) });
    assert.ok(def);
    assert.equal(textOf(def), 'Juan Guaidó');
    assert.deepEqual(def.range.start, at('Juan Guaidó.', 0, 0));
  });

  it('find all references lists every mention of Guaidó, both spellings', async () => {
    const refs = await request<Location[]>(ReferencesRequest.type, { textDocument: td, position: at("Guaidó's"), context: { includeDeclaration: true } });
    const texts = refs.map(textOf);
    assert.ok(texts.includes('Juan Guaidó') && texts.includes('Juan Guaido'), texts.join(', '));
    assert.ok(texts.every((t) => /Guaid[oó]$/.test(t)), texts.join(', '));
  });

  it('document highlights mark every mention of the entity under the cursor', async () => {
    const highlights = await request<{ range: Location['range'] }[]>(DocumentHighlightRequest.type, { textDocument: td, position: at('Maduro has clung') });
    assert.ok(highlights.length >= 3);
    assert.ok(highlights.every((h) => /Maduro$/.test(textOf(h))));
  });

  it('rename keeps each form: the possessive ending stays, surnames stay surnames', async () => {
    const prepared = await request<{ range: Location['range']; placeholder: string }>(PrepareRenameRequest.type, { textDocument: td, position: at('Rosales\u00a0said') });
    assert.equal(textOf(prepared), 'Rosales');
    const edit = await request<{ changes: Record<string, TextEdit[]> }>(RenameRequest.type, { textDocument: td, position: at('Rosales\u00a0said'), newName: 'Fabiana Rosales de Guaidó' });
    const edits = edit.changes[URI];
    assert.deepEqual(edits.map((e) => [textOf(e), e.newText]).sort(), [['Fabiana Rosales', 'Fabiana Rosales de Guaidó'], ['Rosales', 'Guaidó']].sort());
  });

  it('rename is refused with a clear message away from any name', async () => {
    await assert.rejects(request(PrepareRenameRequest.type, { textDocument: td, position: at('sparked tensions') }), /person, organization or place/);
  });

  it('document symbols map the story: people, places and quotes by speaker', async () => {
    const symbols = await request<DocumentSymbol[]>(DocumentSymbolRequest.type, { textDocument: td });
    const groups = Object.fromEntries(symbols.map((s) => [s.name, s.children?.map((c) => c.name) ?? []]));
    assert.ok(groups.People?.includes('Donald John Trump'), JSON.stringify(groups));
    assert.ok(groups.Places?.includes('Venezuela'), JSON.stringify(groups));
    assert.equal(groups.Quotes?.[0], 'Donald John Trump');
  });

  it('a code lens on the introducing mention counts mentions and quotes', async () => {
    const lenses = await request<{ range: Location['range']; command: { title: string } }[]>(CodeLensRequest.type, { textDocument: td });
    const trump = lenses.find((l) => /8 quotes/.test(l.command.title));
    assert.ok(trump, lenses.map((l) => l.command.title).join(' | '));
    assert.match(textOf(trump), /Trump/);
  });

  it('an inlay hint names the speaker of "he added"', async () => {
    const hints = await request<{ label: string; position: Position }[]>(InlayHintRequest.type, { textDocument: td, range: { start: { line: 0, character: 0 }, end: lines.positionAt(SEED.length) } });
    assert.deepEqual(hints.map((h) => h.label), ['(Donald John Trump)']);
    assert.deepEqual(hints[0].position, at('he added', 0, 2));
  });

  it('semantic tokens cover every mention', async () => {
    const tokens = await request<{ data: number[] }>(SemanticTokensRequest.type, { textDocument: td });
    assert.ok(tokens.data.length >= 5 * 10, `${tokens.data.length / 5} tokens`);
  });
});

describe('workspace symbols', () => {
  it('lists the entities of every article file in the workspace folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-ws-'));
    writeFileSync(path.join(dir, 'seed.txt'), SEED);
    writeFileSync(path.join(dir, 'other.article'), 'Storm hits coast\n\nGov. Ron DeSantis said the storm was "the worst in decades."\n');
    const client = new TestClient();
    await client.initialize(pathToFileURL(dir).toString());
    const symbols = await client.connection.sendRequest<{ name: string; location: Location }[]>(WorkspaceSymbolRequest.method, { query: 'guaid' });
    assert.ok(symbols.some((s) => s.name === 'Juan Guaidó' && s.location.uri.endsWith('seed.txt')), JSON.stringify(symbols.map((s) => s.name)));
    const desantis = await client.connection.sendRequest<{ name: string }[]>(WorkspaceSymbolRequest.method, { query: 'desantis' });
    assert.deepEqual(desantis.map((s) => s.name), ['Ron DeSantis']);
    await client.stop();
  });

  it('indexes a large workspace on worker threads with the same result', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-ws-large-'));
    for (let i = 0; i < 120; i++) {
      writeFileSync(path.join(dir, `story-${i}.article`), `Story ${i}\n\nMayor Alicia Fernández${i % 2 ? '' : 'o'} said the budget "is balanced," her office said.\n`);
    }
    const client = new TestClient();
    try {
      await client.initialize(pathToFileURL(dir).toString());
      // the index says in the LSP trace where the files were analysed
      const traces: string[] = [];
      client.connection.onNotification(LogTraceNotification.type.method, (p: LogTraceParams) => void traces.push(p.message));
      await client.connection.sendNotification(SetTraceNotification.type.method, { value: 'messages' });
      const symbols = await client.connection.sendRequest<{ name: string; location: Location }[]>(WorkspaceSymbolRequest.method, { query: 'fernandez' });
      assert.equal(symbols.length, 120, 'one symbol per file, accent-insensitive query');
      assert.equal(new Set(symbols.map((s) => s.location.uri)).size, 120);
      assert.ok(symbols.every((s) => /^Alicia Fernández/.test(s.name)), JSON.stringify(symbols.slice(0, 3)));
      assert.doesNotMatch(client.stderr, /index worker failed/);
      const run = traces.map((t) => /^workspace index: 120 files in \d+ ms \((\d+) on (\d+) worker threads, (\d+) in the server thread\)$/.exec(t)).find(Boolean);
      assert.ok(run, `a trace of the indexing run among ${JSON.stringify(traces)}`);
      assert.deepEqual({ onWorkers: Number(run[1]), inServerThread: Number(run[3]) }, { onWorkers: 120, inServerThread: 0 }, run[0]);
      assert.ok(Number(run[2]) >= 1, run[0]);
    } finally {
      await client.stop();
    }
  });
});
