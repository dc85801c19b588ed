/**
 * Where a keystroke's time over LSP goes, beyond the server's own: types a word into the
 * 20,000-word article as `run.ts` does (each keystroke waiting for its diagnostics) and splits
 * each keystroke's client wall time, didChange sent → publishDiagnostics read, minus the
 * debounce, into parts that add up to it, from marks on the monotonic clock both processes read
 * (the server's from `keystrokeMarks.mjs`, preloaded). Prints the median of each part, and the
 * CPU time of the server's main thread and of all its threads per keystroke (Linux /proc: less
 * disturbed by a busy machine than wall time; all threads include V8's compiler and collector).
 * With a pause after opening (a user reading first), the first keystrokes find the editing code
 * warmed up in that pause (`lsp/editWarmUp.ts`): `… 15 0 3000` times the first 15 edits after it, as the bench's row does (past the idle collection, `IDLE_COLLECT_DELAY_MS` after the last activity).
 *
 *   npm run build && node --import tsx bench/keystrokeGap.ts [server.js] [keystrokes] [warm-up keystrokes] [pause after opening, ms]
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../server/src/core';
import { DIAGNOSTICS_DEBOUNCE_MS, SERVER_NODE_FLAGS, SERVER_PROCESS_ENV } from '../server/src/protocol';
import { TestClient } from '../test/lsp/client';
import { editOffset, generateProse } from './corpus';
import { upperMedian } from './median';

type Mark = [name: 'received' | 'debounceSet' | 'debounceFired' | 'written' | 'gcStart' | 'gcEnd', at: number, bytes?: number];

/** The parts of one keystroke, in ms; they add up to its wall time minus the debounce. */
const PARTS = {
  clientToServer: 'didChange: the client writes it, the server wakes up and reads it',
  beforeDebounce: 'the server: LSP reader and dispatch, up to the debounce timer set (before the document is updated)',
  debounceLate: `the debounce timer firing after more than its ${DIAGNOSTICS_DEBOUNCE_MS} ms`,
  server: 'the server: timer fired → last byte of the diagnostics written (analysis, conversion, JSON, writing)',
  serverToClient: 'publishDiagnostics: the client wakes up and reads it',
  clientReading: 'the client: parsing the message, dispatching it, the bench resolving its promise',
} as const;

async function main(): Promise<void> {
  const server = path.resolve(process.argv[2] ?? path.join(__dirname, '../dist/server.js'));
  const keystrokes = Number(process.argv[3] ?? 41);
  // keystrokes typed before the timed ones (20: V8 still optimising the server's code for typing; the bench's steady typing: 200)
  const warmUp = Number(process.argv[4] ?? 20);
  const pauseAfterOpen = Number(process.argv[5] ?? 0);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-keystroke-gap-'));
  const marksFile = path.join(folder, 'marks.json');
  const now = () => Number(process.hrtime.bigint()) / 1e6;

  const client = new TestClient(['--stdio'], server, [...SERVER_NODE_FLAGS, '--import', pathToFileURL(path.join(__dirname, 'keystrokeMarks.mjs')).href], {
    ...SERVER_PROCESS_ENV,
    KEYSTROKE_MARKS_FILE: marksFile,
    // (the server's debounce, for `keystrokeMarks.mjs` to tell its timer from others)
    KEYSTROKE_DEBOUNCE_MS: String(DIAGNOSTICS_DEBOUNCE_MS),
  });
  // before the LSP reader's listener: the moment the bytes arrive, not when the message is handled
  const arrivals: number[] = [];
  client.process.stdout!.prependListener('data', () => arrivals.push(now()));
  const text = generateProse(20_000);
  await client.initialize(null);
  const uri = 'file:///bench/article20k.article';
  await client.open(uri, text);
  await new Promise((resolve) => setTimeout(resolve, pauseAfterOpen));
  const at = new LineIndex(text).positionAt(editOffset(text));
  const sent: { from: number; to: number }[] = [];
  const cpu = { main: [] as number[], all: [] as number[] };
  const pid = client.process.pid!;
  for (let k = 0; k < warmUp + keystrokes; k++) {
    const p = { line: at.line, character: at.character + k };
    const before = serverCpuMs(pid);
    const from = now();
    await client.change(uri, [{ range: { start: p, end: p }, text: String.fromCharCode(97 + (k % 26)) }]);
    if (k < warmUp) continue;
    sent.push({ from, to: now() });
    const after = serverCpuMs(pid);
    cpu.main.push(after.main - before.main);
    cpu.all.push(after.all - before.all);
  }
  await client.stop();
  const marks = JSON.parse(readFileSync(marksFile, 'utf8')) as Mark[];
  rmSync(folder, { recursive: true, force: true });

  const parts = Object.fromEntries(Object.keys(PARTS).map((k) => [k, [] as number[]])) as Record<keyof typeof PARTS, number[]>;
  const walls: number[] = [];
  // keystrokes whose change was sent while the server was collecting garbage (`gc`), and how long it went on after
  const sentInCollection: number[] = [];
  for (const { from, to } of sent) {
    const collecting = marks.filter((m) => m[0] === 'gcStart' && m[1] <= from).pop();
    const ended = collecting && first(marks, 'gcEnd', collecting[1]);
    if (ended && ended[1] > from) sentInCollection.push(ended[1] - from);
    const received = first(marks, 'received', from);
    const set = received && first(marks, 'debounceSet', received[1]);
    const fired = set && first(marks, 'debounceFired', set[1]);
    const written = fired && marks.filter((m) => m[0] === 'written' && m[1] >= fired[1] && m[1] <= to).pop();
    const arrived = written && arrivals.find((t) => t >= written[1]);
    if (!received || !set || !fired || !written || arrived === undefined) continue;
    parts.clientToServer.push(received[1] - from);
    parts.beforeDebounce.push(set[1] - received[1]);
    parts.debounceLate.push(fired[1] - set[1] - DIAGNOSTICS_DEBOUNCE_MS);
    parts.server.push(written[1] - fired[1]);
    parts.serverToClient.push(arrived - written[1]);
    parts.clientReading.push(to - arrived);
    walls.push(to - from - DIAGNOSTICS_DEBOUNCE_MS);
  }
  const paused = pauseAfterOpen ? ` and a pause of ${pauseAfterOpen} ms after opening` : '';
  console.log(`${walls.length} keystrokes after ${warmUp}${paused}, ${path.basename(server)}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`wall time minus the debounce: median ${upperMedian(walls).toFixed(2)} ms; its parts (medians; they add up per keystroke, not as medians):`);
  for (const [key, label] of Object.entries(PARTS)) console.log(`${upperMedian(parts[key as keyof typeof PARTS]).toFixed(2).padStart(7)} ms  ${label}`);
  const collected = sentInCollection.length ? `, ${upperMedian(sentInCollection).toFixed(2)} ms of it to go (median)` : '';
  console.log(`${sentInCollection.length} of ${sent.length} changes sent while the server was collecting garbage${collected}`);
  if (cpu.main.every(Number.isFinite)) console.log(`server CPU per keystroke (medians): main thread ${upperMedian(cpu.main).toFixed(2)} ms, all threads ${upperMedian(cpu.all).toFixed(2)} ms`);
}

/** CPU time a process has used so far in ms, its main thread's and all its threads' (Linux schedstat, ns, read once per thread); NaN elsewhere. */
function serverCpuMs(pid: number): { main: number; all: number } {
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return { main: NaN, all: NaN };
  let main = 0;
  let all = 0;
  for (const task of readdirSync(tasks)) {
    try {
      const ns = Number(readFileSync(`${tasks}/${task}/schedstat`, 'utf8').split(' ')[0]);
      all += ns;
      if (task === String(pid)) main = ns;
    } catch {
      // a thread that ended meanwhile
    }
  }
  return { main: main / 1e6, all: all / 1e6 };
}

/** The first mark of `name` at or after `from`. */
function first(marks: readonly Mark[], name: Mark[0], from: number): Mark | undefined {
  return marks.find((m) => m[0] === name && m[1] >= from);
}

void main();
