/**
 * `copydesk` command-line entry (bundled to dist/cli.js). The same file runs the worker threads:
 * on the main thread it runs the CLI, in a worker it serves analysis requests.
 */
import { isMainThread } from 'node:worker_threads';
import { runCli } from './cli/main';
import { serveWorkerRequests } from './cli/pool';

if (isMainThread) {
  // Only the bundled .js can be started as a worker; from TypeScript sources the run stays on one thread.
  const workerScript = typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined;
  void runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
    workerScript,
  }).then((code) => {
    process.exitCode = code;
  });
} else {
  serveWorkerRequests();
}
