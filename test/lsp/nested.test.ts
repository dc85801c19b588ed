/**
 * Names nested in longer names ("Boston" in "Boston Red Sox") through the real server: references
 * and highlights list them, the cursor there is on the outer name, rename leaves them as written,
 * semantic tokens never overlap, and a place named only inside a name is no outline entry.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeLensRequest,
  DocumentHighlightRequest,
  DocumentHighlightKind,
  DocumentSymbolRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensRequest,
  type DocumentHighlight,
  type DocumentSymbol,
  type Location,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { analyzeArticle } from '../../server/src/core/analyze';
import { LineIndex } from '../../server/src/core/positions';
import { TestClient } from './client';

const TEXT = 'Red Sox sign a pitcher\n\nHe grew up in Boston. The Boston Red Sox signed him in 2010, and Boston cheered. He had studied at the University of Copenhagen.\n';
const lines = new LineIndex(TEXT);
const URI = 'file:///nested/redsox.txt';
const td = { uri: URI };

/** The position of the n-th occurrence of `needle`, plus `delta` characters. */
function at(needle: string, n = 0, delta = 1): Position {
  let i = -1;
  for (let k = 0; k <= n; k++) i = TEXT.indexOf(needle, i + 1);
  assert.ok(i >= 0, `"${needle}" #${n} is in the text`);
  return lines.positionAt(i + delta);
}

const textOf = (range: Range) => TEXT.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
const offsetOf = (range: Range) => lines.offsetAt(range.start);
/** Where the nested "Boston" starts: the first word of "Boston Red Sox". */
const NESTED = TEXT.indexOf('Boston Red Sox');

/** "Copenhagen" is a mention of the text, nested in "University of Copenhagen" only (so that leaving it out of a list means something). */
function assertCopenhagenNestedOnly(): void {
  const copenhagen = analyzeArticle(TEXT).mentions.filter((m) => m.text === 'Copenhagen');
  assert.ok(copenhagen.length === 1 && copenhagen[0].within !== undefined, JSON.stringify(copenhagen));
}

describe('nested mentions through the real server', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(URI, TEXT, 'plaintext');
  });
  after(async () => {
    await client.stop();
  });
  const request = <R>(type: { method: string }, params: object) => client.connection.sendRequest(type.method, params) as Promise<R>;

  it('find all references of Boston lists the Boston inside "Boston Red Sox"', async () => {
    const refs = await request<Location[]>(ReferencesRequest.type, { textDocument: td, position: at('Boston.'), context: { includeDeclaration: true } });
    assert.deepEqual(refs.map((r) => textOf(r.range)), ['Boston', 'Boston', 'Boston']);
    assert.ok(refs.some((r) => offsetOf(r.range) === NESTED), 'the nested Boston is a reference');
  });

  it('document highlights of Boston include the nested one, the introduction as the write', async () => {
    const highlights = await request<DocumentHighlight[]>(DocumentHighlightRequest.type, { textDocument: td, position: at('Boston cheered') });
    assert.equal(highlights.length, 3);
    assert.ok(highlights.some((h) => offsetOf(h.range) === NESTED && h.kind === DocumentHighlightKind.Read));
    assert.equal(highlights.filter((h) => h.kind === DocumentHighlightKind.Write).length, 1);
    assert.equal(offsetOf(highlights.find((h) => h.kind === DocumentHighlightKind.Write)!.range), TEXT.indexOf('Boston.'));
  });

  it('the cursor on the nested Boston is on the Red Sox: references and prepare rename', async () => {
    const refs = await request<Location[]>(ReferencesRequest.type, { textDocument: td, position: at('Boston Red Sox', 0, 2), context: { includeDeclaration: true } });
    // the headline's "Red Sox" is the same team
    assert.deepEqual(refs.map((r) => textOf(r.range)), ['Red Sox', 'Boston Red Sox']);
    const prepared = await request<{ range: Range; placeholder: string }>(PrepareRenameRequest.type, { textDocument: td, position: at('Boston Red Sox', 0, 2) });
    assert.equal(textOf(prepared.range), 'Boston Red Sox');
  });

  it('renaming Boston leaves "Boston Red Sox" as written', async () => {
    const edit = await request<{ changes: Record<string, TextEdit[]> }>(RenameRequest.type, { textDocument: td, position: at('Boston.'), newName: 'Beantown' });
    const edits = edit.changes[URI];
    assert.equal(edits.length, 2);
    assert.ok(edits.every((e) => textOf(e.range) === 'Boston' && offsetOf(e.range) !== NESTED), JSON.stringify(edits));
  });

  it('semantic tokens cover the outer names only: none overlap', async () => {
    const { data } = await request<{ data: number[] }>(SemanticTokensRequest.type, { textDocument: td });
    const tokens: { line: number; start: number; end: number }[] = [];
    let line = 0;
    let start = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      start = data[i] ? data[i + 1] : start + data[i + 1];
      tokens.push({ line, start, end: start + data[i + 2] });
    }
    for (let k = 1; k < tokens.length; k++) {
      const [a, b] = [tokens[k - 1], tokens[k]];
      assert.ok(a.line < b.line || a.end <= b.start, `tokens ${JSON.stringify(a)} and ${JSON.stringify(b)} overlap`);
    }
    const texts = tokens.map((t) => textOf({ start: { line: t.line, character: t.start }, end: { line: t.line, character: t.end } }));
    assert.ok(texts.includes('Boston Red Sox') && texts.includes('University of Copenhagen'), texts.join(', '));
  });

  it('the outline lists Boston but not Copenhagen, named only inside "University of Copenhagen"', async () => {
    const symbols = await request<DocumentSymbol[]>(DocumentSymbolRequest.type, { textDocument: td });
    assertCopenhagenNestedOnly();
    const places = symbols.find((s) => s.name === 'Places')?.children?.map((c) => c.name) ?? [];
    assert.ok(places.includes('Boston'), JSON.stringify(places));
    assert.ok(!places.includes('Copenhagen'), JSON.stringify(places));
  });

  it('the code lens of Boston counts its nested mention, as find all references does', async () => {
    const lenses = await request<{ range: Range; command: { title: string } }[]>(CodeLensRequest.type, { textDocument: td });
    const boston = lenses.find((l) => offsetOf(l.range) === TEXT.indexOf('Boston.'));
    assert.ok(boston, lenses.map((l) => l.command.title).join(' | '));
    // the Red Sox (headline and body) have a lens on Boston's line too, so each lens there is named
    assert.match(boston.command.title, /^Boston: 3 mentions/);
    assertCopenhagenNestedOnly();
    assert.ok(!lenses.some((l) => textOf(l.range) === 'Copenhagen'));
  });
});
