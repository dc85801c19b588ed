import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from './lspApi';
import { URI } from 'vscode-uri';
import type { AnalyzeOptions } from '../core';
import { mergeOptions } from '../core/config';
import * as path from 'node:path';
import { clearConfigCache, findConfigFile, loadConfigFile, type LoadedConfig } from '../config/loadConfig';
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
  /**
   * The configuration file that applies to each folder: every keystroke re-analyses, and walking
   * up the folders with a stat per level each time is work the file watcher makes unnecessary.
   */
  private readonly fileForFolder = new Map<string, string | null>();
  /** Options per loaded configuration and format (read-only: shared by every analysis). */
  private merged = new WeakMap<LoadedConfig, Map<AnalyzeOptions['format'], Partial<AnalyzeOptions>>>();

  constructor(
    private readonly publish: (uri: string, diagnostics: Diagnostic[]) => void,
    private readonly editorMaxFileSize: () => number,
  ) {}

  /** Options and size limit for a document: its format plus the nearest configuration file. */
  settingsFor(uri: string, format: AnalyzeOptions['format']): { options: Partial<AnalyzeOptions>; maxFileSize: number } {
    const base = { options: { format }, maxFileSize: this.editorMaxFileSize() };
    if (!uri.startsWith('file:')) return base;
    const file = URI.parse(uri).fsPath;
    const folder = path.dirname(file);
    let configFile = this.fileForFolder.get(folder);
    if (configFile === undefined) this.fileForFolder.set(folder, (configFile = findConfigFile(file)));
    if (!configFile) return base;
    const loaded = loadConfigFile(configFile);
    // the loader returns the same object while the file is unchanged: merge and publish once per load
    let byFormat = this.merged.get(loaded);
    if (!byFormat) {
      this.merged.set(loaded, (byFormat = new Map()));
      this.publishProblems(loaded);
    }
    let options = byFormat.get(format);
    if (!options) byFormat.set(format, (options = mergeOptions(loaded.options, { format })));
    return { options, maxFileSize: loaded.maxFileSize ?? base.maxFileSize };
  }

  /** Forgets cached files: a configuration file was created, changed or deleted. */
  invalidate(): void {
    clearConfigCache();
    this.fileForFolder.clear();
    this.merged = new WeakMap();
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
