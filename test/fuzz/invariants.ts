/**
 * The invariants every analysis must keep, whatever the text: shared by the property tests
 * (`core.property.test.ts`) and the long run (`scripts/fuzz.ts`).
 *
 * `articleViolations` returns readable violations instead of throwing, so a counterexample
 * report says every broken invariant at once.
 */
import { isDeepStrictEqual } from 'node:util';
import { analyzeArticle, DEFAULT_SEVERITIES, type AnalyzeOptions, type Article, type Span } from '../../server/src/core';

export const KNOWN_CODES: ReadonlySet<string> = new Set(Object.keys(DEFAULT_SEVERITIES));
const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint']);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Every span of an article, each with a label saying where it comes from. */
export function allSpans(article: Article): { label: string; span: Span }[] {
  const out: { label: string; span: Span }[] = [];
  const add = (label: string, span: Span | null | undefined) => {
    if (span) out.push({ label, span });
  };
  add('frontMatter', article.frontMatter?.span);
  add('headline', article.headline);
  for (const p of article.paragraphs) add(`paragraph ${p.index}`, p.span);
  for (const r of article.excluded) add(`excluded ${r.kind}`, r.span);
  for (const q of article.quotations) {
    add(`quotation ${q.id}`, q.span);
    if (q.speaker) {
      add(`speaker of ${q.id}`, q.speaker.span);
      add(`cue of ${q.id}`, q.speaker.cue?.span);
    }
  }
  for (const m of article.mentions) {
    add(`mention ${m.id}`, m.span);
    add(`title of ${m.id}`, m.title);
    add(`possessive of ${m.id}`, m.possessive);
  }
  article.findings.forEach((f, i) => {
    add(`finding ${i} (${f.code})`, f.span);
    f.related?.forEach((r, j) => add(`related ${j} of finding ${i}`, r.span));
    f.fixes?.forEach((fix, j) => fix.edits.forEach((e, k) => add(`edit ${k} of fix ${j} of finding ${i}`, e.span)));
  });
  return out;
}

const show = (s: Span) => `[${s.start}, ${s.end})`;
const isInt = (n: unknown) => typeof n === 'number' && Number.isInteger(n);

/** The invariants of one analysis of `text`; an empty list when all hold. */
export function articleViolations(text: string, article: Article): string[] {
  const v: string[] = [];
  if (article.text !== text) v.push('article.text is not the analysed text');

  // spans: inside the document, ordered, never inside a surrogate pair
  for (const { label, span } of allSpans(article)) {
    if (!isInt(span.start) || !isInt(span.end)) v.push(`${label}: non-integer span ${show(span)}`);
    else if (span.start < 0 || span.end > text.length || span.start > span.end) v.push(`${label}: span ${show(span)} outside [0, ${text.length}] or reversed`);
    else {
      if (splitsSurrogatePair(text, span.start)) v.push(`${label}: start ${span.start} splits a surrogate pair`);
      if (splitsSurrogatePair(text, span.end)) v.push(`${label}: end ${span.end} splits a surrogate pair`);
    }
  }

  // paragraphs: never empty, trimmed of the same whitespace at both ends
  for (const p of article.paragraphs) {
    const body = text.slice(p.span.start, p.span.end);
    if (body === '' || /^\s|\s$/.test(body)) v.push(`paragraph ${p.index}: ${JSON.stringify(body.slice(0, 40))} is empty or starts or ends with whitespace`);
  }

  // quotations: unique ids, disjoint or nested, nested ones know their parent
  const quotes = new Map(article.quotations.map((q) => [q.id, q]));
  if (quotes.size !== article.quotations.length) v.push('duplicate quotation ids');
  const qs = article.quotations;
  for (let i = 0; i < qs.length; i++) {
    const a = qs[i];
    if (a.parentId !== null && !quotes.has(a.parentId)) v.push(`quotation ${a.id}: parentId ${a.parentId} does not exist`);
    if (a.parentId !== null) {
      const parent = quotes.get(a.parentId);
      if (parent && !(parent.span.start <= a.span.start && a.span.end <= parent.span.end)) {
        v.push(`quotation ${a.id} ${show(a.span)} is not inside its parent ${parent.id} ${show(parent.span)}`);
      }
    }
    for (let j = i + 1; j < qs.length; j++) {
      const b = qs[j];
      const disjoint = a.span.end <= b.span.start || b.span.end <= a.span.start;
      if (disjoint) continue;
      const aInB = b.span.start <= a.span.start && a.span.end <= b.span.end;
      const bInA = a.span.start <= b.span.start && b.span.end <= a.span.end;
      if (!aInB && !bInA) {
        v.push(`quotations ${a.id} ${show(a.span)} and ${b.id} ${show(b.span)} overlap without nesting`);
        continue;
      }
      // the inner one has a parent (for equal spans: either one)
      const innerOk = (aInB && a.parentId !== null) || (bInA && b.parentId !== null);
      if (!innerOk) v.push(`quotations ${a.id} ${show(a.span)} and ${b.id} ${show(b.span)} are nested but the inner one has no parentId`);
    }
    // the speaker is outside the quotation
    const sp = a.speaker;
    if (sp && !(sp.span.end <= a.span.start || sp.span.start >= a.span.end)) {
      v.push(`speaker "${sp.text}" ${show(sp.span)} of quotation ${a.id} lies inside the quotation ${show(a.span)}`);
    }
  }

  // mentions and entities refer to each other
  const mentions = new Map(article.mentions.map((m) => [m.id, m]));
  const entities = new Map(article.entities.map((e) => [e.id, e]));
  if (mentions.size !== article.mentions.length) v.push('duplicate mention ids');
  if (entities.size !== article.entities.length) v.push('duplicate entity ids');
  for (const m of article.mentions) if (!entities.has(m.entityId)) v.push(`mention ${m.id}: entity ${m.entityId} does not exist`);
  for (const e of article.entities) {
    for (const id of e.mentionIds) if (!mentions.has(id)) v.push(`entity ${e.id}: mention ${id} does not exist`);
    if (e.mentionIds.length && !mentions.has(e.introducedBy)) v.push(`entity ${e.id}: introducedBy ${e.introducedBy} does not exist`);
  }
  for (const q of qs) {
    if (q.speaker?.entityId != null && !entities.has(q.speaker.entityId)) v.push(`speaker of ${q.id}: entity ${q.speaker.entityId} does not exist`);
    for (const alt of q.speaker?.alternatives ?? []) if (!entities.has(alt)) v.push(`speaker of ${q.id}: alternative entity ${alt} does not exist`);
  }

  // findings: known codes and severities
  article.findings.forEach((f, i) => {
    if (!KNOWN_CODES.has(f.code)) v.push(`finding ${i}: unknown code ${String(f.code)}`);
    if (!SEVERITIES.has(f.severity)) v.push(`finding ${i}: unknown severity ${String(f.severity)}`);
  });
  return v;
}

/**
 * Analyses `text` twice and checks every invariant, including determinism.
 * Throws (with the violations) when one fails, so it fits `fc.property` directly.
 */
export function checkAnalysis(text: string, options: Partial<AnalyzeOptions> = {}, analyze = analyzeArticle): Article {
  let first: Article;
  try {
    first = analyze(text, options);
  } catch (e) {
    throw new Error(`analyzeArticle threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  const violations = articleViolations(text, first);
  const second = analyze(text, options);
  if (!isDeepStrictEqual(first, second)) violations.push('analysing the same text twice gave different results');
  if (violations.length) throw new Error(`${violations.length} invariant(s) broken:\n  ${violations.slice(0, 20).join('\n  ')}`);
  return first;
}
