import type { Message, MessageWriter } from 'vscode-languageserver';
import { AbstractMessageWriter } from './lspApi';

/**
 * Writes each LSP message to a stream (the server's stdout) in one write, its header and content
 * together. vscode-jsonrpc's `StreamMessageWriter` encodes the content to a buffer on the event
 * loop's next turn, writes the header, waits for that write's callback, then writes the content:
 * the client woke up twice for each message, and on a busy machine the server could lose the
 * processor between the two writes, the diagnostics then waiting for its next time slice (5.8 ms
 * once in 15 keystrokes at a load average of 14). Here the stream encodes the string as it writes it.
 */
export class OneWriteMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly output: NodeJS.WritableStream) {
    super();
    output.on('error', (error: Error) => this.fireError(error));
    output.on('close', () => this.fireClose());
  }

  /** Resolves once the stream has taken the message; rejects (and reports the error) when it fails. */
  async write(message: Message): Promise<void> {
    const content = JSON.stringify(message);
    const framed = `Content-Length: ${Buffer.byteLength(content, 'utf8')}\r\n\r\n${content}`;
    await new Promise<void>((resolve, reject) => {
      this.output.write(framed, 'utf8', (error?: Error | null) => {
        if (!error) return resolve();
        this.fireError(error, message, ++this.errors);
        reject(error);
      });
    });
  }

  end(): void {
    this.output.end();
  }
}
