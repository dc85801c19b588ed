import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it, mock } from 'node:test';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  LogMessageNotification,
  LogTraceNotification,
  PublishDiagnosticsNotification,
  SetTraceNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { createConnection, type Connection } from 'vscode-languageserver/node';
import { Script } from 'node:vm';
import { trackedDocuments } from '../../server/src/lsp/documents';
import { EDIT_WARM_UP_STEPS, EditWarmUp } from '../../server/src/lsp/editWarmUp';
import { exposedGc, fullCollection, IdleCollector, youngCollection } from '../../server/src/lsp/idleCollector';
import { startServer, type ServerHost } from '../../server/src/lsp/server';
import { DIAGNOSTICS_DEBOUNCE_MS, DIAGNOSTICS_TIMING_METHOD, type DiagnosticsTiming } from '../../server/src/protocol';
import { TestClient } from './client';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('idle-time garbage collection', () => {
  it('collects once, the delay after the last activity; new activity starts the wait again', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      let collections = 0;
      const idle = new IdleCollector(() => collections++, 1000);
      idle.activity();
      mock.timers.tick(900);
      assert.equal(collections, 0, 'not before the delay');
      idle.activity(); // a keystroke: the wait starts again
      mock.timers.tick(900);
      assert.equal(collections, 0, 'activity cancelled the pending collection');
      assert.equal(idle.pending, true);
      mock.timers.tick(100);
      assert.equal(collections, 1, 'collected once the server was idle for the whole delay');
      assert.equal(idle.pending, false);
      mock.timers.tick(10_000);
      assert.equal(collections, 1, 'once per idle period, not again and again');
      idle.activity();
      idle.dispose();
      mock.timers.tick(10_000);
      assert.equal(collections, 1, 'dispose cancels a pending collection');
    } finally {
      mock.timers.reset();
    }
  });

  it('does nothing without a collection to run (Node started without --expose-gc)', () => {
    const idle = new IdleCollector(undefined, 1000);
    idle.activity();
    assert.equal(idle.pending, false);
  });

  it("runs Node's gc twice for a full collection, once with type 'minor' for a young one, when it is exposed", () => {
    const global = globalThis as { gc?: unknown };
    const saved = global.gc;
    try {
      const calls: unknown[] = [];
      global.gc = (options?: unknown) => void calls.push(options);
      fullCollection(exposedGc()!)();
      assert.deepEqual(calls, [undefined, undefined]);
      calls.length = 0;
      youngCollection(exposedGc()!)();
      assert.deepEqual(calls, [{ type: 'minor' }]);
    } finally {
      if (saved) global.gc = saved;
      else delete global.gc;
    }
  });

  it('takes gc from V8 when Node was started without --expose-gc, and leaves the flags as they were', () => {
    const global = globalThis as { gc?: unknown };
    const saved = global.gc;
    delete global.gc;
    try {
      // a code cache made before must still be accepted after: V8 rejects one made under other flags
      // (two file names, or V8 answers the second compile from its own cache and never checks)
      const source = 'function twice(x) { return 2 * x; } twice(21);';
      const before = new Script(source, { filename: 'before.js' });
      before.runInThisContext();
      const cache = before.createCachedData();
      const gc = exposedGc();
      assert.equal(typeof gc, 'function');
      fullCollection(gc!)();
      youngCollection(gc!)();
      assert.equal(new Script(source, { filename: 'after.js', cachedData: cache }).cachedDataRejected, false, 'the --expose-gc flag is turned off again');
      assert.equal(global.gc, undefined, 'nothing is put on the global object');
    } finally {
      if (saved) global.gc = saved;
    }
  });
});

/**
 * The server in this process on in-memory streams, with a client connection to it; `adjust` may
 * change the server's connection before the server wires it.
 */
function inProcessServer(host: ServerHost, adjust: (connection: Connection) => void = () => undefined) {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  adjust(connection);
  startServer(connection, host);
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [];
  const timings: DiagnosticsTiming[] = [];
  const logged: string[] = [];
  const traces: string[] = [];
  client.onNotification(PublishDiagnosticsNotification.type, (p) => void published.push(p));
  client.onNotification(LogMessageNotification.type, (m) => void logged.push(m.message));
  client.onNotification(LogTraceNotification.type, (m) => void traces.push(m.message));
  client.onNotification(DIAGNOSTICS_TIMING_METHOD, (t: DiagnosticsTiming) => void timings.push(t));
  client.listen();
  const until = async (check: () => boolean, what: string) => {
    for (let i = 0; i < 500 && !check(); i++) await sleep(10);
    assert.ok(check(), what);
  };
  const start = async (capabilities: ClientCapabilities = {}) => {
    await client.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities, workspaceFolders: null });
    await client.sendNotification(InitializedNotification.type, {});
    await client.sendNotification(SetTraceNotification.type, { value: 'messages' });
  };
  /** Opens `uri` at version 1 with `text`. */
  const open = (uri: string, text: string) =>
    client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'article', version: 1, text } });
  /** A keystroke: "x" typed at the start of `uri`, making it `version`. */
  const typeX = (uri: string, version: number) =>
    client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
  /** The log messages that contain `part`. */
  const loggedWith = (part: string) => logged.filter((m) => m.includes(part));
  return { client, published, timings, logged, traces, loggedWith, until, start, open, typeX, end: () => (client.dispose(), toServer.end(), toClient.end()) };
}

/** A short article the rehearsal tests open. */
const REHEARSAL_TEXT = 'Title\n\n"Closed," the mayor said on Monday.\n';

/** The LSP trace's lines that say a rehearsal of typing in `uri` finished. */
const rehearsalsIn = (traces: readonly string[], uri: string) => traces.filter((t) => t.startsWith(`typing rehearsed in ${uri}:`));

/**
 * The rehearsals of typing the server starts from now until `stop` (`EditWarmUp.start` spied on): the documents they
 * type in, and whether one has steps left. None left and no trace of one: none will ever finish (nothing signals a
 * rehearsal that does not happen; a wait of its length only grows weaker on a loaded machine).
 */
function rehearsalStarts() {
  const start = mock.method(EditWarmUp.prototype, 'start');
  return {
    uris: () => start.mock.calls.map((c) => c.arguments[0]),
    running: () => start.mock.calls.some((c) => (c.this as EditWarmUp).running),
    stop: () => start.mock.restore(),
  };
}

/** What the server logs when a publication of diagnostics fails. */
const PUBLISH_FAILED = 'publishing diagnostics failed';

/** The process's unhandled rejections from now until `stop`. */
function unhandledRejections() {
  const rejections: unknown[] = [];
  const onRejection = (e: unknown) => void rejections.push(e);
  process.on('unhandledRejection', onRejection);
  return { rejections, stop: () => void process.off('unhandledRejection', onRejection) };
}

describe('server wiring of the idle collection and the timing notification', () => {
  it('collects after the last change, request or publication, never while they keep coming', async () => {
    let collections = 0;
    const s = inProcessServer({ collectGarbage: () => collections++, idleCollectDelayMs: 300 });
    try {
      await s.start();
      const uri = 'file:///tmp/idle.article';
      await s.open(uri, 'Title\n\n"Closed," he said.\n');
      await s.until(() => s.published.length === 1, 'diagnostics for the open document');
      // keep the server busy for longer than the delay: changes and requests every 100 ms
      for (let version = 2; version < 8; version++) {
        await s.typeX(uri, version);
        await sleep(50);
        await s.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 2 } });
        await sleep(50);
      }
      assert.equal(collections, 0, 'no collection while the user types and asks');
      await s.until(() => collections === 1, 'one collection once idle');
      await sleep(600);
      assert.equal(collections, 1, 'and only one');
      assert.deepEqual(s.timings, [], 'no timing notifications unless asked for');
    } finally {
      s.end();
    }
  });

  it('collects the young generation once after each publication of diagnostics, at the next change, not per change', async () => {
    let young = 0;
    const s = inProcessServer({ collectYoungGarbage: () => young++ });
    try {
      await s.start();
      const uri = 'file:///tmp/young.article';
      await s.open(uri, 'Title\n\n"Closed," he said.\n');
      await s.until(() => s.published.length === 1, 'diagnostics for the open document');
      await sleep(100);
      assert.equal(young, 0, 'none while the client may still be answering the diagnostics');
      // three keystrokes quicker than the debounce: the first one collects, the others find nothing published since
      for (let version = 2; version < 5; version++) {
        await s.typeX(uri, version);
      }
      await s.until(() => young === 1, 'a young collection at the change after the first publication');
      await s.until(() => s.published.length === 2, 'diagnostics for the last change');
      await sleep(200);
      assert.equal(young, 1, 'one per publication');
      await s.typeX(uri, 5);
      await s.until(() => young === 2, 'a young collection at the change after the second publication');
      await s.until(() => s.published.length === 3, 'diagnostics for that change');
      assert.equal(young, 2);
    } finally {
      s.end();
    }
  });

  it('sets the debounce timer as a change arrives, before the document is updated', async () => {
    // (the update copies the whole text: the debounce would start that much later)
    const events: string[] = [];
    const update = trackedDocuments.update;
    const setTimeoutOriginal = globalThis.setTimeout;
    trackedDocuments.update = (...args) => (events.push('update'), update(...args));
    globalThis.setTimeout = ((callback: () => void, ms?: number) => {
      if (ms === DIAGNOSTICS_DEBOUNCE_MS) events.push('debounce timer');
      return setTimeoutOriginal(callback, ms);
    }) as typeof setTimeout;
    const s = inProcessServer({});
    try {
      await s.start();
      const uri = 'file:///tmp/debounce.article';
      await s.open(uri, 'Title\n\n"Closed," he said.\n');
      await s.until(() => s.published.length === 1, 'diagnostics for the open document');
      await s.typeX(uri, 2);
      await s.until(() => s.published.length === 2, 'diagnostics for the change');
      assert.deepEqual(events, ['debounce timer', 'update']);
      assert.equal(s.published[1].version, 2, 'the diagnostics are the updated document\'s');
    } finally {
      s.end();
      trackedDocuments.update = update;
      globalThis.setTimeout = setTimeoutOriginal;
    }
  });

  it('sends copydesk/diagnosticsTiming after each publication when asked to', async () => {
    const s = inProcessServer({ timing: true });
    try {
      await s.start();
      const uri = 'file:///tmp/timing.article';
      await s.open(uri, 'Title\n\n"Never closed, he said.\n');
      await s.until(() => s.timings.length === 1, 'a timing for the open');
      await s.typeX(uri, 2);
      await s.until(() => s.timings.length === 2, 'a timing for the change');
      const [, t] = s.timings;
      assert.deepEqual(Object.keys(t).sort(), ['analyzeMs', 'convertMs', 'cpuMs', 'diagnostics', 'indexMs', 'sendMs', 'totalMs', 'uri', 'version']);
      assert.equal(t.uri, uri);
      assert.equal(t.version, 2);
      assert.equal(t.diagnostics, s.published[1].diagnostics.length);
      assert.ok(t.diagnostics > 0);
      for (const k of ['analyzeMs', 'indexMs', 'convertMs', 'sendMs', 'cpuMs'] as const) assert.ok(t[k] >= 0 && Number.isFinite(t[k]), k);
      assert.ok(Math.abs(t.totalMs - (t.analyzeMs + t.indexMs + t.convertMs + t.sendMs)) < 1e-6, 'the parts add up to the total');
    } finally {
      s.end();
    }
  });

  it('logs a timing notification that fails to send once, and keeps publishing', async () => {
    const s = inProcessServer({ timing: true }, (connection) => {
      const send = connection.sendNotification.bind(connection) as (method: string, params?: unknown) => Promise<void>;
      connection.sendNotification = ((method: string, params?: unknown) =>
        method === DIAGNOSTICS_TIMING_METHOD ? Promise.reject(new Error('stream closed')) : send(method, params)) as Connection['sendNotification'];
    });
    try {
      await s.start();
      const uri = 'file:///tmp/timing-fails.article';
      await s.open(uri, 'Title\n\n"Closed," he said.\n');
      await s.until(() => s.published.length === 1, 'diagnostics for the open document');
      await s.typeX(uri, 2);
      await s.until(() => s.published.length === 2, 'diagnostics for the change');
      await sleep(100);
      const failures = s.loggedWith('timing');
      assert.equal(failures.length, 1, JSON.stringify(s.logged));
      assert.match(failures[0], /stream closed/);
    } finally {
      s.end();
    }
  });

  it('logs diagnostics that fail to publish once, and does not end the process', async () => {
    const caught = unhandledRejections();
    const s = inProcessServer({}, (connection) => {
      connection.sendDiagnostics = (() => Promise.reject(new Error('stream closed'))) as Connection['sendDiagnostics'];
    });
    try {
      await s.start();
      const uri = 'file:///tmp/publish-fails.article';
      await s.open(uri, 'Title\n\n"Closed," he said.\n');
      await s.until(() => s.loggedWith(PUBLISH_FAILED).length > 0, 'the failure logged');
      await s.typeX(uri, 2);
      await sleep(300);
      assert.equal(s.loggedWith(PUBLISH_FAILED).length, 1, JSON.stringify(s.logged));
      assert.match(s.loggedWith(PUBLISH_FAILED)[0], /stream closed/);
      assert.deepEqual(caught.rejections, []);
    } finally {
      caught.stop();
      s.end();
    }
  });

  it('logs diagnostics that fail to clear when a document closes, and does not end the process', async () => {
    const caught = unhandledRejections();
    const s = inProcessServer({}, (connection) => {
      // the open's diagnostics go out; the close's empty list cannot
      const send = connection.sendDiagnostics.bind(connection);
      connection.sendDiagnostics = ((params) => (params.diagnostics.length === 0 ? Promise.reject(new Error('stream closed')) : send(params))) as Connection['sendDiagnostics'];
    });
    try {
      await s.start();
      const uri = 'file:///tmp/close-fails.article';
      await s.open(uri, 'Title\n\n"Never closed, he said.\n');
      await s.until(() => s.published.length === 1, 'diagnostics for the open document');
      await s.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      await s.until(() => s.loggedWith(PUBLISH_FAILED).length > 0, 'the failure logged');
      assert.match(s.loggedWith(PUBLISH_FAILED)[0], /stream closed/);
      assert.deepEqual(caught.rejections, []);
    } finally {
      caught.stop();
      s.end();
    }
  });

  it('rehearses typing in a document after its first diagnostics, once, and says so in the LSP trace', async () => {
    const started = rehearsalStarts();
    const s = inProcessServer({});
    try {
      await s.start();
      const uri = 'file:///tmp/rehearsal.article';
      await s.open(uri, REHEARSAL_TEXT);
      const rehearsed = () => rehearsalsIn(s.traces, uri);
      await s.until(() => rehearsed().length === 1, 'a trace of the rehearsal');
      assert.match(rehearsed()[0], new RegExp(`: ${EDIT_WARM_UP_STEPS} analyses, \\d+ ms$`));
      await s.typeX(uri, 2);
      await s.until(() => s.published.length === 2, 'diagnostics for the change');
      // (a rehearsal starts as the publication is written, before the client reads it; a request answered after it makes sure)
      await s.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 2 } });
      // (the one rehearsal started has ended, its trace written: none is left running)
      assert.deepEqual(started.uris(), [uri], 'no rehearsal started after the change');
      assert.equal(rehearsed().length, 1, 'after an open only, not after a change');
    } finally {
      started.stop();
      s.end();
    }
  });

  it('stops rehearsing typing when a change arrives', async () => {
    const started = rehearsalStarts();
    const s = inProcessServer({});
    try {
      await s.start();
      const uri = 'file:///tmp/rehearsal-stopped.article';
      await s.open(uri, REHEARSAL_TEXT);
      await s.until(() => s.published.length === 1, 'diagnostics for the open document');
      assert.deepEqual(started.uris(), [uri], 'a rehearsal started');
      await s.typeX(uri, 2);
      await s.until(() => s.published.length === 2, 'diagnostics for the change');
      // (the change came in the pause before the rehearsal's first step, or during a step)
      assert.equal(started.running(), false, 'the rehearsal has no step left');
      assert.deepEqual(s.traces.filter((t) => t.startsWith('typing rehearsed')), [], 'the rehearsal did not finish');
    } finally {
      started.stop();
      s.end();
    }
  });

  it('goes on rehearsing typing in a document when another document closes, and stops when its own does', async () => {
    const started = rehearsalStarts();
    const s = inProcessServer({});
    try {
      await s.start();
      const [replaced, opened] = ['file:///tmp/rehearsal-replaced.article', 'file:///tmp/rehearsal-opened.article'];
      await s.open(replaced, REHEARSAL_TEXT);
      await s.until(() => s.published.length === 1, 'diagnostics for the first document');
      await s.open(opened, REHEARSAL_TEXT);
      await s.until(() => s.published.length === 2, 'diagnostics for the second document');
      // an editor's preview tab: the document it showed closes while the rehearsal of the new one waits for its pause
      await s.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: replaced } });
      await s.until(() => rehearsalsIn(s.traces, opened).length > 0, 'the rehearsal in the open document finished');

      const closed = 'file:///tmp/rehearsal-closed.article';
      await s.open(closed, REHEARSAL_TEXT);
      await s.until(() => s.published.length === 4, 'diagnostics for the third document');
      assert.equal(started.uris().at(-1), closed, 'a rehearsal started in the third document');
      await s.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: closed } });
      await s.until(() => s.published.length === 5, 'the closed document\'s diagnostics cleared');
      assert.equal(started.running(), false, 'the rehearsal has no step left');
      assert.deepEqual(rehearsalsIn(s.traces, closed), [], 'no rehearsal went on in the closed document');
    } finally {
      started.stop();
      s.end();
    }
  });

  it('logs a file watcher the client refuses to register', async () => {
    const s = inProcessServer({});
    try {
      // (the client handles no client/registerCapability request: it answers with an error)
      await s.start({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
      await s.until(() => s.loggedWith('registering the .copydesk.yaml file watcher failed').length > 0, 'the refusal logged');
    } finally {
      s.end();
    }
  });

  it('the bundled server sends timings only with COPYDESK_TIMING=1', async () => {
    for (const on of [true, false]) {
      const client = new TestClient(['--stdio'], undefined, [], on ? { COPYDESK_TIMING: '1' } : {});
      const timings: unknown[] = [];
      client.connection.onNotification(DIAGNOSTICS_TIMING_METHOD, (t) => void timings.push(t));
      try {
        await client.initialize();
        await client.open('file:///tmp/env.article', 'Title\n\n"Closed," he said.\n');
        await sleep(200);
        assert.equal(timings.length, on ? 1 : 0, `COPYDESK_TIMING ${on ? 'set' : 'unset'}`);
      } finally {
        await client.stop();
      }
    }
  });
});
