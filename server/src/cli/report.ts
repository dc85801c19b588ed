import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { analyzeArticle, LineIndex, type AnalyzeOptions, type Severity, type Span } from '../core';
import { formatForPath } from './files';

/** Files larger than this are skipped unless the configuration sets `maxFileSize`. */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/** An LSP-style position: 0-based line, UTF-16 character. */
export interface ReportPosition {
  line: number;
  character: number;
}

/** An LSP-style range. */
export interface ReportRange {
  start: ReportPosition;
  end: ReportPosition;
}

/** `[start, end)` in UTF-16 code units, as in the JSON report. */
export type ReportOffset = [number, number];

/** A quotation as in `report.schema.json`. */
export interface ReportQuote {
  offset: ReportOffset;
  range: ReportRange;
  text: string;
  kind: 'direct' | 'partial' | 'scare';
  speaker: {
    text: string;
    offset: ReportOffset;
    kind: 'named' | 'pronoun' | 'anonymous' | 'organization' | 'document';
    entity: string | null;
    cue: { text: string; offset: ReportOffset } | null;
  } | null;
}

/** An entity as in `report.schema.json`. */
export interface ReportEntity {
  id: string;
  name: string;
  type: 'person' | 'organization' | 'place' | 'other';
  mentions: { text: string; offset: ReportOffset; range: ReportRange }[];
}

/** A diagnostic as in `report.schema.json`. */
export interface ReportDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  offset: ReportOffset;
  range: ReportRange;
}

/** The result for one file: its analysis, a skip notice, or a read error. Plain data (crosses threads). */
export interface FileReport {
  path: string;
  /** `checked`: analysed; `skipped`: binary or too large (no effect on the exit code); `unreadable`: an input error. */
  status: 'checked' | 'skipped' | 'unreadable';
  /** Why the file was skipped or unreadable. */
  reason?: string;
  quotes: ReportQuote[];
  entities: ReportEntity[];
  diagnostics: ReportDiagnostic[];
}

/** One file to analyse, as sent to a worker. */
export interface AnalysisTask {
  displayPath: string;
  absolutePath: string;
  /** Options from the configuration and the command line (front matter is added per file). */
  options: Partial<AnalyzeOptions>;
  maxFileSize: number;
}

const offsetOf = (span: Span): ReportOffset => [span.start, span.end];

/** Analyses a document's text into the report shape (the core adds the entities of its front matter). */
export function analyzeText(path: string, text: string, options: Partial<AnalyzeOptions>): FileReport {
  const article = analyzeArticle(text, { ...options, format: options.format ?? formatForPath(path) });
  const lines = new LineIndex(text);
  const mentionsById = new Map(article.mentions.map((m) => [m.id, m]));
  return {
    path,
    status: 'checked',
    quotes: article.quotations.map((q) => ({
      offset: offsetOf(q.span),
      range: lines.rangeOf(q.span),
      text: q.text,
      kind: q.kind,
      speaker: q.speaker
        ? {
            text: q.speaker.text,
            offset: offsetOf(q.speaker.span),
            kind: q.speaker.kind,
            entity: q.speaker.entityId,
            cue: q.speaker.cue ? { text: q.speaker.cue.text, offset: offsetOf(q.speaker.cue.span) } : null,
          }
        : null,
    })),
    entities: article.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      mentions: e.mentionIds.flatMap((id) => {
        const m = mentionsById.get(id);
        return m ? [{ text: m.text, offset: offsetOf(m.span), range: lines.rangeOf(m.span) }] : [];
      }),
    })),
    diagnostics: article.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      offset: offsetOf(f.span),
      range: lines.rangeOf(f.span),
    })),
  };
}

function emptyReport(path: string, status: FileReport['status'], reason: string): FileReport {
  return { path, status, reason, quotes: [], entities: [], diagnostics: [] };
}

/** Reads a file (up to its size limit), skips binary and oversized files, and analyses it. Never throws. */
export function checkFile(task: AnalysisTask): FileReport {
  let fd: number | undefined;
  let buffer: Buffer;
  try {
    fd = openSync(task.absolutePath, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) return emptyReport(task.displayPath, 'unreadable', 'not a regular file');
    if (stat.size > task.maxFileSize) {
      return emptyReport(task.displayPath, 'skipped', `file too large (${formatBytes(stat.size)}, limit ${formatBytes(task.maxFileSize)})`);
    }
    buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    if (read < stat.size) buffer = buffer.subarray(0, read);
  } catch (e) {
    return emptyReport(task.displayPath, 'unreadable', describeError(e));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return checkBuffer(task.displayPath, buffer, task.options, task.maxFileSize);
}

/** Skips binary (NUL bytes) and oversized content, decodes UTF-8 and analyses it. Never throws. */
export function checkBuffer(path: string, buffer: Buffer, options: Partial<AnalyzeOptions>, maxFileSize: number): FileReport {
  if (buffer.length > maxFileSize) {
    return emptyReport(path, 'skipped', `file too large (${formatBytes(buffer.length)}, limit ${formatBytes(maxFileSize)})`);
  }
  if (buffer.includes(0)) return emptyReport(path, 'skipped', 'binary file (contains NUL bytes)');
  try {
    return analyzeText(path, decodeUtf8(buffer), options);
  } catch (e) {
    return emptyReport(path, 'unreadable', `analysis failed: ${describeError(e)}`);
  }
}

/**
 * The file's text as an editor reads it: UTF-8 without its byte order mark, so offsets and
 * columns match what VS Code (which drops the mark) shows for the same file.
 */
export function decodeUtf8(buffer: Buffer): string {
  const text = buffer.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A byte count for people: `2.0 MB`, `512 KB`, `80 bytes`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  if (err?.code === 'EISDIR') return 'is a folder';
  return err?.message ?? String(e);
}
