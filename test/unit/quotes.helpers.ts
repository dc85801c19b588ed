// Shared helpers for the quotes*.test.ts files (it holds no tests itself).
import { analyzeArticle } from '../../server/src/core/analyze';
import type { Article, Quotation } from '../../server/src/core/types';

/** `⟦…⟧` marks expected spans in a fixture (see markers.ts). */
export { marked } from './markers';

/** Analyses plain text (the first line is a headline only when it looks like one). */
export function analyze(text: string, extra: Parameters<typeof analyzeArticle>[1] = {}): Article {
  return analyzeArticle(text, { format: 'plaintext', ...extra });
}

/** Top-level quotation spans as [start, end] pairs. */
export function quoteSpans(a: Article, nested = false): [number, number][] {
  return a.quotations.filter((q) => nested || q.parentId === null).map((q) => [q.span.start, q.span.end]);
}

/** The quotation whose text contains `s`. */
export function quote(a: Article, s: string): Quotation {
  const q = a.quotations.find((x) => x.text.includes(s));
  if (!q) throw new Error(`no quotation contains ${JSON.stringify(s)}: ${a.quotations.map((x) => x.text).join(' | ')}`);
  return q;
}

/** The name of the entity `q`'s speaker resolves to (undefined for no quotation, no speaker, or a speaker no entity is). */
export function speakerName(a: Article, q: Quotation | undefined): string | undefined {
  return a.entities.find((e) => e.id === q?.speaker?.entityId)?.name;
}
