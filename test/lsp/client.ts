import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  ExitNotification,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { SERVER_NODE_FLAGS, SERVER_PROCESS_ENV } from '../../server/src/protocol';

const SERVER = path.resolve(__dirname, '../../dist/server.js');

/**
 * The temporary folder of the servers this process starts (their `TMPDIR`), removed at exit: a server writes its code
 * cache there (scripts/codeCache.mjs), not in the user's folder, which keeps only the four newest caches, so that test
 * and bench runs no longer push out the cache of the extension the user has installed. A client's `env` may set its own.
 */
export const SERVERS_TMPDIR = mkdtempSync(path.join(os.tmpdir(), 'copydesk-test-servers-'));
process.once('exit', () => rmSync(SERVERS_TMPDIR, { recursive: true, force: true }));

/**
 * A client of the bundled server started over stdio as the extension starts it (`SERVER_NODE_FLAGS`,
 * `SERVER_PROCESS_ENV`), with `source` written to `preload` and preloaded into it (`--require`). No
 * code cache: the preload's random path is part of the cache's name, and each run would write one more.
 */
export function preloadedClient(preload: string, source: string): TestClient {
  writeFileSync(preload, source);
  return new TestClient(['--stdio'], undefined, [...SERVER_NODE_FLAGS, '--require', preload], { ...SERVER_PROCESS_ENV, COPYDESK_NO_CODE_CACHE: '1' });
}

/**
 * A real LSP client talking to the real bundled server over stdio, for round-trip tests.
 */
export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  capabilities: InitializeResult['capabilities'] = {};
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: { uri: string; check: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  private versions = new Map<string, number>();
  stderr = '';

  /**
   * Spawns `server` (the bundled dist/server.js unless a benchmark passes a fresh build) with Node
   * flags `nodeFlags`, in this process's environment with `TMPDIR` set to `SERVERS_TMPDIR`, plus `env` (an `undefined`
   * value leaves a variable out).
   */
  constructor(args: string[] = ['--stdio'], server: string = SERVER, nodeFlags: readonly string[] = [], env: Readonly<Record<string, string | undefined>> = {}) {
    this.process = spawn(process.execPath, [...nodeFlags, server, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: SERVERS_TMPDIR, ...env } });
    this.process.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push(p);
      this.diagnostics.set(p.uri, list);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.check(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.listen();
  }

  /** `initialize` + `initialized`, with a workspace folder when given. */
  async initialize(rootUri: string | null = null, initializationOptions?: unknown): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
      capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          rename: { prepareSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
        },
        workspace: { configuration: false, workspaceFolders: true },
      },
      initializationOptions,
    });
    this.capabilities = result.capabilities;
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** Opens a document and returns its first published diagnostics. */
  async open(uri: string, text: string, languageId = 'article'): Promise<PublishDiagnosticsParams> {
    this.versions.set(uri, 1);
    const next = this.nextDiagnostics(uri, (p) => p.version === undefined || p.version === 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return next;
  }

  /** Applies changes and returns the diagnostics published for the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<PublishDiagnosticsParams> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const next = this.nextDiagnostics(uri, (p) => p.version === undefined || p.version === version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return next;
  }

  /** Sends changes without waiting for diagnostics. */
  async changeNoWait(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Resolves with the next diagnostics for `uri` that pass `check`. */
  nextDiagnostics(uri: string, check: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; server stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({ uri, check, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** `shutdown` + `exit`, then waits for the process to end. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      this.process.kill();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
