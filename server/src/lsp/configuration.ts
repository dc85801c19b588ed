import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { AnalyzeOptions } from '../core';
import { mergeOptions } from '../core/config';
import { clearConfigCache, loadConfigForFile, type LoadedConfig } from '../config/loadConfig';
import { SOURCE } from './convert';

/** The default size limit: larger documents are not analysed. */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/**
 * The desk's `.copydesk.yaml` as the server sees it: options per document, and the file's
 * problems published as diagnostics on the configuration file itself.
 */
export class DeskConfiguration {
  /** Last published problems per configuration uri, to publish only on change. */
  private readonly published = new Map<string, string>();

  constructor(
    private readonly publish: (uri: string, diagnostics: Diagnostic[]) => void,
    private readonly editorMaxFileSize: () => number,
  ) {}

  /** Options and size limit for a document: its format plus the nearest configuration file. */
  settingsFor(uri: string, format: AnalyzeOptions['format']): { options: Partial<AnalyzeOptions>; maxFileSize: number } {
    const base = { options: { format }, maxFileSize: this.editorMaxFileSize() };
    if (!uri.startsWith('file:')) return base;
    const loaded = loadConfigForFile(URI.parse(uri).fsPath);
    if (!loaded.file) return base;
    this.publishProblems(loaded);
    return { options: mergeOptions(loaded.options, { format }), maxFileSize: loaded.maxFileSize ?? base.maxFileSize };
  }

  /** Forgets cached files: a configuration file changed on disk. */
  invalidate(): void {
    clearConfigCache();
  }

  private publishProblems(loaded: LoadedConfig): void {
    const uri = URI.file(loaded.file!).toString();
    const diagnostics: Diagnostic[] = loaded.problems.map((p) => ({
      range: p.range,
      severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      code: 'config',
      source: SOURCE,
      message: p.message,
    }));
    const key = JSON.stringify(diagnostics);
    if (this.published.get(uri) === key) return;
    this.published.set(uri, key);
    this.publish(uri, diagnostics);
  }
}
