import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { SymbolInformation } from 'vscode-languageserver';
import { availableParallelism } from 'node:os';
import { foldName, type AnalyzeOptions, type Article } from '../core';
import { indexFiles, indexFilesInWorker, symbolsOf, type FileSymbol, type IndexJob, type IndexResult } from './indexWorker';
import { symbolKindOf } from './symbols';

/** File endings of article drafts indexed for workspace symbols. */
export const ARTICLE_EXTENSIONS = new Set(['.article', '.story', '.md', '.markdown', '.txt']);
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.tools', '.vscode-test', 'bower_components']);
const MAX_FILES = 50_000;

/** What workspace symbols keep of a file: entity names and where they are introduced. */
interface FileEntry {
  mtimeMs: number;
  symbols: FileSymbol[];
}

/** Files to re-index before a worker thread is worth its start-up time. */
const WORKER_THRESHOLD = 50;

/**
 * The entities of every article file in the workspace, for workspace symbols. Keeps only names
 * and positions per file (not the analysis) so that 10,000 articles stay small in memory; large
 * batches are analysed on worker threads that exit when done.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, FileEntry>();
  /** Open documents: their latest analysis, turned into symbols only when a query comes. */
  private readonly open = new Map<string, { article: Article; symbols?: FileSymbol[] }>();
  private refreshing: Promise<void> | undefined;

  constructor(
    private folders: string[],
    private readonly settingsFor: (file: string) => { options: Partial<AnalyzeOptions>; maxFileSize: number },
    /** The server bundle, to run index workers; undefined indexes in this thread. */
    private readonly workerScript?: string,
    /** Where a line per indexing run goes (the server's LSP trace: `$/logTrace` when the client asks for it). */
    private readonly trace: (message: string) => void = () => undefined,
  ) {}

  setFolders(folders: string[]): void {
    this.folders = folders;
  }

  /** An open document's entities replace its file on disk. */
  updateOpen(uri: string, article: Article): void {
    const entry = this.open.get(uri);
    if (entry?.article === article) return;
    this.open.set(uri, { article });
  }

  closeOpen(uri: string): void {
    this.open.delete(uri);
  }

  /** Workspace symbols matching `query` (case- and accent-insensitive, in order of the query's letters). */
  async query(query: string, limit = 500): Promise<SymbolInformation[]> {
    await this.refresh();
    const q = foldName(query.trim());
    const results: SymbolInformation[] = [];
    const add = (uri: string, symbols: FileSymbol[]) => {
      for (const s of symbols) {
        if (results.length >= limit) return;
        if (q && !subsequence(q, s.folded)) continue;
        results.push({
          name: s.name,
          kind: symbolKindOf(s.type),
          location: { uri, range: { start: { line: s.line, character: s.character }, end: { line: s.line, character: s.endCharacter } } },
          containerName: path.basename(URI.parse(uri).fsPath),
        });
      }
    };
    for (const [uri, entry] of this.open) add(uri, (entry.symbols ??= symbolsOf(entry.article)));
    for (const [file, entry] of this.files) {
      const uri = URI.file(file).toString();
      if (!this.open.has(uri)) add(uri, entry.symbols);
    }
    return results;
  }

  /** Walks the folders and re-indexes files whose modification time changed (one walk at a time). */
  refresh(): Promise<void> {
    this.refreshing ??= this.doRefresh().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async doRefresh(): Promise<void> {
    const seen = new Map<string, number>();
    for (const folder of this.folders) await this.walk(folder, seen);
    for (const file of this.files.keys()) if (!seen.has(file)) this.files.delete(file);
    const stale = [...seen].filter(([file, mtime]) => this.files.get(file)?.mtimeMs !== mtime).map(([file]) => file);
    if (!stale.length) return;
    const jobs: IndexJob[] = stale.map((file) => ({ file, ...this.settingsFor(file) }));
    await this.index(jobs, (results) => {
      for (const r of results) this.files.set(r.file, { mtimeMs: r.mtimeMs, symbols: r.symbols });
    });
  }

  /**
   * Indexes `jobs`, handing results to `store` as they come (on workers when there are many).
   * When a worker fails, only the files it had not delivered are indexed again, in this thread.
   */
  private async index(jobs: IndexJob[], store: (results: IndexResult[]) => void): Promise<void> {
    const started = performance.now();
    const done = (onWorkers: number, workers: number, inThread: number) =>
      this.trace(`workspace index: ${jobs.length} files in ${Math.round(performance.now() - started)} ms (${onWorkers} on ${workers} worker threads, ${inThread} in the server thread)`);
    if (!this.workerScript || jobs.length < WORKER_THRESHOLD) {
      store(await indexFiles(jobs));
      return done(0, 0, jobs.length);
    }
    const workers = Math.max(1, Math.min(2, availableParallelism()));
    const chunks = Array.from({ length: workers }, (_, w) => jobs.filter((_, i) => i % workers === w));
    const delivered = new Set<string>();
    const storeDelivered = (results: IndexResult[]) => {
      for (const r of results) delivered.add(r.file);
      store(results);
    };
    const outcomes = await Promise.allSettled(chunks.map((c) => indexFilesInWorker(this.workerScript!, c, storeDelivered)));
    const undelivered = chunks.flatMap((chunk, w) => (outcomes[w].status === 'rejected' ? chunk.filter((j) => !delivered.has(j.file)) : []));
    const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failure) {
      // a worker could not start or crashed: index the rest here instead, and say so in the server log
      const reason = failure.reason instanceof Error ? failure.reason.message : String(failure.reason);
      process.stderr.write(`copydesk: index worker failed (${reason}); indexing the ${undelivered.length} undelivered files in the server thread\n`);
      store(await indexFiles(undelivered));
    }
    done(delivered.size, workers, undelivered.length);
  }

  private async walk(dir: string, seen: Map<string, number>): Promise<void> {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folders are skipped
    }
    for (const e of entries) {
      if (seen.size >= MAX_FILES) return;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await this.walk(full, seen);
      } else if (e.isFile() && ARTICLE_EXTENSIONS.has(path.extname(e.name).toLowerCase())) {
        try {
          seen.set(full, (await fs.stat(full)).mtimeMs);
        } catch {
          // vanished between readdir and stat
        }
      }
    }
  }
}

/** True when the letters of `q` appear in `s` in order (VS Code's symbol search matches so). */
function subsequence(q: string, s: string): boolean {
  let i = 0;
  for (let j = 0; j < s.length && i < q.length; j++) if (s[j] === q[i]) i++;
  return i === q.length;
}
