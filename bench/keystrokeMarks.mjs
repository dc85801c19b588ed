// Preloaded into the language server by bench/keystrokeGap.ts (`node --import`): timing marks on
// the monotonic clock, which the client process reads too (process.hrtime), written to the file
// named by KEYSTROKE_MARKS_FILE when the server exits. Measurement only: it wraps setTimeout, stdin's
// emit and stdout's write, which the shipped server never does.
import { writeFileSync } from 'node:fs';

const marks = [];
const now = () => Number(process.hrtime.bigint()) / 1e6;
/** The server's debounce before it analyses (`DIAGNOSTICS_DEBOUNCE_MS` in server/src/protocol.ts, passed by keystrokeGap.ts). */
const DEBOUNCE_MS = Number(process.env.KEYSTROKE_DEBOUNCE_MS || NaN);
// (without them no timer would be recognised as the debounce, and the marks would be lost at exit)
if (!Number.isFinite(DEBOUNCE_MS) || !process.env.KEYSTROKE_MARKS_FILE) {
  throw new Error('keystrokeMarks.mjs: set KEYSTROKE_DEBOUNCE_MS (the server\'s debounce in ms) and KEYSTROKE_MARKS_FILE, as bench/keystrokeGap.ts does');
}

// a change's bytes reach the server, before the LSP reader's listener sees them (wrapping emit:
// a listener of its own would start the stream before the server listens, and lose the first bytes)
const emitOriginal = process.stdin.emit;
process.stdin.emit = function (event, ...args) {
  if (event === 'data') marks.push(['received', now()]);
  return emitOriginal.call(this, event, ...args);
};
const setTimeoutOriginal = global.setTimeout;
global.setTimeout = function (callback, delay, ...rest) {
  if (delay !== DEBOUNCE_MS) return setTimeoutOriginal.call(this, callback, delay, ...rest);
  marks.push(['debounceSet', now()]);
  return setTimeoutOriginal.call(this, function (...args) {
    marks.push(['debounceFired', now()]);
    return callback.apply(this, args);
  }, delay, ...rest);
};
const writeOriginal = process.stdout.write.bind(process.stdout);
process.stdout.write = function (chunk, ...rest) {
  marks.push(['written', now(), chunk.length]);
  return writeOriginal(chunk, ...rest);
};
// the server's own collections (`gc`, which the server reads from the global object once it starts)
const gcOriginal = globalThis.gc;
if (gcOriginal) {
  globalThis.gc = function (...args) {
    marks.push(['gcStart', now()]);
    try {
      return gcOriginal.apply(this, args);
    } finally {
      marks.push(['gcEnd', now()]);
    }
  };
}
process.on('exit', () => writeFileSync(process.env.KEYSTROKE_MARKS_FILE, JSON.stringify(marks)));
