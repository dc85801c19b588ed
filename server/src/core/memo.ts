/**
 * A bounded least-recently-used memo for pure per-paragraph results, keyed by the paragraph
 * text. A hit returns what the same computation would return again, so results never depend on
 * what was cached before: an edit re-computes only the paragraphs it touched.
 */
const memos: { clear(): void }[] = [];

/** Forgets every paragraph memo (tests compare a warm analysis with a cold one). */
export function clearMemos(): void {
  for (const m of memos) m.clear();
}

export class Memo<V> {
  private readonly map = new Map<string, { value: V; used: number }>();
  private clock = 0;

  constructor(private readonly limit: number) {
    memos.push(this);
  }

  clear(): void {
    this.map.clear();
  }

  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (e === undefined) return undefined;
    e.used = ++this.clock;
    return e.value;
  }

  set(key: string, value: V): void {
    this.map.set(key, { value, used: ++this.clock });
    if (this.map.size > this.limit) {
      // keep the most recently used three quarters
      const stamps: number[] = [];
      for (const e of this.map.values()) stamps.push(e.used);
      stamps.sort((a, b) => a - b);
      const cut = stamps[this.map.size - Math.floor(this.limit * 0.75)];
      for (const [k, e] of this.map) if (e.used < cut) this.map.delete(k);
    }
  }

  get size(): number {
    return this.map.size;
  }
}

/**
 * A copy of `text` that keeps nothing else alive. A slice of a string can share the whole string
 * it was cut from: a paragraph sliced from one version of a 20,000-word document, kept as a memo
 * key, would keep that entire version in memory, one per keystroke.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}

/** How many paragraphs each memo keeps: a long article (a 20,000-word one has about 650). */
export const PARAGRAPH_MEMO_LIMIT = 1500;
