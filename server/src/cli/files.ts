import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import fastGlob from 'fast-glob';
import type { DocumentFormat } from '../core';

/** File extensions searched for in folders (and by globs without an extension of their own). */
export const ARTICLE_EXTENSIONS = ['.article', '.story', '.md', '.markdown', '.txt'] as const;

/** Folders never searched. */
const ALWAYS_SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

/** One file to check. */
export interface InputFile {
  /** The path as the user gave it (or as found under a folder or by a glob). */
  displayPath: string;
  absolutePath: string;
}

/** A path argument that matched no file. */
export class NoMatchError extends Error {
  constructor(readonly pattern: string) {
    super(`no files matching "${pattern}" were found`);
  }
}

/** True for files the folder search picks up. */
export function isArticleFile(path: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/** The document format for a file name: Markdown, plain text or article. */
export function formatForPath(path: string): DocumentFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt') return 'plaintext';
  return 'article';
}

/**
 * Answers "is this path git-ignored?" from the `.gitignore` files between a root folder and the path,
 * read once per folder.
 */
export class GitIgnoreChecker {
  private readonly perFolder = new Map<string, Ignore | null>();

  private rulesOf(folder: string): Ignore | null {
    let rules = this.perFolder.get(folder);
    if (rules === undefined) {
      rules = null;
      try {
        const text = readFileSync(join(folder, '.gitignore'), 'utf8');
        rules = ignore().add(text);
      } catch {
        rules = null;
      }
      this.perFolder.set(folder, rules);
    }
    return rules;
  }

  /** True when a `.gitignore` in `root` or a folder below it (down to the path's folder) ignores `absolutePath`. */
  isIgnored(absolutePath: string, root: string, isDirectory = false): boolean {
    const rel = relative(root, absolutePath);
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
    const parts = rel.split(sep);
    let folder = root;
    for (let i = 0; i < parts.length; i++) {
      const rules = this.rulesOf(folder);
      if (rules) {
        const sub = parts.slice(i).join('/') + (isDirectory ? '/' : '');
        if (rules.ignores(sub)) return true;
      }
      folder = join(folder, parts[i]);
    }
    return false;
  }
}

/** The folder whose `.gitignore` files apply to `absolutePath`: the working folder when inside it, else `fallback`. */
function ignoreRootFor(absolutePath: string, cwd: string, fallback: string): string {
  const rel = relative(cwd, absolutePath);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)) ? cwd : fallback;
}

function walkFolder(folder: string, display: string, root: string, checker: GitIgnoreChecker, out: InputFile[]): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return; // an unreadable folder has nothing we can check
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const abs = join(folder, entry.name);
    const shown = display === '.' ? entry.name : join(display, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = statSync(abs);
        isDir = false; // never follow folder links (no cycles)
        isFile = st.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) {
      if (ALWAYS_SKIPPED_FOLDERS.has(entry.name) || checker.isIgnored(abs, root, true)) continue;
      walkFolder(abs, shown, root, checker, out);
    } else if (isFile && isArticleFile(entry.name) && !checker.isIgnored(abs, root)) {
      out.push({ displayPath: shown, absolutePath: abs });
    }
  }
}

/** True when the last part of a glob names an extension ("*.md"): then any matching file is taken. */
function globNamesExtension(pattern: string): boolean {
  const last = pattern.split('/').pop() ?? '';
  return /\.[^*?[\]{}/.]+$/.test(last);
}

/**
 * Expands command-line paths into files, in argument order and without duplicates: files as given,
 * folders searched recursively for article files, globs matched. `.gitignore` files are honoured for
 * folders and globs (not for files named explicitly). Throws {@link NoMatchError} for a path that matches nothing.
 */
export async function expandPaths(paths: readonly string[], cwd = process.cwd()): Promise<InputFile[]> {
  const checker = new GitIgnoreChecker();
  const seen = new Set<string>();
  const out: InputFile[] = [];
  const add = (files: InputFile[]) => {
    for (const f of files) {
      if (seen.has(f.absolutePath)) continue;
      seen.add(f.absolutePath);
      out.push(f);
    }
  };
  for (const given of paths) {
    const abs = resolve(cwd, given);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found: InputFile[] = [];
      walkFolder(abs, given.replace(/[\\/]+$/, '') || given, ignoreRootFor(abs, cwd, abs), checker, found);
      if (found.length === 0) throw new NoMatchError(given);
      add(found);
    } else if (stat) {
      add([{ displayPath: given, absolutePath: abs }]);
    } else if (fastGlob.isDynamicPattern(given)) {
      const pattern = given.replace(/\\/g, '/');
      const matches = await fastGlob.glob(pattern, { cwd, onlyFiles: true, dot: false, absolute: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      matches.sort();
      const anyExtension = globNamesExtension(pattern);
      const found: InputFile[] = [];
      for (const m of matches) {
        const file = resolve(cwd, m);
        if (!anyExtension && !isArticleFile(file)) continue;
        if (checker.isIgnored(file, ignoreRootFor(file, cwd, dirname(file)))) continue;
        found.push({ displayPath: isAbsolute(given) ? file : m, absolutePath: file });
      }
      if (found.length === 0) throw new NoMatchError(given);
      add(found);
    } else {
      throw new NoMatchError(given);
    }
  }
  return out;
}

