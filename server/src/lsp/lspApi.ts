/**
 * The values the server takes from `vscode-languageserver`, imported here only. The package is
 * CommonJS: the bundler gives every module that imports its values a copy of its whole export
 * list (a getter per name, ~500 names), made at start-up. With twelve importers that was 0.6 MB
 * of heap and a few ms of every start; through this module it is made once. Types may still
 * be imported from the package anywhere (they leave nothing in the bundle); eslint checks it.
 */
export {
  AbstractMessageWriter,
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  DocumentHighlightKind,
  ErrorCodes,
  InlayHintKind,
  LSPErrorCodes,
  MarkupKind,
  ProposedFeatures,
  ResponseError,
  SemanticTokensBuilder,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
