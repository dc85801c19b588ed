import { parse as parseYaml } from 'yaml';
import type { ExcludedRegion, FrontMatter, Paragraph, Span } from '../types';
import { clearWithMemos, detached, fitMemosTo, Memo, memoPerParagraph } from '../memo';
import { ListCollector } from '../lists';
import { findHoverCards, type HoverCard } from './hoverCards';
import { isJsSpace, isLineSpace } from '../words';
import { keepShape } from '../shapes';

/** The document formats the scanner knows. */
export type DocumentFormat = 'article' | 'markdown' | 'plaintext';

/** The structure of a document before any journalism analysis. */
export interface ScannedDocument {
  text: string;
  format: DocumentFormat;
  frontMatter: FrontMatter | null;
  /** Raw front matter data (for `entities:` aliases); null when absent or not a mapping. */
  frontMatterData: Record<string, unknown> | null;
  /** Regions that are not article text, sorted by start. */
  excluded: ExcludedRegion[];
  hoverCards: HoverCard[];
  /** `text` with every excluded region blanked to spaces (newlines kept), same length. */
  masked: string;
  paragraphs: Paragraph[];
  headline: Span | null;
}

const DEBRIS_LINE =
  /^[ \t]*(?:advertisement|story continues below(?: the)? advertisement|continue reading(?: the main story)?|read more:.*|related:.*|share this (?:article|story).*|share on (?:facebook|twitter|x)\b.*|(?:sign up|subscribe) (?:for|to) (?:our|the) .*newsletter.*|click here to .*)[ \t]*$/i;
const EDITORS_NOTE_LINE = /^[ \t]*(?:EDS:|Editor['’]s note:)/i;
const UPDATE_LINE = /^[ \t]*(?:updated|update|last updated)\b[^\n]{0,60}\d{1,2}[:.]\d{2}\s*(?:a\.m\.|p\.m\.|am|pm)?\.?[ \t]*$/i;

/**
 * Splits a document into paragraphs and finds what is not article text: front matter,
 * Markdown code, HTML comments, link targets, editor's notes, pasted hover cards and debris.
 */
export function scanDocument(text: string, format: DocumentFormat = 'article'): ScannedDocument {
  return scan(text, format, false);
}

/** `scanDocument` in one pass over the whole body, without the chunk memo (tests compare the two). */
export function scanDocumentInOnePass(text: string, format: DocumentFormat = 'article'): ScannedDocument {
  return scan(text, format, true);
}

function scan(text: string, format: DocumentFormat, onePass: boolean): ScannedDocument {
  const excluded: ExcludedRegion[] = [];
  const { frontMatter, data } = readFrontMatter(text, excluded);
  const bodyStart = frontMatter ? frontMatter.span.end : 0;
  const body = onePass || spansParagraphs(text, bodyStart, format) ? scanWhole(text, bodyStart, format, excluded) : scanByChunks(text, bodyStart, format, excluded);
  const { masked, paragraphs } = body;
  const headline = markHeadline(masked, paragraphs, format, frontMatter);
  for (let k = 0; k < body.updateLines.length; k++) {
    const p = paragraphs[body.updateLines[k]];
    if (p.kind === 'body') p.kind = 'update-line';
  }
  const doc: ScannedDocument = { text, format, frontMatter, frontMatterData: data, excluded, hoverCards: body.hoverCards, masked, paragraphs, headline };
  texts.set(doc, body.texts);
  return doc;
}

/** What a scan of the body finds (the front matter is read before it). */
interface BodyScan {
  hoverCards: HoverCard[];
  masked: string;
  paragraphs: Paragraph[];
  /** The indexes of the paragraphs that are "Updated 10:42 a.m." lines, in order. */
  updateLines: readonly number[];
  /** Each paragraph's masked text (what `paragraphTexts` hands out). */
  texts: string[];
}

/**
 * True when the body may hold markup that runs over a blank line: an HTML comment (it ends at
 * `-->`, however far) or a fenced code block. Everything else the scanner finds stays inside
 * the blank-line-separated chunk it starts in.
 */
function spansParagraphs(text: string, bodyStart: number, format: DocumentFormat): boolean {
  if (text.includes('<!--', bodyStart)) return true;
  return format !== 'plaintext' && (text.includes('```', bodyStart) || text.includes('~~~', bodyStart));
}

/** The whole body in one pass: for documents with markup that runs over paragraphs. */
function scanWhole(text: string, bodyStart: number, format: DocumentFormat, excluded: ExcludedRegion[]): BodyScan {
  findLineRegions(text, bodyStart, format, excluded);
  findInlineRegions(text, bodyStart, format, excluded);
  const { masked, hoverCards, bounds, texts, updateLines } = maskAndSplit(text, bodyStart, excluded);
  const paragraphs: Paragraph[] = new Array(texts.length);
  for (let k = 0; k < paragraphs.length; k++) paragraphs[k] = { index: k, kind: 'body', span: { start: bounds[2 * k], end: bounds[2 * k + 1] } };
  return { hoverCards, masked, paragraphs, updateLines, texts };
}

/**
 * What the whole-body scan and a chunk scan do once their line and inline regions are in
 * `excluded`: blank them, find the hover cards in what is left (added to `excluded`, which ends
 * sorted by start), blank those too, and find the paragraphs from `from` on (`paragraphBounds`), their
 * masked texts and which of them are update lines.
 */
function maskAndSplit(
  text: string,
  from: number,
  excluded: ExcludedRegion[],
): { masked: string; hoverCards: HoverCard[]; bounds: number[]; texts: string[]; updateLines: readonly number[] } {
  const withoutRegions = mask(text, excluded);
  const hoverCards = findHoverCards(withoutRegions);
  for (const card of hoverCards) excluded.push({ kind: 'hover-card', span: card.span });
  excluded.sort((a, b) => a.span.start - b.span.start);
  const masked = hoverCards.length ? mask(text, excluded) : withoutRegions;
  const bounds = paragraphBounds(masked, from);
  const texts: string[] = new Array(bounds.length / 2);
  for (let k = 0; k < texts.length; k++) {
    texts[k] = masked.slice(bounds[2 * k], bounds[2 * k + 1]);
    if (UPDATE_LINE.test(texts[k])) updateLineCollector.add(k);
  }
  return { masked, hoverCards, bounds, texts, updateLines: updateLineCollector.takeOr(NO_UPDATE_LINES) };
}

/**
 * The scan of one chunk of the body (from a line start to just after the line break before a
 * blank line), in chunk offsets. Read-only: shared by every document holding the same chunk.
 */
interface ChunkScan {
  /** The chunk's text (the memo key, detached). */
  chunk: string;
  excluded: readonly ExcludedRegion[];
  hoverCards: readonly HoverCard[];
  masked: string;
  /** Where each of its paragraphs starts and ends, in turn (no span object per paragraph: see `paragraphBounds`). */
  bounds: readonly number[];
  texts: string[];
  /** Which of its paragraphs (by index in the chunk) are "Updated 10:42 a.m." lines. */
  updateLines: readonly number[];
}

/**
 * What a chunk scan keeps when it found nothing of a kind, shared by all chunks: a memo keeps every
 * chunk's scan, most chunks have no excluded region, hover card or update line, and an empty list
 * of each per chunk was an eighth of what the scan of a long document kept.
 */
const NO_REGIONS: readonly ExcludedRegion[] = [];
const NO_HOVER_CARDS: readonly HoverCard[] = [];
const NO_UPDATE_LINES: readonly number[] = [];

/** Chunk scans by chunk text, one memo per format (fences and code spans depend on it). */
const chunkMemos: Record<DocumentFormat, Memo<ChunkScan>> = {
  article: memoPerParagraph(),
  markdown: memoPerParagraph(),
  plaintext: memoPerParagraph(),
};

/** Scans one chunk on its own: what the whole-body scan finds inside it, in chunk offsets. */
function scanChunk(chunk: string, format: DocumentFormat): ChunkScan {
  const excluded: ExcludedRegion[] = [];
  findLineRegions(chunk, 0, format, excluded);
  // most paragraphs have no character that can start inline markup
  if (MAY_START_INLINE.test(chunk)) findInlineRegions(chunk, 0, format, excluded);
  const { masked, hoverCards, bounds, texts, updateLines } = maskAndSplit(chunk, 0, excluded);
  return {
    chunk,
    // (a copy at its size: the memo keeps it, and the list `push` grew has room to spare, in the young generation: see core/lists.ts)
    excluded: excluded.length ? excluded.slice() : NO_REGIONS,
    hoverCards: hoverCards.length ? hoverCards : NO_HOVER_CARDS,
    masked,
    bounds,
    texts,
    updateLines,
  };
}

/** The update lines `maskAndSplit` finds, handed out as a list of their number (see core/lists.ts). */
const updateLineCollector = new ListCollector<number>();

/**
 * Where the body's chunks start in `[from, to)`: at `from` and after every line break (`\n`, `\r\n`
 * or a lone `\r`, as LSP has them) that a blank line follows (the blank lines that end a paragraph
 * for code spans and `[[notes]]`). An `indexOf` walk (`LineEnds`).
 */
function chunkStarts(text: string, from: number, to = text.length): number[] {
  const starts = [from];
  const lines = new LineEnds(text);
  for (let next = lineAfter(text, lines.from(from)); next < to; next = lineAfter(text, lines.from(next))) {
    if (blankLineEnd(text, next) >= 0) starts.push(next);
  }
  return starts;
}

/** Where the line after the line break at `eol` starts (past a `\r\n` whole); past the end when `eol` is the text's end. */
function lineAfter(text: string, eol: number): number {
  return text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
}

/**
 * Where the blank line starting at `at` ends (the last character of its line break: `\n`, `\r\n`
 * or a lone `\r`), or -1 when the line there is not blank: what decides that a chunk starts at `at`.
 */
function blankLineEnd(text: string, at: number): number {
  let j = at;
  while (isLineSpace(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  if (c === 13) return text.charCodeAt(j + 1) === 10 ? j + 1 : j;
  return c === 10 ? j : -1;
}

/**
 * The body chunk by chunk, each chunk's scan memoised by its text: after an edit only the
 * chunks it touched are scanned again; the rest costs a lookup and shifting a few spans.
 * Gives exactly what `scanWhole` gives when no markup runs over a blank line.
 */
function scanByChunks(text: string, bodyStart: number, format: DocumentFormat, excluded: ExcludedRegion[]): BodyScan {
  const memo = chunkMemos[format];
  const last = lastBodies[format];
  const reused = last !== null && last.bodyStart === bodyStart ? reusedChunks(last, text) : null;
  let starts: number[];
  let nowScans: ChunkScan[];
  // chunks [front, back) are looked at (from the last scan's at the same index, else the memo); the others are the last document's
  let front = 0;
  let back: number;
  if (reused) {
    starts = reused.starts;
    nowScans = new Array(starts.length);
    for (let k = 0; k < reused.front; k++) nowScans[k] = last!.scans[k];
    const fromBack = last!.scans.length - starts.length;
    for (let k = reused.back; k < starts.length; k++) nowScans[k] = last!.scans[k + fromBack];
    front = reused.front;
    back = reused.back;
  } else {
    starts = chunkStarts(text, bodyStart);
    nowScans = new Array(starts.length);
    back = starts.length;
  }
  // (about a paragraph a chunk: fitted before the chunks are stored, the memos keep all of a long document's first scan; analyzeArticle fits them to its paragraphs after)
  fitMemosTo(starts.length);
  const lastScans = last?.scans ?? [];
  for (let k = front; k < back; k++) {
    const base = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    let found = fromLastScan(lastScans, text, base, end, k, starts.length);
    if (!found) {
      // the key a miss stores, made before the look-up so that its hash is worked out once for both
      const chunk = detached(text.slice(base, end));
      found = memo.get(chunk);
      if (!found) memo.set(chunk, (found = scanChunk(chunk, format)));
    }
    nowScans[k] = found;
  }
  let paragraphCount = 0;
  for (let k = 0; k < nowScans.length; k++) paragraphCount += nowScans[k].texts.length;
  // the per-paragraph lists at their final size
  const hoverCards: HoverCard[] = [];
  const paragraphs: Paragraph[] = new Array(paragraphCount);
  const texts: string[] = new Array(paragraphCount);
  const updateLines: number[] = [];
  // the front matter (the only region so far) is blanked in the masked text
  const maskedParts: string[] = new Array(starts.length + 1);
  maskedParts[0] = mask(text.slice(0, bodyStart), excluded);
  let maskedAny = excluded.length > 0;
  let n = 0;
  for (let k = 0; k < starts.length; k++) {
    const base = starts[k];
    const found = nowScans[k];
    // (indexed loops: for-ofs made an iterator and a result per chunk, most lists being empty)
    for (let j = 0; j < found.excluded.length; j++) {
      const r = found.excluded[j];
      excluded.push({ kind: r.kind, span: shift(r.span, base) });
    }
    for (let j = 0; j < found.hoverCards.length; j++) {
      const c = found.hoverCards[j];
      hoverCards.push({ span: shift(c.span, base), linkedName: shift(c.linkedName, base), fullName: c.fullName });
    }
    for (let j = 0; j < found.updateLines.length; j++) updateLines.push(n + found.updateLines[j]);
    for (let j = 0; j < found.texts.length; j++) {
      // the front chunks' paragraphs are the last document's, at the same index and offsets
      paragraphs[n] = k < front ? last!.paragraphs[n] : { index: n, kind: 'body', span: { start: base + found.bounds[2 * j], end: base + found.bounds[2 * j + 1] } };
      texts[n] = found.texts[j];
      n++;
    }
    maskedParts[k + 1] = found.masked;
    if (found.excluded.length) maskedAny = true;
  }
  lastBodies[format] = { text, bodyStart, starts, scans: nowScans, paragraphs };
  // without excluded regions the masked text is the text itself (no copy)
  const masked = maskedAny ? maskedParts.join('') : text;
  return { hoverCards, masked, paragraphs, texts, updateLines };
}

/**
 * The last document scanned by chunks, per format: its text, chunk starts, chunk scans in order
 * and paragraphs. An edit leaves most chunks where they were counted from either end, so the
 * chunk at the same index from the start or the end is usually the same text.
 */
interface LastBody {
  text: string;
  bodyStart: number;
  starts: number[];
  scans: ChunkScan[];
  /** Its paragraphs (returned to its caller; their kinds are final, and the same again for the same text). */
  paragraphs: Paragraph[];
}

const lastBodies: Record<DocumentFormat, LastBody | null> = { article: null, markdown: null, plaintext: null };
clearWithMemos(() => {
  lastBodies.article = lastBodies.markdown = lastBodies.plaintext = null;
});

/**
 * The chunks of `text` that are the last document's: its text and `text` compared once (block by
 * block), the chunks before the first difference kept at their index and offsets, those after
 * the last one at their index from the end, moved. Only the chunks between are found again.
 * Null when they differ in the front matter.
 */
function reusedChunks(last: LastBody, text: string): { starts: number[]; front: number; back: number } | null {
  const old = last.text;
  const prefix = commonPrefixLength(old, text);
  // (an edit in the front matter: the body is scanned afresh)
  if (prefix < last.bodyStart) return null;
  const suffix = commonSuffixLength(old, text, Math.min(old.length, text.length) - prefix);
  const oldStarts = last.starts;
  // a chunk is kept in front when everything that decides its text and its end (the blank line after it) is before the difference
  let front = 0;
  while (front + 1 < oldStarts.length && blankLineEnd(old, oldStarts[front + 1]) < prefix) front++;
  // and at the back when everything from the line break before it is after the difference
  const sameFrom = old.length - suffix;
  let back = oldStarts.length;
  while (back - 1 > front && oldStarts[back - 1] - 1 >= sameFrom) back--;
  const delta = text.length - old.length;
  const middleEnd = back < oldStarts.length ? oldStarts[back] + delta : text.length;
  const middle = chunkStarts(text, oldStarts[front], middleEnd);
  const starts = new Array<number>(front + middle.length + oldStarts.length - back);
  let n = 0;
  for (let k = 0; k < front; k++) starts[n++] = oldStarts[k];
  for (const s of middle) starts[n++] = s;
  const newBack = n;
  for (let k = back; k < oldStarts.length; k++) starts[n++] = oldStarts[k] + delta;
  return { starts, front, back: newBack };
}

/** Characters compared at once (natively, as two slices) before the differing block is read character by character. */
const COMPARE_BLOCK = 2048;

/** The length of the longest common start of `a` and `b`. */
function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + COMPARE_BLOCK <= n && a.slice(i, i + COMPARE_BLOCK) === b.slice(i, i + COMPARE_BLOCK)) i += COMPARE_BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the longest common end of `a` and `b`, at most `max`. */
function commonSuffixLength(a: string, b: string, max: number): number {
  let i = 0;
  while (i + COMPARE_BLOCK <= max && a.slice(a.length - i - COMPARE_BLOCK, a.length - i) === b.slice(b.length - i - COMPARE_BLOCK, b.length - i)) i += COMPARE_BLOCK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * The last document's scan of chunk `k` (of `count`) when that chunk had exactly the text of
 * `text[start, end)`: tried at the same index from the start, then from the end.
 */
function fromLastScan(last: readonly ChunkScan[], text: string, start: number, end: number, k: number, count: number): ChunkScan | undefined {
  const front = last[k];
  if (front !== undefined && sameChunk(front, text, start, end)) return front;
  const back = last[k + last.length - count];
  // (as many chunks as last time: the same scan, compared already)
  if (back !== undefined && back !== front && sameChunk(back, text, start, end)) return back;
  return undefined;
}

function sameChunk(scan: ChunkScan, text: string, start: number, end: number): boolean {
  // string equality compares the characters in place (startsWith with a position is much slower)
  return scan.chunk.length === end - start && text.slice(start, end) === scan.chunk;
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

function readFrontMatter(text: string, excluded: ExcludedRegion[]): { frontMatter: FrontMatter | null; data: Record<string, unknown> | null } {
  const open = /^---[ \t]*(?:\r\n?|\n)/.exec(text);
  if (!open) return { frontMatter: null, data: null };
  // a line starts after `\n`, `\r\n` or a lone `\r` (as in LSP; not after U+2028, as a `^` with the m flag would)
  const close = /(?:^|(?<=[\r\n]))(?:---|\.\.\.)[ \t]*(?:\r\n?|\n|$)/;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return { frontMatter: null, data: null };
  const end = open[0].length + m.index + m[0].length;
  const span = { start: 0, end };
  excluded.push({ kind: 'front-matter', span });
  const data = frontMatterData(rest.slice(0, m.index));
  const str = (k: string) => (data && typeof data[k] === 'string' ? (data[k] as string) : undefined);
  return {
    frontMatter: { span, headline: str('headline') ?? str('title'), byline: str('byline'), dateline: str('dateline'), slug: str('slug') },
    data,
  };
}

/** A `\r` that is a line break on its own (not the start of a `\r\n`). */
const LONE_RETURN = /\r(?!\n)/g;

/** Parsed front matter by its YAML source: shared read-only, so a keystroke in the body never re-parses it. */
const frontMatterMemo = new Memo<{ data: Record<string, unknown> | null }>(32);

/** The front matter's data when it is a mapping, else null. */
function frontMatterData(yaml: string): Record<string, unknown> | null {
  let hit = frontMatterMemo.get(yaml);
  if (!hit) {
    let data: Record<string, unknown> | null = null;
    try {
      // data only; duplicate keys are not worth a quadratic check in a draft's front matter
      // (the YAML parser ends no line at a lone `\r`, LSP does)
      const parsed: unknown = parseYaml(yaml.replace(LONE_RETURN, '\n'), { schema: 'core', maxAliasCount: 100, uniqueKeys: false });
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
    } catch {
      data = null; // a broken front matter is still not article text
    }
    frontMatterMemo.set(detached(yaml), (hit = { data }));
  }
  return hit.data;
}

/** Fenced code, debris lines and editor's note lines. */
function findLineRegions(text: string, from: number, format: DocumentFormat, excluded: ExcludedRegion[]): void {
  let fence: { marker: string; start: number } | null = null;
  let pos = from;
  const lines = new LineEnds(text);
  while (pos < text.length) {
    const eol = lines.from(pos);
    const next = eol < text.length ? lineAfter(text, eol) : eol;
    if (fence) {
      const line = text.slice(pos, eol);
      if (line.trimStart().startsWith(fence.marker)) {
        excluded.push({ kind: 'code', span: { start: fence.start, end: eol } });
        fence = null;
      }
    } else {
      // only lines whose first visible character can start a fence, debris or a note need the patterns
      let v = pos;
      while (v < eol && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9)) v++;
      const lead = v < eol ? text.charCodeAt(v) | 32 : 0;
      if (lead === 96 || lead === 126 || lead === 97 || lead === 115 || lead === 99 || lead === 114 || lead === 101) {
        const line = text.slice(pos, eol);
        const f = /^[ ]{0,3}(`{3,}|~{3,})/.exec(line);
        if (f && format !== 'plaintext') fence = { marker: f[1], start: pos };
        else if (DEBRIS_LINE.test(line) && line.trim()) excluded.push({ kind: 'debris', span: { start: pos, end: eol } });
        else if (EDITORS_NOTE_LINE.test(line)) excluded.push({ kind: 'editors-note', span: { start: pos, end: eol } });
      }
    }
    pos = next;
  }
  if (fence) excluded.push({ kind: 'code', span: { start: fence.start, end: text.length } });
}

/**
 * The next occurrence of `needle` at or after a position that only moves forward: each search
 * starts where the last one ended, so a whole scan costs one pass over the text, however many
 * unclosed openers it meets.
 */
class ForwardFinder {
  private found = -2;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  next(from: number): number {
    if (this.found === -1 || this.found >= from) return this.found;
    this.found = this.text.indexOf(this.needle, from);
    return this.found;
  }
}

/**
 * Where the line at a position ends (its `\n` or `\r`, or the end of the text), for positions
 * that only move forward: found by `indexOf`, each search starting where the last one ended.
 */
class LineEnds {
  private readonly lineFeeds: ForwardFinder;
  private readonly returns: ForwardFinder;
  constructor(private readonly text: string) {
    this.lineFeeds = new ForwardFinder(text, '\n');
    this.returns = new ForwardFinder(text, '\r');
  }

  /** The end of the line holding `pos` (`pos` itself when a line break is there). */
  from(pos: number): number {
    const lf = this.lineFeeds.next(pos);
    const cr = this.returns.next(pos);
    if (lf < 0) return cr < 0 ? this.text.length : cr;
    return cr < 0 || lf < cr ? lf : cr;
  }
}

const AUTOLINK = /<https?:\/\/[^\s<>]{1,2040}>/y;
const MAY_START_INLINE = /[<[`\]]/;
const INTERESTING = /[<[`\]]/g;
/**
 * Where blank lines start, each found at the line break before it, the search going on after the
 * blank line's own break: `\n`, `\r\n` or a lone `\r` ends each line, as in `LineEnds` and
 * `paragraphSpans`, and a blank line holds only `isLineSpace` characters.
 */
function blankLineBreaks(text: string): number[] {
  const out: number[] = [];
  const lines = new LineEnds(text);
  for (let i = lines.from(0); i < text.length; ) {
    const c = text.charCodeAt(i);
    // (a `\r\n` is one line break, looked at from its `\n`)
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      i++;
      continue;
    }
    let j = i + 1;
    while (isLineSpace(text.charCodeAt(j))) j++;
    const end = text.charCodeAt(j);
    if (end !== 10 && end !== 13) {
      i = lines.from(i + 1);
      continue;
    }
    out.push(i);
    // the next line starts after the blank line's break
    i = lines.from(lineAfter(text, j));
  }
  return out;
}

/** Code spans, HTML comments, `[[notes]]` and link targets, outside already excluded regions. */
function findInlineRegions(text: string, from: number, format: DocumentFormat, excluded: ExcludedRegion[]): void {
  const blocked = excluded.map((r) => r.span).sort((a, b) => a.start - b.start);
  const blankLines = blankLineBreaks(text);
  let blank = 0;
  const paragraphEnd = (at: number) => {
    while (blank < blankLines.length && blankLines[blank] < at) blank++;
    return blank < blankLines.length ? blankLines[blank] : text.length;
  };
  const commentEnd = new ForwardFinder(text, '-->');
  const noteEnd = new ForwardFinder(text, ']]');
  const lineEnds = new LineEnds(text);
  const parenEnd = new ForwardFinder(text, ')');
  const ticks = new Map<number, ForwardFinder>();
  let b = 0;
  let i = from;
  const add = (kind: ExcludedRegion['kind'], start: number, end: number) => excluded.push({ kind, span: { start, end } });
  while (i < text.length) {
    while (b < blocked.length && blocked[b].end <= i) b++;
    if (b < blocked.length && blocked[b].start <= i) {
      i = blocked[b].end;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code !== 60 && code !== 91 && code !== 96 && code !== 93) {
      // not < [ ` ]: nothing starts here; jump to the next character that may start something
      INTERESTING.lastIndex = i;
      const m = INTERESTING.exec(text);
      i = m ? m.index : text.length;
      continue;
    }
    const c = text[i];
    if (c === '<' && text.startsWith('<!--', i)) {
      const end = commentEnd.next(i + 4);
      const stop = end < 0 ? text.length : end + 3;
      add('html-comment', i, stop);
      i = stop;
    } else if (c === '[' && text[i + 1] === '[') {
      const end = noteEnd.next(i + 2);
      if (end >= 0 && end < paragraphEnd(i)) {
        add('editors-note', i, end + 2);
        i = end + 2;
      } else i += 2;
    } else if (c === '`' && format !== 'plaintext') {
      let n = 1;
      while (text[i + n] === '`') n++;
      let finder = ticks.get(n);
      if (!finder) ticks.set(n, (finder = new ForwardFinder(text, '`'.repeat(n))));
      const end = finder.next(i + n);
      if (end >= 0 && end < paragraphEnd(i)) {
        add('code', i, end + n);
        i = end + n;
      } else i += n;
    } else if (c === ']' && text[i + 1] === '(') {
      const end = parenEnd.next(i + 2);
      if (end >= 0 && end < lineEnds.from(i + 2)) {
        add('link-target', i + 1, end + 1);
        i = end + 1;
      } else i += 2;
    } else if (c === '<' && text.startsWith('<http', i)) {
      AUTOLINK.lastIndex = i;
      const m = AUTOLINK.exec(text);
      if (m) {
        add('link-target', i, i + m[0].length);
        i += m[0].length;
      } else i++;
    } else i++;
  }
}

/** Blanks the excluded regions to spaces, keeping line breaks so paragraphs stay put. */
function mask(text: string, excluded: ExcludedRegion[]): string {
  if (!excluded.length) return text;
  const spans = excluded.map((r) => r.span).sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.end <= at) continue;
    const start = Math.max(s.start, at);
    out += text.slice(at, start);
    out += text.slice(start, s.end).replace(/[^\r\n]/g, ' ');
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * Where the paragraphs start and end, each start followed by its end: runs of non-blank lines (each
 * ended by `\n`, `\r\n` or a lone `\r`), trimmed of surrounding whitespace (`\s`) at both ends; a run
 * of whitespace only is no paragraph. (A chunk scan keeps the list: a span object per paragraph was
 * 4% of what the scan of a long document kept.)
 */
function paragraphBounds(masked: string, from: number): number[] {
  const bounds = boundsCollector;
  // the paragraph open so far: where it starts (-1: none) and its last character that is not `\s`
  let start = -1;
  let lastNonSpace = -1;
  let pos = from;
  const lines = new LineEnds(masked);
  while (pos <= masked.length) {
    const eol = lines.from(pos);
    let first = pos;
    for (let c = masked.charCodeAt(first); first < eol && isLineSpace(c); c = masked.charCodeAt(++first));
    if (first === eol) {
      if (start >= 0) addBounds(bounds, start, lastNonSpace + 1);
      start = -1;
    } else {
      // (a line is blank when it holds only line spaces, but a paragraph starts at its first character that is not `\s` and ends after its last)
      while (first < eol && isJsSpace(masked.charCodeAt(first))) first++;
      if (first < eol) {
        if (start < 0) start = first;
        let last = eol - 1;
        while (last > first && isJsSpace(masked.charCodeAt(last))) last--;
        lastNonSpace = last;
      }
    }
    if (eol >= masked.length) break;
    pos = lineAfter(masked, eol);
  }
  if (start >= 0) addBounds(bounds, start, lastNonSpace + 1);
  return bounds.take();
}

function addBounds(bounds: ListCollector<number>, start: number, end: number): void {
  bounds.add(start);
  bounds.add(end);
}

/** The bounds `paragraphBounds` finds, handed out as a list of their number: a chunk scan's list is kept by the memo (see core/lists.ts). */
const boundsCollector = new ListCollector<number>();

function markHeadline(masked: string, paragraphs: Paragraph[], format: DocumentFormat, fm: FrontMatter | null): Span | null {
  const first = paragraphs[0];
  if (!first) return null;
  const firstText = masked.slice(first.span.start, first.span.end);
  if (/^#[ \t]/.test(firstText) && !/[\r\n]/.test(firstText)) {
    first.kind = 'headline';
    return first.span;
  }
  if (fm?.headline || format === 'markdown') return null;
  // a plain-text draft: a single first line with no sentence end is the headline
  if (!/[\r\n]/.test(firstText) && firstText.length <= 200 && !/[.!?]["”’']?$/.test(firstText)) {
    first.kind = 'headline';
    return first.span;
  }
  return null;
}

/** Each scanned document's paragraph texts (`paragraphTexts`), set by `scan`. */
const texts = new WeakMap<ScannedDocument, string[]>();

/** The masked text of each paragraph (by index), as the scan that made `doc` sliced them (every scan stores them), shared by the engines. */
export function paragraphTexts(doc: ScannedDocument): string[] {
  return texts.get(doc)!;
}

// (made for each chunk scanned: see shapes.ts; it holds the ForwardFinder shape too)
keepShape('LineEnds', () => new LineEnds(''));
