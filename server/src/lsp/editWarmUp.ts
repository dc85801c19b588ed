/**
 * Typing rehearsed in a document just opened, while the user reads it, so that the first
 * keystrokes find the server's editing code compiled and optimised. A first analysis runs other
 * code than a keystroke's (every paragraph cache misses; nothing is compared with a last
 * analysis): right after opening a 20,000-word article, an edit took about 3 times a later
 * keystroke's time on the main thread, and V8 optimised the editing code on its other thread
 * meanwhile, so the first 15 edits cost twice a later keystroke's CPU time.
 *
 * It starts after a short pause (a change in it stops it before any step: a user who types at
 * once finds no analysis of the warm-up's in the way, nor does the burst of requests an editor
 * sends after opening a file). Each step is one keystroke's path (the line index edited as a
 * change edits it, the analysis, the diagnostics) in a turn of the event loop of its own (a
 * timer: it runs before the turn reads input, so a change that arrives stops the next step), the
 * last step the document itself with its own line index, so that what the caches compare the next
 * keystroke with is the document again. The caches are pure memos: the diagnostics of a keystroke
 * are the same with or without a warm-up.
 */

import type { TextWithLines } from './documents';

/**
 * Analyses in a warm-up: letters typed one by one into a word (the last step analyses the text itself).
 * V8 goes on optimising the editing code through a few dozen analyses: after 12 steps it still compiled
 * 20–24 functions with TurboFan during the first 15 edits, after 36 steps 12–13, after 48 or 60 no fewer
 * (a 20,000-word article, in process, `--trace-opt`).
 */
export const EDIT_WARM_UP_STEPS = 36;

/**
 * The pause before a warm-up's first step (ms). Typing right after opening met one or two of its
 * steps (a first one takes 5–10 ms for 20,000 words on a quiet machine; several times that on a
 * busy one).
 */
export const EDIT_WARM_UP_DELAY_MS = 250;

/**
 * The longest text (in UTF-16 code units) that gets a warm-up: each step is an analysis that a
 * change arriving meanwhile waits for (for 20,000 words, about 120,000 characters, a cold step
 * takes about 5–10 ms; it grows with the text).
 */
export const EDIT_WARM_UP_MAX_LENGTH = 600_000;

/** The letters the warm-up types, one more at each step. */
const TYPED = 'abcdefghijklmnopqrstuvwxyz';

/** Where the warm-up types: at the start of the first lower-case word from the middle of `text` on, or -1 when none. */
export function typingPoint(text: string): number {
  for (let at = Math.max(1, text.length >> 1); at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c >= 0x61 && c <= 0x7a && text.charCodeAt(at - 1) === 0x20) return at;
  }
  return -1;
}

/**
 * What the warm-up step `step` of `steps` in `document` analyses: the first `step + 1` letters of the alphabet typed at
 * `at`, its line index the document's edited as a change edits it, and at the last step `document` itself.
 */
export function warmUpStep(document: TextWithLines, at: number, step: number, steps: number): TextWithLines {
  if (step === steps - 1) return document;
  const typed = TYPED.slice(0, (step % TYPED.length) + 1);
  const text = document.text.slice(0, at) + typed + document.text.slice(at);
  return { text, lines: document.lines.edited(text, at, 0, typed.length) };
}

/** Runs one warm-up at a time, step by step on timers, until it is done or cancelled. */
export class EditWarmUp {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The document the warm-up types in (the last one started: cancelling a warm-up that is not running does nothing). */
  private uri = '';

  constructor(
    private readonly steps = EDIT_WARM_UP_STEPS,
    private readonly timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
  ) {}

  /**
   * Starts rehearsing typing in `document`, the current version of the document `uri`, after the pause (cancelling a
   * warm-up still running), `analyze` called with each step; `done` is told how many steps ran once the last has. A step
   * that throws ends the warm-up and goes to `failed`: it runs on a timer, where an exception would end the server.
   * Does nothing for a text longer than `EDIT_WARM_UP_MAX_LENGTH` or without a lower-case word to type in.
   */
  start(uri: string, document: TextWithLines, analyze: (step: TextWithLines) => void, done: (steps: number) => void = () => undefined, failed: (error: unknown) => void = () => undefined): void {
    this.cancel();
    const { text } = document;
    const at = text.length <= EDIT_WARM_UP_MAX_LENGTH ? typingPoint(text) : -1;
    if (at < 0 || this.steps <= 0) return;
    this.uri = uri;
    let step = 0;
    const next = () => {
      this.timer = undefined;
      try {
        analyze(warmUpStep(document, at, step, this.steps));
      } catch (error) {
        failed(error);
        return;
      }
      if (++step < this.steps) this.timer = this.timers.setTimeout(next, 0);
      else done(step);
    };
    this.timer = this.timers.setTimeout(next, EDIT_WARM_UP_DELAY_MS);
  }

  /** True while a warm-up has steps left. */
  get running(): boolean {
    return this.timer !== undefined;
  }

  /** Stops a warm-up before its next step (a change arrived). */
  cancel(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Stops the warm-up if it types in the document `uri` (that document closed): one in another document goes on. */
  cancelFor(uri: string): void {
    if (this.uri === uri) this.cancel();
  }
}
