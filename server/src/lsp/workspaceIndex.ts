import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { SymbolInformation } from 'vscode-languageserver';
import { analyzeArticle, foldName, LineIndex, type AnalyzeOptions, type Article, type EntityType } from '../core';
import { whyNotAnalyse } from './cache';
import { symbolKindOf } from './symbols';

/** File endings of article drafts indexed for workspace symbols. */
export const ARTICLE_EXTENSIONS = new Set(['.article', '.story', '.md', '.markdown', '.txt']);
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.tools', '.vscode-test', 'bower_components']);
const MAX_FILES = 50_000;

/** What workspace symbols keep of a file: entity names and where they are introduced. */
interface FileEntry {
  mtimeMs: number;
  symbols: { name: string; folded: string; type: EntityType; line: number; character: number; endCharacter: number }[];
}

/**
 * The entities of every article file in the workspace, for workspace symbols. Keeps only names
 * and positions per file (not the analysis) so that 10,000 articles stay small in memory.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, FileEntry>();
  private readonly open = new Map<string, FileEntry['symbols']>();

  constructor(
    private folders: string[],
    private readonly settingsFor: (file: string) => { options: Partial<AnalyzeOptions>; maxFileSize: number },
  ) {}

  setFolders(folders: string[]): void {
    this.folders = folders;
  }

  /** An open document's entities replace its file on disk. */
  updateOpen(uri: string, article: Article): void {
    this.open.set(uri, symbolsOf(article));
  }

  closeOpen(uri: string): void {
    this.open.delete(uri);
  }

  /** Workspace symbols matching `query` (case- and accent-insensitive, in order of the query's letters). */
  async query(query: string, limit = 500): Promise<SymbolInformation[]> {
    await this.refresh();
    const q = foldName(query.trim());
    const results: SymbolInformation[] = [];
    const add = (uri: string, symbols: FileEntry['symbols']) => {
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
    for (const [uri, symbols] of this.open) add(uri, symbols);
    for (const [file, entry] of this.files) {
      const uri = URI.file(file).toString();
      if (!this.open.has(uri)) add(uri, entry.symbols);
    }
    return results;
  }

  /** Walks the folders and re-reads files whose modification time changed. */
  async refresh(): Promise<void> {
    const seen = new Set<string>();
    for (const folder of this.folders) await this.walk(folder, seen);
    for (const file of this.files.keys()) if (!seen.has(file)) this.files.delete(file);
  }

  private async walk(dir: string, seen: Set<string>): Promise<void> {
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
        seen.add(full);
        await this.indexFile(full);
      }
    }
  }

  private async indexFile(file: string): Promise<void> {
    try {
      const stat = await fs.stat(file);
      if (this.files.get(file)?.mtimeMs === stat.mtimeMs) return;
      const settings = this.settingsFor(file);
      if (stat.size > settings.maxFileSize) {
        this.files.set(file, { mtimeMs: stat.mtimeMs, symbols: [] });
        return;
      }
      const text = await fs.readFile(file, 'utf8');
      const symbols = whyNotAnalyse(text, settings.maxFileSize) ? [] : symbolsOf(analyzeArticle(text, settings.options));
      this.files.set(file, { mtimeMs: stat.mtimeMs, symbols });
    } catch {
      this.files.delete(file); // vanished or unreadable: not an error for symbols
    }
  }
}

function symbolsOf(article: Article): FileEntry['symbols'] {
  const lines = new LineIndex(article.text);
  return article.entities.map((e) => {
    const intro = article.mentions.find((m) => m.id === e.introducedBy) ?? article.mentions.find((m) => m.entityId === e.id)!;
    const start = lines.positionAt(intro.span.start);
    const end = lines.positionAt(intro.span.end);
    return { name: e.name, folded: foldName(e.name), type: e.type, line: start.line, character: start.character, endCharacter: end.line === start.line ? end.character : start.character };
  });
}

/** True when the letters of `q` appear in `s` in order (VS Code's symbol search matches so). */
function subsequence(q: string, s: string): boolean {
  let i = 0;
  for (let j = 0; j < s.length && i < q.length; j++) if (s[j] === q[i]) i++;
  return i === q.length;
}
