/**
 * Copydesk's custom LSP messages: the contract between the server and the VS Code client
 * (the only server file the client may import). Every other feature is standard LSP.
 */

/**
 * Node flags the server process is started with (by the VS Code client and the benchmark; other
 * editors may pass them too).
 *
 * `--max-semi-space-size=2` keeps V8's young generation at 2 × 2 MB (by default it grows to
 * 2 × 16 MB and stays there): with a 20,000-word article open and edited, idle-collected, the
 * server stays at 71–75 MB resident instead of ~104 MB with V8's default. 2 MB is room for one
 * keystroke's analysis (in that article it allocates ~1.0 MB, at most ~1.5 MB; its diagnostics
 * and their JSON ~0.15 MB more), and the server empties the young generation once after each
 * publication of diagnostics, when the next change or open has been read (`collectYoungGarbage` in
 * `lsp/server.ts`), so the next keystroke is analysed without a scavenge. With 1 MB semi-spaces,
 * as before, 1.0–1.2 scavenges fell inside each keystroke's server time (0.5–0.8 ms each on a
 * quiet machine, 3–7 ms under a load average of 8–12, where the parallel scavenger waits for its
 * helper threads); now none do (typing 41 keystrokes, with and without 200 before them). A smaller
 * young generation costs CPU: objects that live through an analysis get copied and promoted.
 * `--optimize-for-size` saved 10 MB more but doubled the re-analysis time of an edit.
 *
 * `--expose-gc` lets the server collect once it has been idle for a moment (`lsp/idleCollector.ts`),
 * and its young generation between keystrokes.
 *
 * `--no-regexp-tier-up` compiles each regular expression to machine code at its first use. By
 * default V8 first compiles it to bytecode and interprets it, then compiles it again once it runs
 * a second time; the analysis has many Unicode-class expressions (`\p{L}`…) that every article
 * runs many times, so that doubled their compilation, and interpreting them was slow. The first
 * analysis after start-up (the seed article) took ~40 ms less server CPU time (82 → 42 ms, medians
 * of 11 interleaved cold starts on a busy machine); a warm keystroke runs the same machine code as
 * before, and the idle memory with the 20,000-word article stayed within noise (73–78 MB).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2', '--expose-gc', '--no-regexp-tier-up'];

/**
 * Environment variables the server process is started with, on top of the client's own
 * environment. glibc's malloc (Linux) keeps freed memory for reuse and, by default, raises the
 * size it waits for before giving memory back each time a large block is freed; a fixed
 * threshold of 128 KB lets the memory V8's compilers and collector used while an article was
 * analysed go back to the system. With the 20,000-word article, idle-collected: 73–77 MB
 * resident instead of 87–89 MB, and no more CPU per keystroke measured (median 17.6 against
 * 18.9 ms, noisy). `MALLOC_ARENA_MAX=2` gained nothing more. Other C libraries ignore it.
 *
 * `MALLOC_MMAP_THRESHOLD_=32768` gives every block of 32 KB or more its own mapping, returned to
 * the system when freed. V8's background threads allocate many blocks of 32–64 KB (a threshold of
 * 64 KB changed nothing) in the per-thread arenas, which give back only what lies at their top: one
 * arena kept 7–15 MB of freed blocks in some sessions and not in others. The 20,000-word article
 * after the bench's session (83 edits) and 5 s idle: 67.9–69.7 MB resident (median 68.9, 28
 * sessions) instead of 68.3–82.5 MB (median 71.8, 46 sessions, 12 of them above 76 MB). The server's
 * main thread pays nothing measurable: the same page faults and CPU per keystroke (5.4 against
 * 5.3 ms, medians of 13 interleaved sessions) and at a cold start; the background threads fault in
 * more pages (~25,000 more over the 66 keystrokes).
 *
 * `NODE_EXTRA_CA_CERTS` is left out (an `undefined` value: spawn passes no such variable). Node 20
 * reads and parses that certificate file, and the whole root store, before running any script; the
 * server makes no network connections. With it set to a system bundle (144 certificates), a bare
 * `node -e ''` took 80–110 ms of CPU against 24–30 ms without, on every server start.
 */
export const SERVER_PROCESS_ENV: Readonly<Record<string, string | undefined>> = { MALLOC_TRIM_THRESHOLD_: '131072', MALLOC_MMAP_THRESHOLD_: '32768', NODE_EXTRA_CA_CERTS: undefined };

/**
 * The server's pause after a change before it analyses the document and publishes diagnostics
 * (its debounce: a keystroke typed within it restarts it). The benchmark reads it too.
 */
export const DIAGNOSTICS_DEBOUNCE_MS = 50;

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
