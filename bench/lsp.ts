/**
 * The LSP client for benchmarks: the tests' real client (`test/lsp/client.ts`) started on a given
 * server bundle (so the bench can measure a fresh build without touching `dist/`), plus request
 * timing helpers and the server process's memory from /proc.
 */
import { readFileSync } from 'node:fs';
import { SERVER_NODE_FLAGS } from '../server/src/protocol';
import { TestClient } from '../test/lsp/client';

export class BenchClient extends TestClient {
  /** Starts the server as the VS Code client does (same Node flags), so its memory is what users see. */
  constructor(serverJs: string) {
    super(['--stdio'], serverJs, SERVER_NODE_FLAGS);
  }

  get pid(): number {
    return this.process.pid!;
  }

  request<R>(method: string, params: object): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
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
