/**
 * Line indexes kept up to date edit by edit (`LineIndex.edited`, and the server's tracked
 * documents) must equal a fresh index of the text after every edit, line breaks of every kind
 * split and joined by the edits included.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../server/src/core';
import { linesOf, trackedDocuments } from '../../server/src/lsp/documents';
import { prng } from '../../bench/corpus';
import { mirrored } from '../helpers/mirroredDocument';

const BITS = ['a', 'bc', '\n', '\r', '\r\n', '\n\n', '\n\r', ' ', '😀', ''];

function randomText(r: () => number, pieces: number): string {
  let s = '';
  for (let i = 0; i < pieces; i++) s += BITS[Math.floor(r() * BITS.length)];
  return s;
}

/** Every line start and line count, as positions and offsets show them. */
function shape(lines: LineIndex, text: string): unknown {
  const positions = [];
  for (let o = 0; o <= text.length; o++) positions.push(lines.positionAt(o));
  const offsets = [];
  for (let line = 0; line < lines.lineCount; line++) for (let character = 0; character < 4; character++) offsets.push(lines.offsetAt({ line, character }));
  return { count: lines.lineCount, positions, offsets };
}

describe('LineIndex.edited', () => {
  it('equals a fresh index after random edits', () => {
    const r = prng(5);
    for (let run = 0; run < 1500; run++) {
      let text = randomText(r, 10);
      let lines = new LineIndex(text);
      for (let e = 0; e < 8; e++) {
        const at = Math.floor(r() * (text.length + 1));
        const removed = r() < 0.5 ? 0 : Math.floor(r() * (text.length - at + 1));
        const inserted = randomText(r, Math.floor(r() * 3));
        text = text.slice(0, at) + inserted + text.slice(at + removed);
        lines = lines.edited(text, at, removed, inserted.length);
        assert.deepStrictEqual(shape(lines, text), shape(new LineIndex(text), text), `run ${run}, edit ${e}`);
      }
    }
  });
});

describe('tracked documents', () => {
  it('apply changes where the text has them and keep the line index of the current text through incremental and full changes', () => {
    const r = prng(9);
    for (let run = 0; run < 300; run++) {
      const initial = randomText(r, 12);
      const document = trackedDocuments.create('file:///t.article', 'article', 1, initial);
      let mirror = TextDocument.create('file:///m.article', 'article', 1, initial);
      for (let e = 0; e < 10; e++) {
        const changes: TextDocumentContentChangeEvent[] = [];
        for (let k = 1 + Math.floor(r() * 3); k > 0; k--) {
          // positions as an editor sends them, in the text the earlier changes left, some past a line's end or the document's
          // (its lines counted by the mirror, apart from the index under test, so that a wrong index cannot choose where it is tested)
          const lineCount = mirror.lineCount;
          const pos = () => ({ line: Math.floor(r() * (lineCount + 1)), character: Math.floor(r() * 5) });
          const change = r() < 0.05 ? { text: randomText(r, 6) } : { range: { start: pos(), end: pos() }, text: randomText(r, Math.floor(r() * 3)) };
          changes.push(change);
          mirror = mirrored(mirror, change, mirror.version + 1);
        }
        trackedDocuments.update(document, changes, document.version + 1);
        const text = document.getText();
        assert.equal(text, mirror.getText(), `run ${run}, edit ${e}`);
        const lines = linesOf(document, text);
        assert.equal(lines, document.lines, 'the index follows the document');
        assert.deepStrictEqual(shape(lines, text), shape(new LineIndex(text), text), `run ${run}, edit ${e}`);
      }
    }
  });
});
