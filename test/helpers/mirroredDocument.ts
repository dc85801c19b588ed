import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * `doc` after `change` at `version`, its positions read in the current text as an editor reads them: in
 * a new `TextDocument` (one updated edit by edit can drift from its text after edits that split a
 * `\r\n`; the server's documents do not).
 */
export function mirrored(doc: TextDocument, change: TextDocumentContentChangeEvent, version: number): TextDocument {
  return TextDocument.update(TextDocument.create(doc.uri, doc.languageId, version, doc.getText()), [change], version);
}
