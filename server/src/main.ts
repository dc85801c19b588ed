import type { Connection, MessageWriter } from 'vscode-languageserver';
import { createConnection, ProposedFeatures } from './lsp/lspApi';
import { exposedGc, fullCollection, youngCollection } from './lsp/idleCollector';
import { INDEX_WORKER_ARG, runIndexWorker, type IndexWorkerData } from './lsp/indexWorker';
import { OneWriteMessageWriter } from './lsp/messageWriter';
import { SERVER_VERSION, startServer } from './lsp/server';
import { DIAGNOSTICS_TIMING_ENV } from './protocol';

// The language server's entry point: `copydesk-language-server --stdio` (or --node-ipc,
// --socket=PORT, as vscode-languageserver understands them) serves any LSP client.
const args = process.argv.slice(2);
if (args.includes(INDEX_WORKER_ARG)) {
  // the same bundle, started as a workspace index worker (see lsp/indexWorker.ts); never a server.
  // Only a worker loads worker_threads: a server starts without its five Node modules.
  void import('node:worker_threads').then(({ isMainThread, parentPort, workerData }) => {
    const jobs = (workerData as IndexWorkerData | undefined)?.jobs;
    if (isMainThread || !Array.isArray(jobs)) throw new Error(`copydesk: ${INDEX_WORKER_ARG} is for the server's own worker threads`);
    return runIndexWorker(jobs, (message) => parentPort?.postMessage(message));
  });
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`copydesk-language-server ${SERVER_VERSION}\n`);
} else if (args.includes('--help') || args.includes('-h') || !args.some((a) => /^--(stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
  process.stdout.write(
    'Usage: copydesk-language-server --stdio\n\n' +
      'The Copydesk language server: speaks the Language Server Protocol over stdio\n' +
      '(or --node-ipc, --socket=PORT, --pipe=NAME). Start it from your editor\'s LSP client.\n',
  );
  process.exitCode = args.includes('--help') || args.includes('-h') ? 0 : 2;
} else {
  // the server collects between keystrokes and once idle, with --expose-gc's gc (SERVER_NODE_FLAGS) or one taken from V8
  const gc = exposedGc();
  startServer(connectionFor(args), {
    workerScript: __filename,
    collectGarbage: gc && fullCollection(gc),
    collectYoungGarbage: gc && youngCollection(gc),
    timing: process.env[DIAGNOSTICS_TIMING_ENV] === '1',
  });
}

/**
 * The connection the arguments ask for, as vscode-languageserver reads them (the first transport
 * named), but over stdio with messages written in one write each (`OneWriteMessageWriter`). Given
 * streams, vscode-languageserver no longer sends what is logged with `console` to the client's log
 * (stdout carries the protocol): it goes to stderr.
 */
function connectionFor(args: readonly string[]): Connection {
  if (args.find((a) => /^--(node-ipc|stdio|socket|pipe)/.test(a)) !== '--stdio') return createConnection(ProposedFeatures.all);
  globalThis.console = new console.Console(process.stderr, process.stderr);
  // at run time `createConnection` reads from an input that is a stream and writes with an output
  // that is a writer, though its types want two of a kind; the input stays a stream so that the
  // server still exits when its stdin closes
  const withStreamAndWriter = createConnection as (features: typeof ProposedFeatures.all, input: NodeJS.ReadableStream, output: MessageWriter) => Connection;
  return withStreamAndWriter(ProposedFeatures.all, process.stdin, new OneWriteMessageWriter(process.stdout));
}
