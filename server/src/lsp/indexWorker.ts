import { promises as fs } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { analyzeArticle, foldName, LineIndex, mentionById, type AnalyzeOptions, type Article, type EntityType } from '../core';
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

/** The `workerData` that makes the server bundle run as an index worker. */
export const INDEX_WORKER_ROLE = 'copydesk-index-worker';

/** The entities of an analysed article, each at its introducing mention. */
export function symbolsOf(article: Article): FileSymbol[] {
  const lines = new LineIndex(article.text);
  const symbols: FileSymbol[] = [];
  for (const e of article.entities) {
    const intro = mentionById(article, e.introducedBy) ?? mentionById(article, e.mentionIds[0]);
    if (!intro) continue;
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
    const text = await fs.readFile(job.file, 'utf8');
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

/**
 * Indexes jobs on a short-lived worker thread running `script` (the server bundle): the
 * analysis garbage of thousands of files dies with the worker instead of staying in the
 * server's heap.
 */
export function indexFilesInWorker(script: string, jobs: IndexJob[]): Promise<IndexResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { role: INDEX_WORKER_ROLE, jobs }, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    let results: IndexResult[] | undefined;
    worker.once('message', (m: IndexResult[]) => (results = m));
    worker.once('error', reject);
    worker.once('exit', (code) => (results ? resolve(results) : reject(new Error(`index worker exited with code ${code}`))));
  });
}

/** The worker's side: index `workerData.jobs` and post the results back. */
export async function runIndexWorker(jobs: IndexJob[], post: (results: IndexResult[]) => void): Promise<void> {
  post(await indexFiles(jobs));
}
