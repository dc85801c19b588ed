/**
 * How the server writes to stdout: each LSP message in one write (`OneWriteMessageWriter`), and
 * nothing but messages.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { StreamMessageReader, type Message, type NotificationMessage } from 'vscode-languageserver-protocol/node';
import { OneWriteMessageWriter } from '../../server/src/lsp/messageWriter';
import { preloadedClient } from './client';

/** A stream that keeps what is written to it, each write as one string; `fail` makes every write fail. */
function recordingStream(fail?: Error) {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (fail) return callback(fail);
      writes.push(chunk.toString('utf8'));
      callback();
    },
  });
  return { stream, writes };
}

/** The messages a client reads from `chunks`, with vscode-jsonrpc's own reader. */
async function readBack(chunks: readonly string[], count: number): Promise<Message[]> {
  const input = new PassThrough();
  const reader = new StreamMessageReader(input);
  const messages: Message[] = [];
  const all = new Promise<void>((resolve) => reader.listen((m) => messages.push(m) === count && resolve()));
  for (const chunk of chunks) input.write(chunk);
  await all;
  reader.dispose();
  return messages;
}

/** Whether `chunk` is one whole LSP message: a Content-Length header and exactly that many bytes of content. */
function isOneMessage(chunk: string): boolean {
  const header = /^Content-Length: (\d+)\r\n\r\n/.exec(chunk);
  return header !== null && Buffer.byteLength(chunk.slice(header[0].length), 'utf8') === Number(header[1]);
}

describe('OneWriteMessageWriter', () => {
  it('writes each message, header and content, in one write that a client reads back', async () => {
    const { stream, writes } = recordingStream();
    const writer = new OneWriteMessageWriter(stream);
    // curly quotes: the header counts UTF-8 bytes, not characters
    const sent: NotificationMessage[] = [
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.article', diagnostics: [{ message: 'Uses only “Thomas”' }] } },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'plain' } },
    ];
    for (const message of sent) await writer.write(message);
    assert.equal(writes.length, 2);
    for (const chunk of writes) assert.ok(isOneMessage(chunk), JSON.stringify(chunk.slice(0, 40)));
    assert.deepEqual(await readBack(writes, 2), sent);
  });

  it('rejects a failed write and reports it as the writer\'s error', async () => {
    const failure = new Error('stream closed');
    const { stream } = recordingStream(failure);
    stream.on('error', () => undefined);
    const writer = new OneWriteMessageWriter(stream);
    const reported: unknown[] = [];
    writer.onError(([error, message]) => reported.push(error, message));
    const message: NotificationMessage = { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'lost' } };
    await assert.rejects(writer.write(message), failure);
    assert.ok(reported.includes(failure));
    assert.ok(reported.includes(message));
  });
});

describe('the server over stdio', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-stdio-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes only whole messages to stdout, one write each; what is logged with console goes to stderr', async () => {
    // preloaded into the server: records each write to stdout, and logs once the server has started
    const preload = path.join(dir, 'writes.cjs');
    const list = path.join(dir, 'writes.json');
    const client = preloadedClient(
      preload,
      `const writes = [];
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = function (chunk, ...rest) {
  writes.push(String(chunk));
  return write(chunk, ...rest);
};
setTimeout(() => console.log('stray console output'), 0);
process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(writes)));
`,
    );
    // the exit code is asserted after the body's assertions: asserted in `finally`, its failure would hide theirs
    let exitCode: number | null;
    try {
      await client.initialize();
      const published = await client.open('file:///tmp/stdio.article', 'Title\n\n"Never closed, she said.\n');
      assert.ok(published.diagnostics.length > 0);
    } finally {
      exitCode = await client.stop();
    }
    assert.equal(exitCode, 0);
    const writes = JSON.parse(readFileSync(list, 'utf8')) as string[];
    assert.ok(writes.some((w) => w.includes('textDocument/publishDiagnostics')), 'the writes are the server\'s');
    assert.deepEqual(writes.filter((w) => !isOneMessage(w)), []);
    assert.match(client.stderr, /stray console output/);
  });
});
