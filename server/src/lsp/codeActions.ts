import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { CodeActionKind } from './lspApi';
import type { AnalyzedDocument } from './cache';
import { SOURCE, toDiagnostic, toTextEdit, type DiagnosticData } from './convert';

/** Quick fixes for the Copydesk diagnostics in the requested range. */
export function codeActionsFor(analyzed: AnalyzedDocument, params: CodeActionParams): CodeAction[] {
  const { article, lines, uri, version } = analyzed;
  const actions: CodeAction[] = [];
  const wanted = params.context.diagnostics.filter((d) => d.source === SOURCE);
  const seen = new Set<number>();
  for (const diagnostic of wanted) {
    const index = findingIndex(analyzed, diagnostic);
    if (index === undefined || seen.has(index)) continue;
    seen.add(index);
    const finding = article.findings[index];
    for (const fix of finding.fixes ?? []) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(lines, finding, uri, index, version)],
        isPreferred: fix.preferred,
        edit: { changes: { [uri]: fix.edits.map((e) => toTextEdit(lines, e)) } },
      });
    }
  }
  return actions;
}

/** The finding behind a diagnostic: by its data when it is from this version, else by code and range. */
function findingIndex(analyzed: AnalyzedDocument, diagnostic: Diagnostic): number | undefined {
  const data = diagnostic.data as DiagnosticData | undefined;
  const { article, lines } = analyzed;
  if (data && data.version === analyzed.version && article.findings[data.finding]?.code === diagnostic.code) return data.finding;
  const start = lines.offsetAt(diagnostic.range.start);
  const end = lines.offsetAt(diagnostic.range.end);
  const i = article.findings.findIndex((f) => f.code === diagnostic.code && f.span.start === start && f.span.end === end);
  return i >= 0 ? i : undefined;
}
