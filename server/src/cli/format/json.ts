import type { FileReport } from '../report';

/** The `--format json` document (compact, one line): exactly `report.schema.json` version 1 (files that were not checked are left out). */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports
    .filter((r) => r.status === 'checked')
    .map((r) => ({ path: r.path, quotes: r.quotes, entities: r.entities, diagnostics: r.diagnostics }));
  return JSON.stringify({ version: 1, files }) + '\n';
}
