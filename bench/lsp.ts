/**
 * The LSP client for benchmarks: the tests' real client (`test/lsp/client.ts`) started on a given
 * server bundle (so the bench can measure a fresh build without touching `dist/`), plus request
 * timing helpers and the server process's memory from /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { DIAGNOSTICS_TIMING_ENV, DIAGNOSTICS_TIMING_METHOD, SERVER_NODE_FLAGS, SERVER_PROCESS_ENV, type DiagnosticsTiming } from '../server/src/protocol';
import { TestClient } from '../test/lsp/client';

export class BenchClient extends TestClient {
  /** The server's `copydesk/diagnosticsTiming` notifications, in order. */
  readonly timings: DiagnosticsTiming[] = [];

  /**
   * Starts the server as the VS Code client does (same Node flags and environment), so its memory
   * is what users see; with its diagnostics timing turned on (one small notification per publication).
   * `env` adds to the environment (a `TMPDIR` of its own gives the server a code-cache folder of its own).
   */
  constructor(serverJs: string, env: Record<string, string> = {}) {
    super(['--stdio'], serverJs, SERVER_NODE_FLAGS, { ...SERVER_PROCESS_ENV, [DIAGNOSTICS_TIMING_ENV]: '1', ...env });
    this.connection.onNotification(DIAGNOSTICS_TIMING_METHOD, (t: DiagnosticsTiming) => void this.timings.push(t));
  }

  /** The server's timing of the diagnostics it published for `version` of `uri` (they come right after them). */
  async timingOf(uri: string, version: number, timeoutMs = 5_000): Promise<DiagnosticsTiming> {
    const until = performance.now() + timeoutMs;
    for (;;) {
      const found = this.timings.find((t) => t.uri === uri && t.version === version);
      if (found) return found;
      if (performance.now() > until) throw new Error(`no copydesk/diagnosticsTiming for ${uri} version ${version}`);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }

  get pid(): number {
    return this.process.pid!;
  }

  request<R>(method: string, params: object): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /**
   * CPU time the server process has used so far, all its threads, in ms (Linux /proc schedstat,
   * nanoseconds); null elsewhere. Less disturbed by other processes than wall time.
   */
  cpuMs(): number | null {
    try {
      let ns = 0;
      for (const task of readdirSync(`/proc/${this.pid}/task`)) ns += Number(readFileSync(`/proc/${this.pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
      return ns / 1e6;
    } catch {
      return null;
    }
  }

  /** Resident and peak resident memory of the server process, in MB (Linux /proc). */
  memory(): { rssMb: number; peakMb: number } | null {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
    } catch {
      return null;
    }
  }
}
