import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SERVER_VERSION, startServer } from './lsp/server';

// The language server's entry point: `copydesk-language-server --stdio` (or --node-ipc,
// --socket=PORT, as vscode-languageserver understands them) serves any LSP client.
const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`copydesk-language-server ${SERVER_VERSION}\n`);
} else if (args.includes('--help') || args.includes('-h') || !args.some((a) => /^--(stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
  process.stdout.write(
    'Usage: copydesk-language-server --stdio\n\n' +
      'The Copydesk language server: speaks the Language Server Protocol over stdio\n' +
      '(or --node-ipc, --socket=PORT, --pipe=NAME). Start it from your editor\'s LSP client.\n',
  );
  process.exitCode = args.includes('--help') || args.includes('-h') ? 0 : 2;
} else {
  startServer(createConnection(ProposedFeatures.all));
}
