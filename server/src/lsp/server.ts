import type {
  CancellationToken,
  CodeActionParams,
  Connection,
  HoverParams,
  InlayHintParams,
  RenameParams,
  TextDocumentPositionParams,
  InitializeParams,
  InitializeResult,
} from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { AnalyzeOptions } from '../core';
import {
  ARTICLE_SUMMARY_METHOD,
  DIAGNOSTICS_DEBOUNCE_MS,
  DIAGNOSTICS_TIMING_METHOD,
  NEIGHBOUR_MENTION_METHOD,
  type ArticleSummary,
  type ArticleSummaryParams,
  type DiagnosticsTiming,
  type NeighbourMentionParams,
} from '../protocol';
import { ArticleCache, type AnalyzedDocument } from './cache';
import { DEFAULT_MAX_FILE_SIZE, DeskConfiguration } from './configuration';
import { codeActionsFor } from './codeActions';
import { CodeActionKind, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind } from './lspApi';
import { codeLensesFor } from './codeLens';
import { diagnosticsFor } from './diagnostics';
import { trackedDocuments, type OpenDocument } from './documents';
import { EditWarmUp } from './editWarmUp';
import { hoverFor } from './hover';
import { forgetParagraphsNotUsedRecently } from '../core/memo';
import { IdleCollector } from './idleCollector';
import { inlayHintsFor } from './inlayHints';
import { definitionFor, highlightsFor, neighbourFor, referencesFor } from './navigation';
import { prepareRenameFor, renameFor } from './rename';
import { formatError, runSafe, runSafeNotification } from './runner';
import { SEMANTIC_TOKENS_LEGEND, semanticTokensFor } from './semanticTokens';
import { summaryFor } from './summary';
import { documentSymbolsFor } from './symbols';
import { WorkspaceIndex } from './workspaceIndex';

/** The server's version, reported in `initialize`. */
export const SERVER_VERSION = '0.1.0';

/** Maps an editor language id to the core's document format. */
export function formatOf(languageId: string): AnalyzeOptions['format'] {
  // VS Code says markdown/plaintext; Neovim and Emacs send text, gfm, …
  if (/^(markdown|gfm|mdx|rmd|quarto|pandoc)$/i.test(languageId)) return 'markdown';
  if (/^(plaintext|text|txt)$/i.test(languageId)) return 'plaintext';
  return 'article';
}

/** The format of a file on disk, from its extension. */
export function formatOfPath(file: string): AnalyzeOptions['format'] {
  if (/\.(md|markdown)$/i.test(file)) return 'markdown';
  if (/\.txt$/i.test(file)) return 'plaintext';
  return 'article';
}

/**
 * How many of the last analyses keep their paragraphs memoised when the server goes idle: the
 * document being edited, and a little more. Another open document's first edit after that is a
 * first analysis again (about 150 ms for 20,000 words).
 */
export const ANALYSES_KEPT_WHEN_IDLE = 3;

/**
 * A clock in ms for the diagnostics timing. Not `performance.now()`: its first use loads
 * perf_hooks (seven Node modules, compiled at the first publication of every start).
 */
function now(): number {
  const [seconds, nanoseconds] = process.hrtime();
  return seconds * 1e3 + nanoseconds / 1e6;
}

/** What the entry point gives the server besides its connection. */
export interface ServerHost {
  /** The bundle to start workspace-index workers from. */
  workerScript?: string;
  /** A full garbage collection, run once the server is idle (`IdleCollector`); none: never. */
  collectGarbage?: () => void;
  /** How long the server must be idle before it collects (ms; tests shorten it). */
  idleCollectDelayMs?: number;
  /**
   * A young-generation collection, run once after each publication of diagnostics, when the next
   * change (or the next open, which `TextDocuments` reports as a content change too) has been read, so that the next keystroke's analysis starts with an empty young
   * generation (`SERVER_NODE_FLAGS` makes it large enough for one analysis): its scavenge then
   * runs between keystrokes, not during one. None: V8 collects when the young generation is full.
   */
  collectYoungGarbage?: () => void;
  /** Send a `copydesk/diagnosticsTiming` notification after each publication of diagnostics. */
  timing?: boolean;
}

/**
 * Wires the Copydesk features to a connection. Thin: every handler asks the analysis cache
 * and one small `lsp/` module; nothing here knows journalism.
 */
export function startServer(connection: Connection, host: ServerHost = {}): void {
  // typing waits for a pause counted from each change's arrival: the timer is set before the
  // document is updated (the update copies the whole text, ~0.2 ms in a 20,000-word article), not
  // after (an open is created, never updated: it gets its diagnostics at once, below)
  const documents = new TextDocuments<OpenDocument>({
    create: trackedDocuments.create,
    update(document, changes, version) {
      schedule(document.uri, DIAGNOSTICS_DEBOUNCE_MS);
      return trackedDocuments.update(document, changes, version);
    },
  });
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  const config = new DeskConfiguration((uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }), () => maxFileSize);
  const cache = new ArticleCache((doc) => config.settingsFor(doc.uri, formatOf(doc.languageId)));
  const workspace = new WorkspaceIndex([], (file) => config.settingsFor(URI.file(file).toString(), formatOfPath(file)), host.workerScript, (message) => connection.tracer.log(message));
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const log = connection.console;
  // once idle, the paragraph memos forget what the last analyses did not use (the dead versions of
  // a paragraph being typed in), then the heap is collected
  const collect = host.collectGarbage;
  const forgetAndCollect = collect
    ? () => {
        forgetParagraphsNotUsedRecently(ANALYSES_KEPT_WHEN_IDLE);
        collect();
      }
    : undefined;
  const idle = new IdleCollector(forgetAndCollect, host.idleCollectDelayMs);
  const collectYoung = host.collectYoungGarbage;
  // set by a publication of diagnostics, cleared by the young collection at the next change or open: run
  // right after the publication, the scavenge (0.7 ms on a quiet machine) delayed the client's
  // answer to it, its next keystroke read only once the scavenge was done
  let youngCollectionDue = false;
  // typing rehearsed in a document after its first diagnostics, until a change arrives
  const warmUp = new EditWarmUp();
  const warmUpDue = new Set<string>();
  connection.onExit(() => {
    idle.dispose();
    warmUp.cancel();
  });

  let canWatchFiles = false;
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace.setFolders(folders.filter((u) => u.startsWith('file:')).map((u) => URI.parse(u).fsPath));
    const init = params.initializationOptions as { maxFileSize?: unknown } | undefined;
    if (typeof init?.maxFileSize === 'number' && init.maxFileSize > 0) maxFileSize = init.maxFileSize;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: { label: 'Copydesk' },
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
      },
      serverInfo: { name: 'copydesk-language-server', version: SERVER_VERSION },
    };
  });

  /** A rejection handler that logs its first error only: once the stream has closed, every later send fails alike. */
  const logFirstFailure = (what: string) => {
    let logged = false;
    return (e: unknown) => {
      if (logged) return;
      logged = true;
      log.error(formatError(what, e));
    };
  };
  // a timing notification that cannot be sent is logged, not thrown
  const timingFailed = logFirstFailure('diagnostics timing notification failed');
  // diagnostics that cannot be published (the stream closed) are logged, never an unhandled rejection, which ends a Node process
  const publishFailed = logFirstFailure('publishing diagnostics failed');
  // an analysis of the typing rehearsal that throws ends the rehearsal; the document's own analyses report their errors
  const warmUpFailed = logFirstFailure('rehearsing typing failed');

  /** Publishes diagnostics shortly after the last change, so typing is never blocked. */
  const schedule = (uri: string, delay: number) => {
    clearTimeout(pending.get(uri));
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        const document = documents.get(uri);
        if (!document) return;
        runSafeNotification(log, 'diagnostics', () => {
          const fired = now();
          const cpu = host.timing ? process.cpuUsage() : undefined;
          const analyzed = cache.get(document);
          const analyzedAt = now();
          workspace.updateOpen(uri, analyzed.article);
          const indexedAt = now();
          const diagnostics = diagnosticsFor(analyzed);
          const convertedAt = now();
          const sent = connection.sendDiagnostics({ uri, version: document.version, diagnostics });
          idle.activity();
          const version = document.version;
          sent.then(() => {
            if (host.timing) {
              const written = now();
              const used = process.cpuUsage(cpu);
              const timing: DiagnosticsTiming = {
                uri,
                version,
                totalMs: written - fired,
                analyzeMs: analyzedAt - fired,
                indexMs: indexedAt - analyzedAt,
                convertMs: convertedAt - indexedAt,
                sendMs: written - convertedAt,
                cpuMs: (used.user + used.system) / 1000,
                diagnostics: diagnostics.length,
              };
              connection.sendNotification(DIAGNOSTICS_TIMING_METHOD, timing).catch(timingFailed);
            }
            youngCollectionDue = true;
            if (warmUpDue.delete(uri) && !analyzed.skipped) warmUpIfCurrent(document, version);
          }, publishFailed);
        });
      }, delay),
    );
  };

  /**
   * Rehearses typing in `document` (`EditWarmUp`) if `version` is still its latest and no change
   * waits for its diagnostics; a line in the LSP trace says how long the rehearsal took once it is done.
   */
  const warmUpIfCurrent = (document: OpenDocument, version: number) => {
    if (document.version !== version || pending.has(document.uri)) return;
    const started = now();
    // each step runs what the debounced handler runs for a keystroke but the workspace index's update (the copies are
    // not the document)
    const analyzeCopy = cache.copyAnalyzer(document);
    warmUp.start(
      document.uri,
      { text: document.getText(), lines: document.lines },
      (step) => diagnosticsFor(analyzeCopy(step)),
      (steps) => connection.tracer.log(`typing rehearsed in ${document.uri}: ${steps} analyses, ${(now() - started).toFixed(0)} ms`),
      warmUpFailed,
    );
  };

  // a newly opened document gets its diagnostics at once, and typing in it is rehearsed after them
  documents.onDidOpen((e) => {
    idle.activity();
    warmUpDue.add(e.document.uri);
    schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent(() => {
    idle.activity();
    warmUp.cancel();
    // in the debounce's pause: the debounce timer was set before it, so it does not wait longer (an
    // open, which `TextDocuments` reports here too, has its timer set in `onDidOpen`, just before)
    if (youngCollectionDue) {
      youngCollectionDue = false;
      collectYoung?.();
    }
  });
  documents.onDidClose((e) => {
    idle.activity();
    warmUp.cancelFor(e.document.uri);
    warmUpDue.delete(e.document.uri);
    clearTimeout(pending.get(e.document.uri));
    pending.delete(e.document.uri);
    cache.delete(e.document.uri);
    workspace.closeOpen(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(publishFailed);
  });

  /**
   * A request handler over one document: unknown or closed documents get `empty`,
   * a crash answers that request with an error, cancellation is honoured.
   */
  function withDocument<P extends { textDocument: { uri: string } }, R>(name: string, empty: R, work: (analyzed: AnalyzedDocument, params: P) => R) {
    return (params: P, token: CancellationToken) =>
      runSafe(log, name, token, () => {
        idle.activity();
        const document = documents.get(params.textDocument.uri);
        if (!document) return empty;
        const analyzed = cache.get(document);
        return analyzed.skipped ? empty : work(analyzed, params);
      });
  }

  connection.onHover(withDocument('hover', null, (a, p: HoverParams) => hoverFor(a, p)));
  connection.onDefinition(withDocument('definition', null, (a, p: TextDocumentPositionParams) => definitionFor(a, p.position)));
  connection.onReferences(withDocument('references', [], (a, p: TextDocumentPositionParams) => referencesFor(a, p.position)));
  connection.onDocumentHighlight(withDocument('document highlights', [], (a, p: TextDocumentPositionParams) => highlightsFor(a, p.position)));
  connection.onPrepareRename(withDocument('prepare rename', null, (a, p: TextDocumentPositionParams) => prepareRenameFor(a, p.position)));
  connection.onRenameRequest(withDocument('rename', null, (a, p: RenameParams) => renameFor(a, p.position, p.newName)));
  connection.onDocumentSymbol(withDocument('document symbols', [], (a) => documentSymbolsFor(a)));
  connection.onCodeAction(withDocument('code actions', [], (a, p: CodeActionParams) => codeActionsFor(a, p)));
  connection.onCodeLens(withDocument('code lenses', [], (a) => codeLensesFor(a)));
  connection.languages.inlayHint.on(withDocument('inlay hints', [], (a, p: InlayHintParams) => inlayHintsFor(a, p.range)));
  connection.languages.semanticTokens.on(withDocument('semantic tokens', { data: [] as number[] }, (a) => semanticTokensFor(a)));
  connection.onRequest(ARTICLE_SUMMARY_METHOD, withDocument<ArticleSummaryParams, ArticleSummary | null>('article summary', null, (a) => summaryFor(a)));
  connection.onRequest(NEIGHBOUR_MENTION_METHOD, withDocument('neighbour mention', null, (a, p: NeighbourMentionParams) => neighbourFor(a, p.position, p.direction)));

  connection.onWorkspaceSymbol(async (params, token) => {
    idle.activity();
    try {
      const symbols = await workspace.query(params.query);
      idle.activity();
      return token.isCancellationRequested ? [] : symbols;
    } catch (e) {
      log.error(`workspace symbols failed: ${String(e)}`);
      return [];
    }
  });

  // editors other than VS Code learn here which files to watch, so config edits apply live
  connection.onInitialized(() => {
    if (canWatchFiles) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.copydesk.{yaml,yml}' }] })
        .catch(logFirstFailure('registering the .copydesk.yaml file watcher failed'));
    }
  });

  // a .copydesk.yaml changed on disk: re-read it and re-analyse every open document
  connection.onDidChangeWatchedFiles(() =>
    runSafeNotification(log, 'configuration change', () => {
      config.invalidate();
      cache.clear();
      for (const document of documents.all()) schedule(document.uri, 0);
    }),
  );
  connection.onDidChangeConfiguration(() => {
    config.invalidate();
    cache.clear();
    for (const document of documents.all()) schedule(document.uri, 0);
  });

  documents.listen(connection);
  connection.listen();
}
