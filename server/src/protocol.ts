/**
 * Copydesk's custom LSP messages: the contract between the server and the VS Code client
 * (the only server file the client may import). Every other feature is standard LSP.
 */

/**
 * Node flags the server process is started with (by the VS Code client and the benchmark; other
 * editors may pass them too). Semi-spaces of 1 MB (V8 lets them grow to 16 MB each) keep the
 * young generation small: with a 20,000-word article open and edited the server stayed at
 * ~98 MB resident instead of ~117 MB with 2 MB semi-spaces, and 1 MB saves ~2 MB more with no
 * slower analysis measured. `--expose-gc` lets the server collect once it has been idle for a
 * moment (`lsp/idleCollector.ts`). (`--optimize-for-size` saved 10 MB more but doubled the
 * re-analysis time of an edit.)
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=1', '--expose-gc'];

/**
 * Environment variables the server process is started with, on top of the client's own
 * environment. glibc's malloc (Linux) keeps freed memory for reuse and, by default, raises the
 * size it waits for before giving memory back each time a large block is freed; a fixed
 * threshold of 128 KB lets the memory V8's compilers and collector used while an article was
 * analysed go back to the system. With the 20,000-word article: ~6–10 MB less resident memory,
 * no slower edits measured. Other C libraries ignore it.
 */
export const SERVER_PROCESS_ENV: Readonly<Record<string, string>> = { MALLOC_TRIM_THRESHOLD_: '131072' };

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

/**
 * Environment variable that turns on `copydesk/diagnosticsTiming` notifications (`1`): for
 * benchmarks and for finding out where a slow keystroke goes. Off by default.
 */
export const DIAGNOSTICS_TIMING_ENV = 'COPYDESK_TIMING';

/** Method name of the timing notification (server → client), sent only when `COPYDESK_TIMING=1`. */
export const DIAGNOSTICS_TIMING_METHOD = 'copydesk/diagnosticsTiming';

/**
 * `copydesk/diagnosticsTiming` parameters: the server's own time for one publication of
 * diagnostics, sent after the `textDocument/publishDiagnostics` it describes. All times are
 * wall-clock milliseconds measured in the server, from the moment its debounce timer fired (a
 * change waits for a 50 ms pause; an open does not wait), so they exclude the pause, the
 * transport and the client.
 */
export interface DiagnosticsTiming {
  uri: string;
  version: number;
  /** Timer fired → publishDiagnostics written to the transport: `analyzeMs + indexMs + convertMs + sendMs`. */
  totalMs: number;
  /** The analysis of the version (through the server's cache: the core's `analyzeArticle`). */
  analyzeMs: number;
  /** Updating the workspace index's entry of the open document. */
  indexMs: number;
  /** Findings → LSP diagnostics. */
  convertMs: number;
  /** Serialising and writing the notification. */
  sendMs: number;
  /** CPU time of the whole server process (all threads: the collector's helpers too) over `totalMs`. */
  cpuMs: number;
  /** How many diagnostics were published. */
  diagnostics: number;
}
