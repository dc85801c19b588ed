import type { CancellationToken, Connection } from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError } from './lspApi';

/** The console the handlers log to (the connection's, or a test's). */
export type Logger = Pick<Connection['console'], 'error' | 'warn' | 'info' | 'log'>;

/**
 * Runs a request handler so that a crash answers that one request with an error and leaves
 * the server running, and a cancelled request answers `RequestCancelled`
 * (after vscode's css-language-features `utils/runner.ts`).
 */
export function runSafe<T>(logger: Logger, name: string, token: CancellationToken | undefined, work: () => T): Promise<T | ResponseError<void>> {
  return new Promise((resolve) => {
    if (token?.isCancellationRequested) {
      resolve(cancelled());
      return;
    }
    try {
      const result = work();
      resolve(token?.isCancellationRequested ? cancelled() : result);
    } catch (e) {
      logger.error(formatError(`${name} failed`, e));
      resolve(new ResponseError(LSPErrorCodes.RequestFailed, `Copydesk: ${name} failed: ${e instanceof Error ? e.message : String(e)}`));
    }
  });
}

/** Runs a notification handler, logging instead of throwing. */
export function runSafeNotification(logger: Logger, name: string, work: () => void): void {
  try {
    work();
  } catch (e) {
    logger.error(formatError(`${name} failed`, e));
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

/** A one-line message with the stack, for the output channel. */
export function formatError(message: string, err: unknown): string {
  if (err instanceof Error) return `${message}: ${err.message}\n${err.stack ?? ''}`;
  return `${message}: ${String(err)}`;
}
