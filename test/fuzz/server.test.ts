/**
 * Large and odd files through the real server: files above the size limit and binary files are
 * skipped with one information diagnostic (never a frozen server); requests for closed or
 * unknown documents get empty answers, not errors; a cancelled request is answered, never hangs.
 * Build first: `node esbuild.mjs`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CodeLensRequest,
  DefinitionRequest,
  DiagnosticSeverity,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  HoverRequest,
  InlayHintRequest,
  LSPErrorCodes,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  SemanticTokensRequest,
  type Diagnostic,
  type ServerCapabilities,
} from 'vscode-languageserver-protocol';
import { TestClient } from '../lsp/client';
import { SEED } from './arbitraries';

const LIMIT = 2 * 1024 * 1024;
const position = { line: 2, character: 3 };
const range = { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } };

/** Every document request the server may advertise, with its capability and parameters. */
const REQUESTS: { name: string; capability: keyof ServerCapabilities; method: string; params: (uri: string) => object }[] = [
  { name: 'codeAction', capability: 'codeActionProvider', method: CodeActionRequest.method, params: (uri) => ({ textDocument: { uri }, range, context: { diagnostics: [] } }) },
  { name: 'hover', capability: 'hoverProvider', method: HoverRequest.method, params: (uri) => ({ textDocument: { uri }, position }) },
  { name: 'definition', capability: 'definitionProvider', method: DefinitionRequest.method, params: (uri) => ({ textDocument: { uri }, position }) },
  { name: 'references', capability: 'referencesProvider', method: ReferencesRequest.method, params: (uri) => ({ textDocument: { uri }, position, context: { includeDeclaration: true } }) },
  { name: 'documentHighlight', capability: 'documentHighlightProvider', method: DocumentHighlightRequest.method, params: (uri) => ({ textDocument: { uri }, position }) },
  { name: 'documentSymbol', capability: 'documentSymbolProvider', method: DocumentSymbolRequest.method, params: (uri) => ({ textDocument: { uri } }) },
  { name: 'prepareRename', capability: 'renameProvider', method: PrepareRenameRequest.method, params: (uri) => ({ textDocument: { uri }, position }) },
  { name: 'rename', capability: 'renameProvider', method: RenameRequest.method, params: (uri) => ({ textDocument: { uri }, position, newName: 'X' }) },
  { name: 'codeLens', capability: 'codeLensProvider', method: CodeLensRequest.method, params: (uri) => ({ textDocument: { uri } }) },
  { name: 'inlayHint', capability: 'inlayHintProvider', method: InlayHintRequest.method, params: (uri) => ({ textDocument: { uri }, range }) },
  { name: 'semanticTokens', capability: 'semanticTokensProvider', method: SemanticTokensRequest.method, params: (uri) => ({ textDocument: { uri } }) },
];

/** An answer that says "nothing here". */
function isEmpty(result: unknown): boolean {
  if (result === null || result === undefined) return true;
  if (Array.isArray(result)) return result.length === 0;
  if (typeof result === 'object') {
    const r = result as Record<string, unknown>;
    if (Array.isArray(r.data)) return r.data.length === 0; // semantic tokens
    if ('changes' in r || 'documentChanges' in r) return Object.keys(r.changes ?? {}).length === 0 && !(r.documentChanges as unknown[] | undefined)?.length;
  }
  return false;
}

/** Resolves, or rejects after `ms`: a request must never hang. */
function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms).unref())]);
}

describe('large and odd files through the server', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(async () => {
    assert.equal(await client.stop(), 0, 'the server exits cleanly after all of this');
  });

  const assertSkipped = (diagnostics: Diagnostic[], why: RegExp) => {
    assert.equal(diagnostics.length, 1, `one diagnostic, got ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    assert.equal(diagnostics[0].code, 'skipped');
    assert.equal(diagnostics[0].severity, DiagnosticSeverity.Information);
    assert.match(String(diagnostics[0].message), why);
  };

  it('skips a file above the size limit with one information diagnostic', async () => {
    const big = SEED.repeat(Math.ceil((LIMIT + 1) / SEED.length));
    assert.ok(big.length > LIMIT);
    const published = await within(30_000, 'diagnostics of a large file', client.open('file:///fuzz/big.article', big));
    assertSkipped(published.diagnostics, /skipped/i);
    // and the server still answers
    const actions = await within(10_000, 'code actions on the large file', client.connection.sendRequest(CodeActionRequest.method, REQUESTS[0].params('file:///fuzz/big.article')));
    assert.ok(isEmpty(actions), 'no actions for a skipped file');
    // cut below the limit: analysed again
    const small = await within(30_000, 'diagnostics after cutting the file', client.change('file:///fuzz/big.article', [{ text: SEED }]));
    assert.ok(!small.diagnostics.some((d) => d.code === 'skipped'), 'a file below the limit is analysed');
    await client.close('file:///fuzz/big.article');
  });

  it('skips binary content (NUL bytes)', async () => {
    const binary = 'PK\u0003\u0004\u0000\u0000' + SEED.slice(0, 500) + '\u0000'.repeat(50) + SEED.slice(500);
    const published = await within(10_000, 'diagnostics of a binary file', client.open('file:///fuzz/binary.article', binary));
    assertSkipped(published.diagnostics, /binary/i);
    await client.close('file:///fuzz/binary.article');
  });

  it('analyses a file just below the size limit without freezing', async () => {
    const text = SEED.repeat(Math.floor((LIMIT - 1) / SEED.length));
    const started = Date.now();
    const published = await within(60_000, 'diagnostics of a file just below the limit', client.open('file:///fuzz/almost.article', text));
    assert.ok(!published.diagnostics.some((d) => d.code === 'skipped'), 'analysed, not skipped');
    // the server is responsive again right after publishing
    await within(10_000, 'a request after the large analysis', client.connection.sendRequest(CodeActionRequest.method, REQUESTS[0].params('file:///fuzz/unknown.article')));
    await client.close('file:///fuzz/almost.article');
    assert.ok(Date.now() - started < 60_000);
  });

  it('answers requests for unknown and closed documents with empty results', async () => {
    const closed = 'file:///fuzz/closed.article';
    await client.open(closed, SEED);
    await client.close(closed);
    const advertised = REQUESTS.filter((r) => client.capabilities[r.capability]);
    assert.ok(advertised.some((r) => r.name === 'codeAction'), 'code actions are advertised');
    for (const uri of ['file:///fuzz/never-opened.article', closed, 'untitled:Untitled-1', 'not a uri']) {
      for (const r of advertised) {
        let result: unknown;
        try {
          result = await within(10_000, `${r.name} for ${uri}`, client.connection.sendRequest(r.method, r.params(uri)));
        } catch (e) {
          assert.fail(`${r.name} for ${uri} answered with an error instead of an empty result: ${e instanceof Error ? e.message : String(e)}`);
        }
        assert.ok(isEmpty(result), `${r.name} for ${uri}: expected an empty result, got ${JSON.stringify(result)?.slice(0, 200)}`);
      }
    }
  });

  it('answers a cancelled request (RequestCancelled or a result), never hangs', async (t) => {
    const uri = 'file:///fuzz/cancel.article';
    // a document large enough that the first request has work to do
    const text = SEED.repeat(200);
    const opened = client.nextDiagnostics(uri, () => true, 60_000);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
    const advertised = REQUESTS.filter((r) => client.capabilities[r.capability]);
    const outcomes: string[] = [];
    for (const r of advertised) {
      for (const delay of [-1, 0, 1]) {
        const source = new CancellationTokenSource();
        const answer = client.connection.sendRequest(r.method, r.params(uri), source.token);
        if (delay < 0) source.cancel();
        else setTimeout(() => source.cancel(), delay);
        try {
          const result = await within(30_000, `cancelled ${r.name}`, answer);
          outcomes.push(`${r.name}: result`);
          assert.ok(result === null || typeof result === 'object', `${r.name}: a protocol result`);
        } catch (e) {
          if (e instanceof ResponseError) {
            assert.equal(e.code, LSPErrorCodes.RequestCancelled, `${r.name}: cancelled requests answer RequestCancelled, got ${e.code} ${e.message}`);
            outcomes.push(`${r.name}: cancelled`);
          } else throw e;
        }
        source.dispose();
      }
    }
    await opened;
    // the server still works after all the cancellations
    const next = await within(30_000, 'diagnostics after cancellations', client.change(uri, [{ text: 'Title\n\n"Never closed.\n' }]));
    assert.ok(next.diagnostics.some((d) => d.code === 'unbalanced-quote'));
    await client.close(uri);
    assert.ok(outcomes.length >= 3);
    t.diagnostic(`${outcomes.filter((o) => o.endsWith('cancelled')).length} of ${outcomes.length} cancelled requests answered RequestCancelled, the rest a result`);
  });
});
