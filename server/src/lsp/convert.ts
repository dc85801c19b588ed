import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { DiagnosticSeverity } from './lspApi';
import type { Finding, LineIndex, Severity, Span, TextEdit as CoreEdit } from '../core';

/**
 * The only place where core results (UTF-16 offsets, plain data) become LSP types.
 */

/** The diagnostic source shown in the Problems view. */
export const SOURCE = 'copydesk';

/** A span as an LSP range. */
export function toRange(lines: LineIndex, span: Span): Range {
  return lines.rangeOf(span);
}

/** An LSP position as a UTF-16 offset. */
export function toOffset(lines: LineIndex, position: { line: number; character: number }): number {
  return lines.offsetAt(position);
}

/** A core severity as an LSP severity. */
export function toSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
  }
}

/** Data kept on a diagnostic so code actions can find the finding's fixes again. */
export interface DiagnosticData {
  /** Index of the finding in `Article.findings` for the document version below. */
  finding: number;
  version: number;
}

/** A finding as an LSP diagnostic. */
export function toDiagnostic(lines: LineIndex, finding: Finding, uri: string, index: number, version: number): Diagnostic {
  const data: DiagnosticData = { finding: index, version };
  return {
    range: toRange(lines, finding.span),
    severity: toSeverity(finding.severity),
    code: finding.code,
    source: SOURCE,
    message: finding.message,
    relatedInformation: finding.related?.map((r) => ({ location: { uri, range: toRange(lines, r.span) }, message: r.message })),
    data,
  };
}

/** A core edit as an LSP edit. */
export function toTextEdit(lines: LineIndex, edit: CoreEdit): TextEdit {
  return { range: toRange(lines, edit.span), newText: edit.newText };
}
