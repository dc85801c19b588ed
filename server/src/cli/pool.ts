import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import { checkFile, type AnalysisTask, type FileReport } from './report';

/** Below this many files the run stays on the main thread (starting workers costs more than it saves). */
export const PARALLEL_THRESHOLD = 200;
/** Files sent to a worker at a time. */
const CHUNK_SIZE = 25;

interface ChunkRequest {
  chunk: number;
  tasks: AnalysisTask[];
}

interface ChunkResult {
  chunk: number;
  reports: FileReport[];
}

/** The number of worker threads for `fileCount` files: `requested` if given, else one per core above the threshold. */
export function chooseJobCount(fileCount: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, Math.ceil(fileCount / CHUNK_SIZE) || 1));
  if (fileCount <= PARALLEL_THRESHOLD) return 1;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(fileCount / 100)));
}

/**
 * Checks every task and returns the reports in task order (deterministic whatever the scheduling).
 * With `jobs` > 1 the work is spread over worker threads started from `workerScript`
 * (the bundled CLI itself); `onProgress` is called with the number of files done.
 */
export async function checkAll(
  tasks: readonly AnalysisTask[],
  jobs: number,
  workerScript: string | undefined,
  onProgress?: (done: number) => void,
): Promise<FileReport[]> {
  const reports: FileReport[] = new Array(tasks.length);
  if (jobs <= 1 || !workerScript) {
    for (let i = 0; i < tasks.length; i++) {
      reports[i] = checkFile(tasks[i]);
      if (onProgress && (i & 15) === 15) onProgress(i + 1);
    }
    onProgress?.(tasks.length);
    return reports;
  }
  const chunks: AnalysisTask[][] = [];
  for (let i = 0; i < tasks.length; i += CHUNK_SIZE) chunks.push(tasks.slice(i, i + CHUNK_SIZE));
  let next = 0;
  let done = 0;
  const store = (chunk: number, chunkReports: FileReport[]) => {
    for (let k = 0; k < chunkReports.length; k++) reports[chunk * CHUNK_SIZE + k] = chunkReports[k];
    done += chunkReports.length;
    onProgress?.(done);
  };
  const runWorker = () =>
    new Promise<void>((resolvePromise) => {
      const worker = new Worker(workerScript, { workerData: { copydeskWorker: true } });
      let current: number | undefined;
      const finishLocally = () => {
        // a worker that failed: its chunk and whatever is left are checked here, never lost
        if (current !== undefined) store(current, chunks[current].map(checkFile));
        current = undefined;
        while (next < chunks.length) {
          const c = next++;
          store(c, chunks[c].map(checkFile));
        }
        resolvePromise();
      };
      const sendNext = () => {
        if (next >= chunks.length) {
          current = undefined;
          void worker.terminate();
          resolvePromise();
          return;
        }
        current = next++;
        worker.postMessage({ chunk: current, tasks: chunks[current] } satisfies ChunkRequest);
      };
      worker.on('message', (msg: ChunkResult) => {
        store(msg.chunk, msg.reports);
        current = undefined;
        sendNext();
      });
      worker.once('error', () => {
        worker.removeAllListeners('message');
        finishLocally();
      });
      worker.once('exit', () => {
        if (current !== undefined) {
          worker.removeAllListeners('message');
          finishLocally();
        }
      });
      sendNext();
    });
  await Promise.all(Array.from({ length: Math.min(jobs, chunks.length) }, runWorker));
  return reports;
}

/** The worker side: checks the chunks the main thread sends until it is terminated. */
export function serveWorkerRequests(): void {
  parentPort?.on('message', (msg: ChunkRequest) => {
    const reports = msg.tasks.map(checkFile);
    parentPort?.postMessage({ chunk: msg.chunk, reports } satisfies ChunkResult);
  });
}
