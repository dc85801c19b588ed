import type { RuleCode, Severity } from './types';

/** A rule's configured severity, or `off`. */
export type RuleSetting = Severity | 'off';

/** One entry of the desk's style sheet: the canonical spelling of an entity. */
export interface StyleSheetEntry {
  /** The canonical name ("Juan Guaidó"). */
  name: string;
  aliases: string[];
  type?: 'person' | 'organization' | 'place' | 'other';
  roles: string[];
  description?: string;
}

/** Everything that tunes one analysis: from `.copydesk.yaml`, front matter and the editor. */
export interface AnalyzeOptions {
  /** How to read the document: Markdown knows code blocks, plain text has a first-line headline. */
  format: 'article' | 'markdown' | 'plaintext';
  /** Per-rule severity overrides. */
  rules: Partial<Record<RuleCode, RuleSetting>>;
  /** Extra reporting verbs ("quipped"). */
  extraCues: string[];
  /** Extra anonymous-source nouns ("insider"). */
  anonymousWords: string[];
  styleSheet: StyleSheetEntry[];
  /** Pairs of names never to merge into one entity. */
  keepApart: [string, string][];
}

/** The defaults: every rule at its default severity, no extra words, no style sheet. */
export function defaultOptions(overrides: Partial<AnalyzeOptions> = {}): AnalyzeOptions {
  return { format: 'article', rules: {}, extraCues: [], anonymousWords: [], styleSheet: [], keepApart: [], ...overrides };
}
