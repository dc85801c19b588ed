import { analyzeArticle, type AnalyzeOptions, type Article, type LineIndex } from '../core';
import { linesOf, type DocumentVersion, type TextWithLines } from './documents';

/** One analysed document version with its line index. */
export interface AnalyzedDocument {
  uri: string;
  version: number;
  article: Article;
  lines: LineIndex;
  /** Set when the document was not analysed (too large, binary): why, for the user. */
  skipped?: string;
}

/** What one document is analysed with: options (format, the desk's configuration) and the size limit. */
export interface DocumentSettings {
  options: Partial<AnalyzeOptions>;
  maxFileSize: number;
}

/** Decides the settings for a document. */
export type SettingsProvider = (document: DocumentVersion) => DocumentSettings;

/**
 * Analysis results keyed by uri and version (after vscode's `languageModelCache.ts`):
 * each feature asks the cache, so a version is analysed once however many requests come.
 */
export class ArticleCache {
  private readonly entries = new Map<string, AnalyzedDocument>();
  private generation = 0;
  private readonly generations = new Map<string, number>();

  constructor(private readonly settingsFor: SettingsProvider) {}

  /** The analysis of this exact document version, computed on first use. */
  get(document: DocumentVersion): AnalyzedDocument {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && this.generations.get(document.uri) === this.generation) return cached;
    const text = document.getText();
    const analyzed = this.analyzeText(document, text, linesOf(document, text), this.settingsFor(document));
    this.entries.set(document.uri, analyzed);
    this.generations.set(document.uri, this.generation);
    return analyzed;
  }

  /**
   * Analyses copies of `document` (their texts and line indexes) as `get` analyses a version (the size and binary
   * checks, the analysis) with its settings, looked up once (each look-up reads the configuration file's stat), and
   * keeps nothing: the edit warm-up's analyses (`EditWarmUp`).
   */
  copyAnalyzer(document: DocumentVersion): (copy: TextWithLines) => AnalyzedDocument {
    const settings = this.settingsFor(document);
    return ({ text, lines }) => this.analyzeText(document, text, lines, settings);
  }

  /** Forgets a closed document. */
  delete(uri: string): void {
    this.entries.delete(uri);
    this.generations.delete(uri);
  }

  /** Invalidates everything (the configuration changed). */
  clear(): void {
    this.generation++;
  }

  /** The analysis of `text` as the version of `document` it is a copy of, or why it was not analysed. */
  private analyzeText(document: DocumentVersion, text: string, lines: LineIndex, settings: DocumentSettings): AnalyzedDocument {
    const base = { uri: document.uri, version: document.version, lines };
    const skipped = whyNotAnalyse(text, settings.maxFileSize);
    if (skipped) return { ...base, article: analyzeArticle(''), skipped };
    return { ...base, article: analyzeArticle(text, settings.options) };
  }
}

/** A reason to leave a document alone, or undefined when it can be analysed. */
export function whyNotAnalyse(text: string, maxSize: number): string | undefined {
  if (text.length > maxSize) {
    return `Copydesk skipped this file: it is ${(text.length / 1024 / 1024).toFixed(1)} MB, above the limit of ${(maxSize / 1024 / 1024).toFixed(1)} MB (setting copydesk.maxFileSize or maxFileSize in .copydesk.yaml).`;
  }
  if (looksBinary(text)) return 'Copydesk skipped this file: it looks binary, not text.';
  return undefined;
}

/** NUL characters or many control characters in the first 8 KB mean binary content. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}
