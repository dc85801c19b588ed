import {
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalyzeOptions } from '../core';
import { ArticleCache } from './cache';
import { codeActionsFor } from './codeActions';
import { diagnosticsFor } from './diagnostics';
import { runSafe, runSafeNotification } from './runner';

/** The server's version, reported in `initialize`. */
export const SERVER_VERSION = '0.1.0';

/** Maps an editor language id to the core's document format. */
export function formatOf(languageId: string): AnalyzeOptions['format'] {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'plaintext') return 'plaintext';
  return 'article';
}

/**
 * Wires the Copydesk features to a connection. Thin: every handler asks the analysis cache
 * and one small `lsp/` module; nothing here knows journalism.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new ArticleCache((doc) => ({ format: formatOf(doc.languageId) }));
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const log = connection.console;

  connection.onInitialize((_params: InitializeParams): InitializeResult => ({
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
    },
    serverInfo: { name: 'copydesk-language-server', version: SERVER_VERSION },
  }));

  /** Publishes diagnostics shortly after the last change, so typing is never blocked. */
  const schedule = (uri: string, delay: number) => {
    clearTimeout(pending.get(uri));
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        const document = documents.get(uri);
        if (!document) return;
        runSafeNotification(log, 'diagnostics', () => {
          const analyzed = cache.get(document);
          void connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnosticsFor(analyzed) });
        });
      }, delay),
    );
  };

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri, 50));
  documents.onDidClose((e) => {
    clearTimeout(pending.get(e.document.uri));
    pending.delete(e.document.uri);
    cache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params, token) =>
    runSafe(log, 'code actions', token, () => {
      const document = documents.get(params.textDocument.uri);
      return document ? codeActionsFor(cache.get(document), params) : [];
    }),
  );

  documents.listen(connection);
  connection.listen();
}
