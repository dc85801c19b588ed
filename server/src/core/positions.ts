import type { Span } from './types';

/** A zero-based line and UTF-16 character, as LSP counts them. */
export interface LineCharacter {
  line: number;
  character: number;
}

/**
 * The one place where UTF-16 offsets become lines and characters and back.
 * Lines end at `\n`, `\r\n` or a lone `\r`, as LSP defines them.
 */
export class LineIndex {
  private readonly lineStarts: number[];

  /**
   * @param text the document text
   * @param lineStarts the offset of each line's start, when the caller already knows them (an
   * editor's document keeps them up to date as it is edited); computed from `text` otherwise
   */
  constructor(
    private readonly text: string,
    lineStarts?: number[],
  ) {
    this.lineStarts = lineStarts ?? LineIndex.lineStartsOf(text);
  }

  /** The offset of each line's start. */
  private static lineStartsOf(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) starts.push(i + 1);
    }
    return starts;
  }

  /**
   * The index of `text`, which is this index's text after replacing `removed` code units at
   * `at` by `inserted` ones. Only the inserted text and its edges are looked at; the line
   * starts after the edit move by the change in length. O(lines), without a scan of the text.
   */
  edited(text: string, at: number, removed: number, inserted: number): LineIndex {
    const old = this.lineStarts;
    const starts: number[] = [];
    // a position is a line start by the two characters around it, so starts before `at` and
    // after the replaced text keep their state; those from `at` to the inserted text's end are rescanned
    let k = 0;
    while (k < old.length && old[k] < at) starts.push(old[k++]);
    if (at === 0) starts.push(0);
    for (let p = Math.max(at, 1); p <= at + inserted && p <= text.length; p++) {
      const c = text.charCodeAt(p - 1);
      if (c === 10 || (c === 13 && text.charCodeAt(p) !== 10)) starts.push(p);
    }
    const delta = inserted - removed;
    while (k < old.length && old[k] <= at + removed) k++;
    for (; k < old.length; k++) starts.push(old[k] + delta);
    return new LineIndex(text, starts);
  }

  /** Number of lines (a trailing newline opens one more, empty line). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The line and character of `offset`, clamped to the document. */
  positionAt(offset: number): LineCharacter {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo] };
  }

  /** The offset of a line and character, clamped to the line's content (before its line break). */
  offsetAt(position: LineCharacter): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length;
    let end = next;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }

  /** A span as a pair of positions. */
  rangeOf(span: Span): { start: LineCharacter; end: LineCharacter } {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}
