import { readFileSync, statSync } from 'node:fs';
import { dirname, join, parse as parsePath, resolve } from 'node:path';
import { LineIndex, type LineCharacter } from '../core';
import type { AnalyzeOptions } from '../core';
import { MAX_CONFIG_TEXT_LENGTH, parseConfig, type ConfigProblem } from '../core/config';

/** Configuration file names, in order of preference within one folder. */
export const CONFIG_FILE_NAMES = ['.copydesk.yaml', '.copydesk.yml'] as const;

/** A configuration problem with its LSP range (0-based line, UTF-16 character) in the configuration file. */
export interface LocatedConfigProblem extends ConfigProblem {
  range: { start: LineCharacter; end: LineCharacter };
}

/** A configuration file read and parsed (or the absence of one). */
export interface LoadedConfig {
  /** Absolute path of the configuration file, or null when none applies. */
  file: string | null;
  options: Partial<AnalyzeOptions>;
  /** `maxFileSize` in bytes, when the configuration sets it. */
  maxFileSize?: number;
  problems: LocatedConfigProblem[];
}

interface CacheEntry {
  mtimeMs: number;
  size: number;
  config: LoadedConfig;
}

const MAX_CACHE_ENTRIES = 64;
const configCache = new Map<string, CacheEntry>();

/**
 * Finds the configuration file that applies to `filePath`: `.copydesk.yaml` (or `.yml`) in the file's folder
 * or the nearest parent folder, looking no higher than `stopAt` (inclusive) or the filesystem root.
 * The file need not exist (e.g. a `--stdin-filename`). Returns an absolute path, or null.
 */
export function findConfigFile(filePath: string, stopAt?: string): string | null {
  let dir = dirname(resolve(filePath));
  const stop = stopAt === undefined ? undefined : resolve(stopAt);
  const root = parsePath(dir).root;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (isFile(candidate)) return candidate;
    }
    if (dir === stop || dir === root) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Reads and parses one configuration file, cached by path, modification time and size.
 * Never throws: an unreadable or oversized file gives a problem and empty options.
 */
export function loadConfigFile(configPath: string): LoadedConfig {
  const file = resolve(configPath);
  let stat;
  try {
    stat = statSync(file);
  } catch (e) {
    return failed(file, `Cannot read configuration file: ${errorMessage(e)}`);
  }
  if (!stat.isFile()) return failed(file, 'Configuration path is not a file.');
  const cached = configCache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.config;
  let config: LoadedConfig;
  if (stat.size > MAX_CONFIG_TEXT_LENGTH) {
    config = failed(file, `Configuration file is too large (${stat.size} bytes, over ${MAX_CONFIG_TEXT_LENGTH}); it is ignored.`);
  } else {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      return failed(file, `Cannot read configuration file: ${errorMessage(e)}`);
    }
    const parsed = parseConfig(text);
    const lines = new LineIndex(text);
    config = {
      file,
      options: parsed.options,
      ...(parsed.maxFileSize !== undefined ? { maxFileSize: parsed.maxFileSize } : {}),
      problems: parsed.problems.map((p) => ({ ...p, range: lines.rangeOf(p.span) })),
    };
  }
  if (configCache.size >= MAX_CACHE_ENTRIES) configCache.delete(configCache.keys().next().value as string);
  configCache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, config });
  return config;
}

/**
 * The configuration that applies to `filePath` (see {@link findConfigFile}), read and parsed.
 * Never throws; without a configuration file the result has `file: null` and empty options.
 */
export function loadConfigForFile(filePath: string, stopAt?: string): LoadedConfig {
  const file = findConfigFile(filePath, stopAt);
  return file ? loadConfigFile(file) : { file: null, options: {}, problems: [] };
}

/** Forgets every cached configuration (tests, or when the editor reports a file change). */
export function clearConfigCache(): void {
  configCache.clear();
}

function failed(file: string, message: string): LoadedConfig {
  const zero = { line: 0, character: 0 };
  return { file, options: {}, problems: [{ span: { start: 0, end: 0 }, severity: 'error', message, range: { start: zero, end: zero } }] };
}

function errorMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err && err.code === 'ENOENT') return 'no such file';
  if (err && err.code === 'EACCES') return 'permission denied';
  return err && err.message ? err.message : String(e);
}
