import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection once the server has been idle for a moment. After an edit the heap
 * holds the garbage of the last analyses until V8 gets round to a major collection (its memory
 * reducer waits for several seconds of low allocation), and the process stays that much bigger
 * while the user reads. Collecting ~1.5 s after the last activity returns it at once (a
 * 20,000-word article: 88–90 MB resident → 73–77 MB; the two collections take 40–100 ms together
 * on a busy 2-core machine, on no one's typing path). Any new activity
 * (a change, a request, a publish) cancels a pending collection and starts the wait again.
 */
export class IdleCollector {
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `collect` is the full collection (`global.gc` when Node runs with `--expose-gc`); without
   * one the collector does nothing.
   */
  constructor(
    private readonly collect: (() => void) | undefined,
    private readonly delayMs = IDLE_COLLECT_DELAY_MS,
    private readonly timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
  ) {}

  /** Something happened: collect `delayMs` after this, unless something else happens first. */
  activity(): void {
    if (!this.collect) return;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.collect?.();
    }, this.delayMs);
    // a pending collection never keeps the process alive on its own
    (this.timer as { unref?: () => void }).unref?.();
  }

  /** True while a collection is scheduled. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Cancels a pending collection (the server is stopping). */
  dispose(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** How long the server waits without activity before collecting (ms). */
export const IDLE_COLLECT_DELAY_MS = 1500;

/**
 * Node's `gc` function: a full collection, or with `{ type: 'minor' }` a young-generation one
 * (Node 20's V8 scavenges for an options object even with `type: 'major'`: call it without one).
 */
export type NodeGc = (options?: { type: 'minor' }) => void;

/**
 * Node's `gc`: the one `--expose-gc` puts on the global object (see `SERVER_NODE_FLAGS`), or, when
 * an editor started the server with plain `node`, one taken from V8 at run time
 * (`v8GcWithoutFlag`); undefined if neither is there.
 */
export function exposedGc(): NodeGc | undefined {
  const global = (globalThis as { gc?: unknown }).gc;
  return typeof global === 'function' ? (global as NodeGc) : v8GcWithoutFlag();
}

/**
 * Two full collections, for the idle collector. One collection left a 20,000-word article's
 * server at 83–84 MB resident, the second brings it to 74–77 MB (it frees what the first could
 * only mark).
 */
export function fullCollection(gc: NodeGc): () => void {
  return () => {
    gc();
    gc();
  };
}

/** A young-generation collection (a scavenge), for the server to run between keystrokes. */
export function youngCollection(gc: NodeGc): () => void {
  return () => gc({ type: 'minor' });
}

/**
 * V8's `gc` in a process started without `--expose-gc`: with the flag turned on, a new context
 * gets a `gc` function (how jest's leak detector does it). The flag is turned off again at once:
 * V8 rejects a code cache written under other flags than the next start's (the server's loader
 * writes one at exit, scripts/codeCache.mjs), and the function keeps working.
 */
function v8GcWithoutFlag(): NodeGc | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as NodeGc) : undefined;
  } catch {
    return undefined;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}
