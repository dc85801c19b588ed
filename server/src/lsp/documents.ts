import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../core';

/** What the server reads of a document: `TextDocument`'s fields, which an `OpenDocument` has too. */
export type DocumentVersion = Pick<TextDocument, 'uri' | 'languageId' | 'version' | 'getText'>;

/**
 * An open document, whose one line table is the `LineIndex` the features use: each incremental
 * change updates it in O(lines), so a keystroke in a long article never rescans the whole text
 * for line breaks (`TextDocument` would keep a second table, built at its first `offsetAt`).
 */
export class OpenDocument implements DocumentVersion {
  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    private text: string,
    /** The line index of the current text. */
    public lines: LineIndex = new LineIndex(text),
  ) {}

  getText(): string {
    return this.text;
  }

  /**
   * Applies one change as `TextDocument.update` does: a range given backwards is taken forwards,
   * positions past a line's end or the text's are clamped to them (`LineIndex.offsetAt`).
   */
  apply(change: TextDocumentContentChangeEvent): void {
    if (!('range' in change) || !change.range) {
      this.text = change.text;
      this.lines = new LineIndex(change.text);
      return;
    }
    const { start, end } = change.range;
    const backwards = start.line > end.line || (start.line === end.line && start.character > end.character);
    const from = this.lines.offsetAt(backwards ? end : start);
    const to = this.lines.offsetAt(backwards ? start : end);
    this.text = this.text.slice(0, from) + change.text + this.text.slice(to);
    this.lines = this.lines.edited(this.text, from, to - from, change.text.length);
  }
}

/** A text and its line index: a document's version, or a copy of one with an edit (`ArticleCache.copyAnalyzer`). */
export interface TextWithLines {
  text: string;
  lines: LineIndex;
}

/** The line index of a document's current version (`text`, its text): an `OpenDocument`'s own, else one built for it. */
export function linesOf(document: DocumentVersion, text: string): LineIndex {
  return document instanceof OpenDocument ? document.lines : new LineIndex(text);
}

/** How `TextDocuments` creates and updates the open documents. */
export const trackedDocuments: TextDocumentsConfiguration<OpenDocument> = {
  create(uri, languageId, version, content) {
    return new OpenDocument(uri, languageId, version, content);
  },
  update(document, changes, version) {
    for (const change of changes) document.apply(change);
    document.version = version;
    return document;
  },
};
