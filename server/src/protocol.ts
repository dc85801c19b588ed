/**
 * Copydesk's custom LSP messages: the contract between the server and the VS Code client
 * (the only server file the client may import). Every other feature is standard LSP.
 */

/**
 * Node flags the server process is started with (by the VS Code client and the benchmark; other
 * editors may pass them too). Semi-spaces of 2 MB (V8 lets them grow to 16 MB each) keep the
 * young generation small: with a 20,000-word article open and edited the server stayed at
 * ~98 MB resident instead of ~117 MB, with no slower analysis. (`--optimize-for-size` saved
 * 10 MB more but doubled the re-analysis time of an edit.)
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2'];

/** A zero-based line and UTF-16 character. */
export interface ProtocolPosition {
  line: number;
  character: number;
}

/** A range of positions. */
export interface ProtocolRange {
  start: ProtocolPosition;
  end: ProtocolPosition;
}

/** `copydesk/articleSummary` request parameters. */
export interface ArticleSummaryParams {
  textDocument: { uri: string };
}

/** One quotation, as listed in the Sources view. */
export interface SourceQuotation {
  /** The quoted words (without marks), possibly shortened for display. */
  text: string;
  kind: 'direct' | 'partial' | 'scare';
  range: ProtocolRange;
  /** The attribution cue ("said"), or null for an inherited attribution. */
  cue: string | null;
}

/** A speaker with the quotations attributed to them. */
export interface SourceSpeaker {
  /** The fullest name, or the words that name an anonymous source ("a department spokesperson"). */
  name: string;
  kind: 'named' | 'pronoun' | 'anonymous' | 'organization' | 'document';
  /** The entity id, null for sources that are no entity. */
  entityId: string | null;
  quotations: SourceQuotation[];
}

/**
 * `copydesk/articleSummary` result: who is quoted, what is unattributed, the counts the status
 * bar shows. Null when the document is unknown to the server or was skipped.
 */
export interface ArticleSummary {
  uri: string;
  version: number;
  speakers: SourceSpeaker[];
  unattributed: SourceQuotation[];
  counts: { quotations: number; unattributed: number; tk: number; entities: number };
}

/** Method name of the summary request. */
export const ARTICLE_SUMMARY_METHOD = 'copydesk/articleSummary';

/** Semantic token types for entity mentions, in legend order (package.json declares them). */
export const SEMANTIC_TOKEN_TYPES = ['person', 'organization', 'place', 'entity'] as const;

/** Semantic token modifiers: `declaration` marks the introducing mention. */
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration'] as const;

/** `copydesk/neighbourMention` parameters: from a position to the next or previous mention of its entity. */
export interface NeighbourMentionParams {
  textDocument: { uri: string };
  position: ProtocolPosition;
  direction: 'next' | 'previous';
}

/** Method name of the neighbour-mention request; the result is an LSP `Location` or null. */
export const NEIGHBOUR_MENTION_METHOD = 'copydesk/neighbourMention';
