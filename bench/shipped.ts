/**
 * Everything the bench times in process, in one entry point: `bench/run.ts` bundles it with the
 * language server's production esbuild options (scripts/bundleOptions.mjs) and requires the
 * bundle, so it times the code users run (minified, name data precomputed), not the sources as
 * a development transpiler serves them file by file.
 */
export { analyzeArticle, LineIndex } from '../server/src/core';
export { ANALYSIS_STAGES, analyzeArticleInStages } from '../server/src/core/analyze';
export { clearMemos } from '../server/src/core/memo';
export { defaultOptions } from '../server/src/core/options';
export { ArticleCache } from '../server/src/lsp/cache';
export { diagnosticsFor } from '../server/src/lsp/diagnostics';
export { trackedDocuments } from '../server/src/lsp/documents';
export { hoverFor } from '../server/src/lsp/hover';
export { IDLE_COLLECT_DELAY_MS } from '../server/src/lsp/idleCollector';
export { definitionFor, highlightsFor, referencesFor } from '../server/src/lsp/navigation';
export { WorkspaceIndex } from '../server/src/lsp/workspaceIndex';
