// Runs inside a real VS Code (code-server, or desktop VS Code with
// COPYDESK_E2E_DESKTOP=1) with the fixture workspace test/fixtures/workspace open.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SERVER_NODE_FLAGS } from '../../../server/src/protocol';

const EXTENSION_ID = 'copydesk.copydesk';
const WAIT_MS = 20_000;

function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns something other than undefined. */
async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

function show(diags: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(diags.map((d) => ({ code: codeOf(d), severity: vscode.DiagnosticSeverity[d.severity], line: d.range.start.line, message: d.message })));
}

function findUnbalanced(uri: vscode.Uri): vscode.Diagnostic | undefined {
  return vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === 'unbalanced-quote');
}

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

suite('copydesk in VS Code', () => {
  // The workbench asks for document highlights by itself whenever an editor opens or its cursor
  // moves. One that reaches the old client in the same instant as copydesk.restartServer stops it
  // fails inside vscode-languageclient ("Starting server failed"): harmless, but it reads like an
  // error in the test output, and no extension event tells when that request is done. No test here
  // needs highlights (test/lsp covers them), so the suite turns them off.
  const occurrences = () => vscode.workspace.getConfiguration('editor');
  suiteSetup(async () => {
    await occurrences().update('occurrencesHighlight', 'off', vscode.ConfigurationTarget.Global);
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await occurrences().update('occurrencesHighlight', undefined, vscode.ConfigurationTarget.Global);
  });

  test('the extension activates when an .article file is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    const doc = await open('unbalanced.article');
    assert.equal(doc.languageId, 'article');
    await waitFor(`${EXTENSION_ID} to activate`, () => (ext.isActive ? true : undefined));
  });

  test('an unclosed quotation mark is reported as an unbalanced-quote error', async () => {
    const uri = fixture('unbalanced.article');
    await open('unbalanced.article');
    const diag = await waitFor(`an unbalanced-quote diagnostic on ${uri.path}`, () => findUnbalanced(uri));
    assert.equal(diag.severity, vscode.DiagnosticSeverity.Error, `severity of ${show([diag])}`);
    assert.equal(diag.range.start.line, 2, `range of ${show([diag])}`);
  });

  test('a balanced, attributed quotation gets no diagnostics', async () => {
    const uri = fixture('balanced.article');
    await open('balanced.article');
    // The server has answered for unbalanced.article already; give it a moment
    // for this document, then check nothing was published.
    await sleep(2000);
    const diags = vscode.languages.getDiagnostics(uri);
    assert.equal(diags.length, 0, `diagnostics on balanced.article: ${show(diags)}`);
  });

  test('diagnostics follow edits: a stray quote is flagged, undoing it clears the error', async () => {
    const doc = await open('balanced.article');
    const uri = doc.uri;
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document === doc, 'balanced.article is the active editor');
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    const ok = await editor.edit((b) => b.insert(end, '\n\n"An unclosed quotation'));
    assert.ok(ok, 'the edit was applied');
    await waitFor('an unbalanced-quote diagnostic after the edit', () => findUnbalanced(uri));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(doc.isDirty, false, 'balanced.article was reverted');
    await waitFor('the diagnostics to clear after the revert', () => (vscode.languages.getDiagnostics(uri).length === 0 ? true : undefined));
  });

  test('copydesk.restartServer restarts the server and the diagnostics come back', async () => {
    const uri = fixture('unbalanced.article');
    await open('unbalanced.article');
    await waitFor('the unbalanced-quote diagnostic before the restart', () => findUnbalanced(uri));
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('copydesk.restartServer'), 'copydesk.restartServer is registered');
    // The diagnostics must be published anew by the restarted server, not just left over.
    let changes = 0;
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) changes++;
    });
    let diag: vscode.Diagnostic;
    try {
      await vscode.commands.executeCommand('copydesk.restartServer');
      diag = await waitFor('the unbalanced-quote diagnostic to be published after the restart', () => (changes > 0 ? findUnbalanced(uri) : undefined));
    } finally {
      listener.dispose();
    }
    assert.equal(diag.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'the extension is still active');
  });

  test('a server that dies is restarted and the diagnostics come back', async () => {
    const uri = fixture('unbalanced.article');
    await open('unbalanced.article');
    await waitFor('the unbalanced-quote diagnostic before the crash', () => findUnbalanced(uri));
    const pid = await waitFor('the language server process', () => serverPid());
    // started with the Node flags the server declares (protocol.ts), as the README says
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cmdline = (require('node:fs') as typeof import('node:fs')).readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    for (const flag of SERVER_NODE_FLAGS) assert.ok(cmdline.includes(flag), `server command line ${cmdline.join(' ')} lacks ${flag}`);
    let changes = 0;
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) changes++;
    });
    try {
      process.kill(pid, 'SIGKILL');
      await waitFor('a new server process', () => {
        const next = serverPid();
        return next !== undefined && next !== pid ? next : undefined;
      });
      await waitFor('the diagnostics from the restarted server', () => (changes > 0 ? findUnbalanced(uri) : undefined));
    } finally {
      listener.dispose();
    }
  });
});

/** The pid of this extension host's Copydesk server (a child running dist/server.js), from /proc. */
function serverPid(): number | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('node:fs') as typeof import('node:fs');
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && cmdline.includes('dist/server.js')) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}
