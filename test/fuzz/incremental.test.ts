/**
 * Incremental consistency through the real LSP connection: thousands of random incremental
 * edits (random ranges, CRLF, astral characters and lone surrogate halves, positions in UTF-16,
 * some past the end of a line or of the document) are mirrored locally as an editor applies them,
 * positions read in the current text (`mirrored`). After each batch the published diagnostics must equal
 * the in-process analysis of the mirrored text, and at the end they must equal a fresh open of
 * the final text in a new document. Build first: `node esbuild.mjs`.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { analyzeArticle, LineIndex } from '../../server/src/core';
import { whyNotAnalyse } from '../../server/src/lsp/cache';
import { TestClient } from '../lsp/client';
import { mirrored } from '../helpers/mirroredDocument';
import { articleText, fragment, literal, SEED } from './arbitraries';

/** Total edits over all runs, and how they are split. */
const RUNS = 4;
const EDITS_PER_RUN = 500;
const SEED_VALUE = 7_2024;

/** A position as fractions, so it fits any text; `far` positions lie past the line or document. */
interface AbstractPosition {
  line: number;
  character: number;
  far: boolean;
}
interface AbstractEdit {
  from: AbstractPosition;
  /** Zero: an insertion; otherwise the end is this many lines below (0 = same line, a few characters on). */
  lines: number;
  chars: number;
  text: string;
  /** A full-document change (no range) to this text, rare. */
  full: string | null;
}

// unbiased, so edits land all over the document, not only near its ends
const frac = fc.oneof({ arbitrary: fc.noBias(fc.integer({ min: 0, max: 10_000 })), weight: 4 }, { arbitrary: fc.integer({ min: 0, max: 10_000 }), weight: 1 }).map((n) => n / 10_000);
const position: fc.Arbitrary<AbstractPosition> = fc.record({ line: frac, character: frac, far: fc.integer({ min: 0, max: 40 }).map((n) => n === 0) });
/** Edit text: mostly article fragments, plus the characters that break position arithmetic. */
const editText = fc.oneof(
  { arbitrary: fragment.filter((t) => !t.includes('\u0000') && t.length < 2000), weight: 10 },
  { arbitrary: fc.constantFrom('', '\r\n', '\r', '\n', '\n\n', '\r\n\r\n', '😀', '\ud83d', '\ude00', '𝐓', '"', '“', '”', '’', "'", '«', '»', '„'), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }).map((s) => s.replace(/\u0000/g, '')), weight: 1 },
);
const edit: fc.Arbitrary<AbstractEdit> = fc.record({
  from: position,
  lines: fc.oneof({ arbitrary: fc.constant(0), weight: 8 }, { arbitrary: fc.integer({ min: 1, max: 6 }), weight: 2 }),
  chars: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 12 }), weight: 6 }, { arbitrary: fc.integer({ min: 13, max: 400 }), weight: 1 }),
  text: editText,
  full: fc.oneof({ arbitrary: fc.constant(null), weight: 400 }, { arbitrary: fc.oneof(articleText, fc.constant(SEED), editText), weight: 1 }),
});
/** Batch sizes: how many change notifications go out before waiting for diagnostics. */
const batches = fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 40, maxLength: 40 });
/** How many content changes one notification carries (LSP applies them in order). */
const changesPerNotification = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 64, maxLength: 64 });

function lineLength(doc: TextDocument, line: number): number {
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return text.replace(/\r?\n$|\r$/, '').length;
}

/** Turns an abstract edit into an LSP change against the current mirrored text. */
function concrete(doc: TextDocument, e: AbstractEdit): TextDocumentContentChangeEvent {
  if (e.full !== null) return { text: e.full };
  const lineCount = doc.lineCount;
  const pos = (p: AbstractPosition, line: number): Position => {
    if (p.far) return { line: line + Math.floor(p.line * 3), character: lineLength(doc, Math.min(line, lineCount - 1)) + Math.floor(p.character * 5) };
    return { line, character: Math.floor(p.character * (lineLength(doc, line) + 2)) };
  };
  const startLine = Math.min(lineCount - 1, Math.floor(e.from.line * lineCount));
  const start = pos(e.from, startLine);
  let end: Position;
  if (e.lines === 0) end = { line: start.line, character: start.character + e.chars };
  else {
    const line = Math.min(lineCount - 1, startLine + e.lines);
    end = { line, character: Math.min(e.chars, lineLength(doc, line) + 1) };
  }
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) [end.line, end.character] = [start.line, start.character];
  return { range: { start, end }, text: e.text };
}

/** Diagnostics without the per-version data, for comparing two documents' diagnostics. */
function comparable(diagnostics: Diagnostic[]) {
  return diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    range: d.range,
    message: d.message,
    source: d.source,
    related: d.relatedInformation?.map((r) => ({ range: r.location.range, message: r.message })),
  }));
}

/** What the server must publish for `text`, computed in-process: codes and ranges. */
function expected(text: string): { code: unknown; range: unknown }[] {
  if (whyNotAnalyse(text, 2 * 1024 * 1024)) return [{ code: 'skipped', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
  const lines = new LineIndex(text);
  return analyzeArticle(text).findings.map((f) => ({ code: f.code, range: lines.rangeOf(f.span) }));
}
const codesAndRanges = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => ({ code: d.code, range: d.range }));

describe('incremental edits through the real server', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(async () => {
    await client.stop();
  });

  it(`${RUNS * EDITS_PER_RUN} random edits in batches: diagnostics match a fresh analysis`, async (t) => {
    const stats = { batches: 0, diagnostics: 0, maxLength: 0 };
    let run = 0;
    let edits = 0;
    const property = fc.asyncProperty(
      fc.oneof(fc.constant(SEED), fc.constant(SEED.replace(/\n/g, '\r\n')), articleText),
      fc.array(edit, { minLength: EDITS_PER_RUN, maxLength: EDITS_PER_RUN }),
      batches,
      changesPerNotification,
      async (initial, abstractEdits, batchSizes, perNotification) => {
        const n = run++;
        const uri = `file:///fuzz/incremental-${n}.article`;
        let mirror = TextDocument.create(uri, 'article', 1, initial);
        const log: TextDocumentContentChangeEvent[][] = [];
        const fail = (message: string): never => {
          const file = path.join(os.tmpdir(), `copydesk-incremental-failure-${n}.json`);
          writeFileSync(file, JSON.stringify({ initial, notifications: log }, null, 1));
          throw new Error(`${message}\n(initial text and every change notification written to ${file}; final text: ${literal(mirror.getText().slice(0, 500))})`);
        };
        const opened = await client.open(uri, initial);
        assert.deepEqual(codesAndRanges(opened), expected(initial), 'diagnostics on open differ from the in-process analysis: is dist/server.js stale? (node esbuild.mjs)');
        let next = 0;
        let batch = 0;
        let notification = 0;
        let last = opened;
        while (next < abstractEdits.length) {
          const stop = Math.min(abstractEdits.length, next + batchSizes[batch++ % batchSizes.length]);
          let published: Promise<PublishDiagnosticsParams> | undefined;
          while (next < stop) {
            const count = Math.min(stop - next, perNotification[notification++ % perNotification.length]);
            // the notification's version, which each of its changes leaves on the mirror (at least one: `count` ≥ 1)
            const version = mirror.version + 1;
            // each change is computed against the text the previous one left, as LSP applies them
            const changes: TextDocumentContentChangeEvent[] = [];
            for (let k = 0; k < count; k++) {
              const change = concrete(mirror, abstractEdits[next++]);
              changes.push(change);
              mirror = mirrored(mirror, change, version);
            }
            log.push(changes);
            if (next >= stop) published = client.nextDiagnostics(uri, (p) => p.version === version, 30_000);
            assert.equal(await client.changeNoWait(uri, changes), version);
          }
          last = await published!;
          stats.diagnostics += last.diagnostics.length;
          stats.maxLength = Math.max(stats.maxLength, mirror.getText().length);
          stats.batches++;
          try {
            assert.deepEqual(codesAndRanges(last), expected(mirror.getText()));
          } catch (e) {
            fail(`run ${n}, version ${mirror.version}: published diagnostics differ from the in-process analysis of the mirrored text\n${(e as Error).message}`);
          }
        }
        edits += abstractEdits.length;
        const finalText = mirror.getText();
        assert.equal(last.version, mirror.version, 'the last published diagnostics are for the final version');
        const freshUri = `file:///fuzz/fresh-${n}.article`;
        const fresh = await client.open(freshUri, finalText);
        try {
          assert.deepEqual(comparable(last.diagnostics), comparable(fresh.diagnostics));
        } catch (e) {
          fail(`run ${n}: diagnostics after ${abstractEdits.length} edits differ from a fresh open of the final text\n${(e as Error).message}`);
        }
        await client.close(uri);
        await client.close(freshUri);
      },
    );
    // no shrinking through the server; the failure file holds the whole case for a replay
    const details = await fc.check(property, { seed: SEED_VALUE, numRuns: RUNS, endOnFailure: true });
    if (details.failed) {
      const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      assert.fail(`incremental consistency failed (seed ${details.seed}, path ${details.counterexamplePath}):\n${error}`);
    }
    assert.equal(edits, RUNS * EDITS_PER_RUN);
    t.diagnostic(`${stats.batches} batches checked, ${stats.diagnostics} diagnostics compared, longest text ${stats.maxLength} code units`);
  });
});
