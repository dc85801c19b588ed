/**
 * The Copydesk analysis core: text in, article model out.
 * Pure TypeScript: no `vscode*`, no LSP types, no Node built-ins (enforced by the lint config).
 */
export { analyzeArticle } from './analyze';
export { LineIndex, type LineCharacter } from './positions';
export { defaultOptions, type AnalyzeOptions, type RuleSetting, type StyleSheetEntry } from './options';
export { RULES } from './rules';
export { scanDocument, type ScannedDocument, type DocumentFormat } from './markup/scan';
export * from './types';
export * from './queries';
