import { createConnection, ProposedFeatures } from './lsp/lspApi';
import { exposedGc, fullCollection, youngCollection } from './lsp/idleCollector';
import { INDEX_WORKER_ARG, runIndexWorker, type IndexWorkerData } from './lsp/indexWorker';
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
  startServer(createConnection(ProposedFeatures.all), {
    workerScript: __filename,
    collectGarbage: gc && fullCollection(gc),
    collectYoungGarbage: gc && youngCollection(gc),
    timing: process.env[DIAGNOSTICS_TIMING_ENV] === '1',
  });
}
