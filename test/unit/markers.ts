/**
 * Test documents with inline markers, after vscode-css-languageservice's `|` cursor tests:
 * `|` is a cursor, `⟦…⟧` marks expected spans. Markers are removed from the returned text.
 */
export interface Marked {
  text: string;
  cursor: number;
  spans: { start: number; end: number }[];
}

/** Parses `|` and `⟦ ⟧` markers out of a fixture. */
export function marked(source: string, cursorMarker = '|'): Marked {
  let text = '';
  let cursor = -1;
  const spans: { start: number; end: number }[] = [];
  const open: number[] = [];
  for (const ch of source) {
    if (ch === cursorMarker) cursor = text.length;
    else if (ch === '⟦') open.push(text.length);
    else if (ch === '⟧') spans.push({ start: open.pop()!, end: text.length });
    else text += ch;
  }
  spans.sort((a, b) => a.start - b.start);
  return { text, cursor, spans };
}

/** The text of each span, for readable assertions. */
export function slices(text: string, spans: readonly { start: number; end: number }[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}
