import { promises as fs } from 'node:fs';
import { analyzeArticle, foldName, LineIndex, mentionById, type AnalyzeOptions, type Article, type EntityType } from '../core';
import { clearMemos } from '../core/memo';
import { whyNotAnalyse } from './cache';

/** One entity of a file, as workspace symbols keep it. */
export interface FileSymbol {
  name: string;
  folded: string;
  type: EntityType;
  line: number;
  character: number;
  endCharacter: number;
}

/** A file to index, with what it is analysed with. */
export interface IndexJob {
  file: string;
  options: Partial<AnalyzeOptions>;
  maxFileSize: number;
}

/** The symbols of one indexed file (none when it vanished, is too large or binary). */
export interface IndexResult {
  file: string;
  mtimeMs: number;
  symbols: FileSymbol[];
}

/**
 * The argument an index worker is started with (its `process.argv`): what makes the server bundle
 * run as an index worker, known before loading `worker_threads`, which a server's start does without.
 */
export const INDEX_WORKER_ARG = '--copydesk-index-worker';

/** The `workerData` of an index worker. */
export interface IndexWorkerData {
  jobs: IndexJob[];
}

/** The entities of an analysed article, each at its introducing mention (those named only inside longer names left out). */
export function symbolsOf(article: Article): FileSymbol[] {
  const lines = new LineIndex(article.text);
  const symbols: FileSymbol[] = [];
  for (const e of article.entities) {
    const intro = mentionById(article, e.introducedBy) ?? mentionById(article, e.mentionIds[0]);
    if (!intro || intro.within !== undefined) continue;
    const start = lines.positionAt(intro.span.start);
    const end = lines.positionAt(intro.span.end);
    symbols.push({ name: e.name, folded: foldName(e.name), type: e.type, line: start.line, character: start.character, endCharacter: end.line === start.line ? end.character : start.character });
  }
  return symbols;
}

/** Reads and analyses one file; null when it cannot be read. */
export async function indexFile(job: IndexJob): Promise<IndexResult | null> {
  try {
    const stat = await fs.stat(job.file);
    if (stat.size > job.maxFileSize) return { file: job.file, mtimeMs: stat.mtimeMs, symbols: [] };
    // without a byte order mark, as an editor shows the file (positions then match VS Code's)
    const text = (await fs.readFile(job.file, 'utf8')).replace(/^\uFEFF/, '');
    const symbols = whyNotAnalyse(text, job.maxFileSize) ? [] : symbolsOf(analyzeArticle(text, job.options));
    return { file: job.file, mtimeMs: stat.mtimeMs, symbols };
  } catch {
    return null; // vanished or unreadable: not an error for symbols
  }
}

/** Indexes jobs in order in this thread. */
export async function indexFiles(jobs: IndexJob[]): Promise<IndexResult[]> {
  const results: IndexResult[] = [];
  for (const job of jobs) {
    const r = await indexFile(job);
    if (r) results.push(r);
  }
  return results;
}

/** Files a worker analyses between two messages: the parent stores results as they come. */
const BATCH_FILES = 50;

/**
 * Heap limits of an index worker. A young generation of 8 MB (V8's default grows to 48 MB) keeps
 * each worker's resident memory low: with two workers on 10,000 articles the server peaked at
 * ~210 MB instead of ~460 MB (with batches and emptied memos), at the same total CPU time.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 512 };

/** What an index worker posts: a batch of results, then `done` once every job is indexed. */
export type IndexWorkerMessage = { results: IndexResult[] } | { done: true };

/**
 * Indexes jobs on a short-lived worker thread running `script` (the server bundle): the
 * analysis garbage of thousands of files dies with the worker instead of staying in the
 * server's heap. Results arrive in batches (`onResults`), so neither thread holds them all at once.
 */
export async function indexFilesInWorker(script: string, jobs: IndexJob[], onResults: (results: IndexResult[]) => void): Promise<void> {
  // loaded at the first indexing: five Node modules a server's start does without
  const { Worker } = await import('node:worker_threads');
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { argv: [INDEX_WORKER_ARG], workerData: { jobs } satisfies IndexWorkerData, resourceLimits: WORKER_LIMITS });
    let done = false;
    worker.on('message', (m: IndexWorkerMessage) => {
      if ('results' in m) onResults(m.results);
      else done = true;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (done ? resolve() : reject(new Error(`index worker exited with code ${code}`))));
  });
}

/**
 * The worker's side: index `workerData.jobs`, posting results every few files. The paragraph
 * memos are emptied after each file: articles rarely share paragraphs, and a full memo is
 * megabytes of heap that would otherwise stay resident until the worker ends.
 */
export async function runIndexWorker(jobs: IndexJob[], post: (message: IndexWorkerMessage) => void): Promise<void> {
  for (let i = 0; i < jobs.length; i += BATCH_FILES) {
    const results: IndexResult[] = [];
    for (const job of jobs.slice(i, i + BATCH_FILES)) {
      const r = await indexFile(job);
      clearMemos();
      if (r) results.push(r);
    }
    post({ results });
  }
  post({ done: true });
}
