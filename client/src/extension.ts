import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

// A thin client: it starts the language server and renders what the server sends.
// Nothing about journalism lives here.

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

/** Activates Copydesk: starts the server and registers the commands. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Copydesk', { log: true });
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('copydesk.restartServer', () => restart(context)),
    vscode.commands.registerCommand('copydesk.showOutput', () => output?.show(true)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('copydesk.languages')) void restart(context);
    }),
  );
  await start(context);
}

/** Stops the server with the extension. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const languages = vscode.workspace.getConfiguration('copydesk').get<string[]>('languages', ['article', 'markdown', 'plaintext']);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: 'copydesk' },
    outputChannel: output,
    traceOutputChannel: output,
    errorHandler: restartingErrorHandler(),
  };
  client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  await client.start();
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  if (client) {
    await client.stop().catch(() => undefined);
    client = undefined;
  }
  await start(context);
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
