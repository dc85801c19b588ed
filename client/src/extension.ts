import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type Location,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { ARTICLE_SUMMARY_METHOD, NEIGHBOUR_MENTION_METHOD, SERVER_NODE_FLAGS, SERVER_PROCESS_ENV, type ArticleSummary } from '../../server/src/protocol';
import { SourcesProvider } from './sources';

// A thin client: it starts the language server and renders what the server sends.
// Nothing about journalism lives here.

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
const sources = new SourcesProvider();
let statusItem: vscode.StatusBarItem | undefined;

/** Activates Copydesk: starts the server and registers the commands and views. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Copydesk', { log: true });
  statusItem = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'Copydesk';
  statusItem.command = 'workbench.actions.view.problems';
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => void refresh(), 300);
  };
  context.subscriptions.push(
    output,
    statusItem,
    vscode.window.registerTreeDataProvider('copydesk.sources', sources),
    vscode.commands.registerCommand('copydesk.restartServer', () => restart(context)),
    vscode.commands.registerCommand('copydesk.showOutput', () => output?.show(true)),
    vscode.commands.registerCommand('copydesk.nextMention', () => jumpToMention('next')),
    vscode.commands.registerCommand('copydesk.previousMention', () => jumpToMention('previous')),
    vscode.commands.registerCommand('copydesk.showMentions', showMentions),
    vscode.commands.registerCommand('copydesk.refreshSources', () => refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('copydesk.languages') || e.affectsConfiguration('copydesk.maxFileSize')) void restart(context);
    }),
    vscode.window.onDidChangeActiveTextEditor(refreshSoon),
    vscode.languages.onDidChangeDiagnostics(refreshSoon),
  );
  await start(context);
  void refresh();
}

/** Stops the server with the extension. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // the user's environment (PATH, locale, …) plus the server's malloc setting, without NODE_EXTRA_CA_CERTS (SERVER_PROCESS_ENV)
  const env = { ...process.env, ...SERVER_PROCESS_ENV };
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS], env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6011'], env } },
  };
  const config = vscode.workspace.getConfiguration('copydesk');
  const languages = config.get<string[]>('languages', ['article', 'markdown', 'plaintext']);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: 'copydesk', fileEvents: vscode.workspace.createFileSystemWatcher('**/.copydesk.{yaml,yml}') },
    initializationOptions: { maxFileSize: config.get<number>('maxFileSize', 2 * 1024 * 1024) },
    outputChannel: output,
    traceOutputChannel: output,
    errorHandler: restartingErrorHandler(),
  };
  client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  await client.start();
}

let restarting: Promise<void> | undefined;

/** Restarts the server; concurrent restarts (a command during a settings change) share one. */
function restart(context: vscode.ExtensionContext): Promise<void> {
  restarting ??= (async () => {
    const old = client;
    client = undefined; // new requests wait for the new client instead of reaching the stopping one
    await old?.stop().catch(() => undefined);
    await start(context);
    void refresh();
  })().finally(() => (restarting = undefined));
  return restarting;
}

/** Asks the server for the active article's summary; renders the Sources view and status bar. */
async function refresh(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  let summary: ArticleSummary | null = null;
  if (editor && client?.state === State.Running) {
    try {
      summary = await client.sendRequest<ArticleSummary | null>(ARTICLE_SUMMARY_METHOD, { textDocument: { uri: editor.document.uri.toString() } });
    } catch {
      summary = null; // a document the server does not handle
    }
  }
  sources.update(summary);
  if (!statusItem) return;
  if (!summary) {
    statusItem.hide();
    return;
  }
  const { quotations, unattributed, tk } = summary.counts;
  statusItem.text = `$(quote) ${quotations}` + (unattributed ? ` $(warning) ${unattributed}` : '') + (tk ? ` TK ${tk}` : '');
  statusItem.tooltip = `Copydesk: ${quotations} quotation${quotations === 1 ? '' : 's'}, ${unattributed} unattributed, ${tk} TK marker${tk === 1 ? '' : 's'}. Click to open the Problems view.`;
  statusItem.show();
}

/** Moves the cursor to the next or previous mention of the entity under it. */
async function jumpToMention(direction: 'next' | 'previous'): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return;
  const location = await client.sendRequest<Location | null>(NEIGHBOUR_MENTION_METHOD, {
    textDocument: { uri: editor.document.uri.toString() },
    position: editor.selection.active,
    direction,
  });
  if (!location) {
    void vscode.window.setStatusBarMessage('Copydesk: no person, organization or place under the cursor', 3000);
    return;
  }
  const range = client.protocol2CodeConverter.asRange(location.range);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The code lens command: shows every mention of the entity at a position in the peek view. */
async function showMentions(uri: string, position: { line: number; character: number }): Promise<void> {
  const docUri = vscode.Uri.parse(uri);
  const pos = new vscode.Position(position.line, position.character);
  const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', docUri, pos);
  await vscode.commands.executeCommand('editor.action.showReferences', docUri, pos, locations ?? []);
}

/** Restarts a crashed server and tells the user once per session, not at every crash. */
function restartingErrorHandler(): ErrorHandler {
  let told = false;
  let crashes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      crashes = crashes.filter((t) => now - t < 3 * 60_000);
      crashes.push(now);
      if (crashes.length > 5) {
        return { action: CloseAction.DoNotRestart, message: 'The Copydesk server stopped 5 times in 3 minutes and was not restarted. Run "Copydesk: Restart Language Server" to try again.' };
      }
      if (!told) {
        told = true;
        void vscode.window.showInformationMessage('The Copydesk server stopped unexpectedly and was restarted.', 'Show Output').then((choice) => {
          if (choice) output?.show(true);
        });
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
