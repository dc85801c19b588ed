import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from './lspApi';
import type { AnalyzedDocument } from './cache';
import { SOURCE, toDiagnostic } from './convert';

/** The diagnostics of one analysed document version. */
export function diagnosticsFor(analyzed: AnalyzedDocument): Diagnostic[] {
  if (analyzed.skipped) {
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Information,
        code: 'skipped',
        source: SOURCE,
        message: analyzed.skipped,
      },
    ];
  }
  const { article, lines, uri, version } = analyzed;
  return article.findings.map((f, i) => toDiagnostic(lines, f, uri, i, version));
}
